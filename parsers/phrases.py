"""Words that decide what a sentence does: nominate someone, or withdraw a nomination."""

from __future__ import annotations

import re

__all__ = [
    "SENTENCE_END",
    "VERB",
    "VERB_FIRST",
    "declines",
    "defers",
    "event_registration",
    "has_nominate_verb",
    "hypothetical",
    "nominates_self",
    "nothing_new",
    "possible_only",
    "support_question",
    "withdrawal_spans",
    "withdrawn_texts",
]

SENTENCE_END = re.compile(r"[.!?؟]\s|[。！？]\s*|\n\s*\n")
VERB = (
    r"nominat\w*|designat\w*|appoint\w*|put\s+forward|propos(?:e|es|ed|ing|er|ons|ons|é|ée)\b"
    r"|désign\w*|design(?:é|ée|és|ées)\b|nomm(?:er|ons|é|ée|ez)\b"
    r"|candidat\w*|designa\w*|nombra\w*|propon\w*|postul\w*|назнач\w*|номинир\w*|выдвиг\w*|выдвин\w*"
    r"|кандидатур\w*|включ\w*|提名|推荐|指定|委派|任命|推选|ترشيح|نرشح|يرشح|ترشح|مرشح"
    r"|تعيين|تسمية|[نيت]سم\u0651?ي|inscri\w*"
    r"|please\s+(?:add|include|register|enrol)|kindly\s+(?:add|include|register)|veuillez\s+(?:ajouter|inclure)"
    r"|(?:sírvanse|sirvanse|favor\s+de)\s+(?:añadir|incluir|agregar)"
)
VERB_FIRST = r"(?=[nNdDaApPcCiIkKvVsSfFиИнНвВкК提推指委任ترمني])"
_VERB_RE = re.compile(VERB_FIRST + "(?:" + VERB + ")", re.IGNORECASE)
# An office still making up its mind ("we are thinking of nominating Mr X", "nous envisageons
# de désigner", "我们考虑提名") nominates nobody yet. Only when the doubt governs the verb
# itself: "Considering the deadline, we nominate ..." is a nomination.
_CONSIDERING = (
    r"(?:thinking\s+(?:of|about)|considering|contemplating)\s+(?:(?:the\s+)?possibility\s+of\s+)?"
    r"|(?:envisag\w*|songe\w*\s+[àa]|r[ée]fl[ée]chi\w*\s+[àa]|pens\w*\s+[àa])\s+"
    r"(?:la\s+possibilit[ée]\s+)?(?:de\s+|d['’]|la\s+|une\s+)?"
    r"|(?:pensando\s+en|consider(?:ando|amos)|contempl(?:ando|amos))\s+(?:la\s+posibilidad\s+de\s+)?"
    r"|(?:думаем|подумываем|размышляем)\s+(?:о\s+|об\s+)?"
    r"|рассматрива\w+\s+(?:возможность|вопрос\s+о|вариант)\s+"
    r"|(?:正在|在)?考虑(?:是否)?"
    r"|نفك\u0651?ر\s+(?:في|ب)\s*|ندرس\s+[إا]مكانية\s+"
    # Another office's plan, reported to us ("X informed us of its intention to nominate",
    # "X nous a fait part de son intention de désigner", "X nos comunicó su intención de
    # designar", "X сообщил нам о намерении выдвинуть", "X告知我们拟提名", "أبلغنا X عزمه
    # ترشيح"): that office nominates later, on its own; this mail nominates nobody.
    r"|\b(?:informed|told|notified|advised)\s+us\b[^.;\n]{0,40}?"
    r"(?:intention\s+(?:to|of)|intends?\s+to|plans?\s+to|will)\s+"
    r"|\bnous\s+(?:a|ont)\s+[^.;\n]{0,40}?intention\s+d[e'’]\s*"
    r"|\bnos\s+(?:ha|han|inform\w*|comunic\w*|indic\w*)\b[^.;\n]{0,40}?intenci[óo]n\s+de\s+"
    r"|(?:сообщил\w*|уведомил\w*|проинформировал\w*)\s+[^.;\n]{0,40}?(?:намерени\w*|намерен\w*)\s+"
    r"|(?:告知|通知|告诉)(?:我们|我局)[^。；\n]{0,20}?(?:打算|计划|拟|有意)"
    r"|(?:أبلغ|أخبر|أفاد)\w*[^.،\n]{0,40}?(?:عزم\w*|ني[ةت]\w*|تعتزم|ينوي|تنوي)\s+(?:على\s+)?"
)
# A plan ("we plan to nominate", "планируем назначить") is as undecided only when the
# office goes on to ask about it: the caller looks for the question.
_PLANNING = (
    r"(?:plan(?:ning)?|intend(?:ing)?)\s+(?:to|on)\s+"
    r"|(?:pr[ée]voy\w*|comptons)\s+(?:de\s+|d['’])?"
    r"|(?:planeamos|pensamos|tenemos\s+previsto|prevemos)\s+"
    r"|(?:планиру\w+|намерен\w*|предполага\w+|собира\w+)\s+"
    r"|打算|计划|准备"
    r"|(?:نعتزم|ننوي|نخطط\s+ل)\s*"
)
# A proposal put to a colleague before the office answers: "I suggest we nominate Mr X",
# "je te propose que nous désignions", "te propongo que designemos", "предлагаю нам выдвинуть",
# "我建议我们提名", "أقترح أن نرشح". The writer asks a colleague to agree; nobody is nominated
# yet. An office's own "we propose Mr X" has no "that we" and stays a nomination.
_SUGGEST = (
    r"\b(?:I\s+(?:would\s+|['’]d\s+)?)?(?:suggest|propose)\s+(?:that\s+)?we\s+(?:should\s+)?"
    rf"(?:{VERB})|\blet['’]s\s+(?:{VERB})|\bshall\s+we\s+(?:{VERB})"
    r"|\b(?:propose|sugg[èe]re)\s+que\s+nous\s+(?:d[ée]sign|propos|nomm|pr[ée]sent)\w*"
    r"|\bje\s+te\s+(?:propose|sugg[èe]re)\s+de\s+(?:d[ée]sign|propos|nomm|pr[ée]sent)\w*"
    r"|\b(?:propongo|sugiero)\s+que\s+(?:design|nombr|propong|postul|nomin|present)emos\b"
    r"|\b(?:te|os)\s+(?:propongo|sugiero)\s+(?:designar|nombrar|proponer|postular|nominar)\b"
    r"|(?<!\w)предлагаю\s+нам\s+(?:выдвинуть|назначить|номинировать|предложить)"
    r"|(?<!\w)давай(?:те)?\s+(?:выдвинем|назначим|номинируем|предложим)"
    r"|(?:建议|提议)(?:我们|咱们|我局)(?:就)?(?:提名|推荐|指定)"
    r"|أقترح\s+(?:عليك\w*\s+)?أن\s+(?:نرشح|نسمي|نعين)"
)
_HYPOTHETICAL = re.compile(
    rf"(?P<considering>(?:{_CONSIDERING})(?:{VERB})|{_SUGGEST})|(?:{_PLANNING})(?:{VERB})",
    re.IGNORECASE,
)
# Only a possibility: "he could be nominated again if you see fit", "pourrait être à nouveau
# désigné", "podría volver a ser designado", "может быть вновь выдвинут", "可再次提名",
# "ويمكن إعادة ترشيحه": the nominating verb under "can" or "could" names no one yet.
_POSSIBLE = re.compile(
    r"(?:\b(?:could|can|may|might)\s+(?:also\s+|again\s+)?(?:be\s+)?(?:again\s+)?(?:re-?)?"
    r"|\b(?:pourr\w*|peu[tv]\w*)\s+(?:[ée]galement\s+|(?:[àa]|de)\s+nouveau\s+)?(?:[êe]tre\s+)?"
    r"(?:[ée]galement\s+|(?:[àa]|de)\s+nouveau\s+)?(?:re)?"
    r"|\b(?:podr\w+|puede\w*)\s+(?:volver\s+a\s+)?(?:ser\s+)?(?:nuevamente\s+|de\s+nuevo\s+)?"
    r"|\b(?:мож\w+|могл?\w*)\s+(?:быть\s+)?(?:вновь\s+|снова\s+|повторно\s+)?"
    r"|(?:可以|可|能够|能)(?:再次|再|重新)?"
    r"|(?:ي|ب[إا])?مكن\w*\s+(?:أيضا\S*\s+)?(?:إعادة\s+)?)"
    rf"(?:{VERB})",
    re.IGNORECASE,
)


# A question about an account's password or a failed sign-in: what a nominee asks once their
# access exists ("I cannot log in", "je ne parviens pas à me connecter", "无法登录",
# "لا أستطيع تسجيل الدخول"), not what anybody writes to nominate.
_SUPPORT = re.compile(
    r"\bpassword|\b(?:can(?:no|['’])t|unable\s+to|could\s*(?:not|n['’]t)|fail\w*\s+to)\s+"
    r"(?:log\s*-?\s*in|sign\s*-?\s*in|access\s+the\s+wiki|connect)"
    r"|mot\s+de\s+passe|ne\s+(?:peux|parviens|arrive)\s+pas\s+[àa]\s+(?:me\s+connecter|acc[ée]der)"
    r"|contrase[ñn]a|no\s+(?:puedo|consigo|logro)\s+(?:iniciar\s+sesi[óo]n|acceder|entrar|conectarme)"
    r"|парол\w*|не\s+(?:могу|удается|удаётся|получается)\s+(?:войти|зайти|авторизоваться)"
    r"|密码|密碼|(?:无法|不能|未能)登录|登录不了|(?:無法|不能)登入"
    r"|كلم[ةه]\s+(?:المرور|السر)|(?:لا\s+أستطيع|لا\s+يمكنني|تعذر)\s+(?:تسجيل\s+)?الدخول"
    # What the wiki answers a sign-in ("access denied", "no tiene permiso para ver esta página"),
    # and the attempt itself ("al intentar ingresar", "when I try to log in", "при попытке войти").
    r"|\baccess\s+denied|acc[eè]s\s+refus[ée]|acceso\s+denegado|доступ\s+запрещ\w*"
    r"|(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+have\s+permission|\bno\s+tiene\s+permiso"
    r"|n['’]avez\s+pas\s+(?:la\s+)?(?:permission|l['’]autorisation)|нет\s+(?:прав|доступа)"
    r"|\bwhen\s+(?:I\s+)?(?:try|tried|trying)\s+to\s+(?:log\s*-?\s*in|sign\s*-?\s*in|access)"
    r"|\bal\s+intentar\s+(?:ingresar|acceder|entrar|iniciar\s+sesi[óo]n)"
    r"|(?:en\s+essayant|lorsque\s+j['’]essaie|quand\s+j['’]essaie)\s+d[e']\s*(?:me\s+connecter|acc[ée]der)"
    r"|при\s+попытке\s+(?:войти|входа|зайти|доступа)"
    # Access lost since: "my username no longer gives access", "semble ne plus avoir accès",
    # "ya no tiene acceso", "больше не имеет доступа", "已无法访问", "لم يعد بإمكاني الوصول".
    r"|\bno\s+longer\s+(?:\w+\s+){0,2}?(?:access|log\s*-?\s*in|sign\s*-?\s*in)\b"
    r"|ne\s+plus\s+(?:avoir|donner)\s+acc[eè]s|n['’](?:a|ai|avons|ont)\s+plus\s+acc[eè]s"
    r"|\bya\s+no\s+(?:\w+\s+){0,2}?acceso|dej\w+\s+de\s+tener\s+acceso"
    r"|больше\s+не\s+(?:\w+\s+){0,2}?доступ|доступ\w*\s+(?:больше\s+)?нет"
    r"|(?:无法|不能)再?(?:访问|进入|進入)|不再(?:能|可以)?(?:访问|登录)"
    r"|لم\s+يعد\s+(?:\S+\s+){0,2}?(?:الوصول|الدخول)",
    re.IGNORECASE,
)


def support_question(text: str) -> bool:
    """Whether `text` asks about a password or a failed sign-in."""
    return bool(_SUPPORT.search(text))


# Participants registered for an event (a webinar, a seminar, a session of the Committee):
# names, posts and addresses, perhaps a standard's number, but nobody joins a task force.
_REGISTER = (
    r"regist\w*|inscri\w*|enrol\w*|зарегистр\w*|регистр\w*|записать|запис\w+\s+на"
    r"|报名|注册|登记|تسجيل|سج\u0651?ل"
    # The delegation an office sends to a session is registered the same way.
    r"|delegations?\b|d[ée]l[ée]gations?\b|delegaci[óo]n\w*|делегаци\w*|代表团|代表團|وفد"
)
_EVENT = (
    r"webinar\w*|seminar\w*|s[ée]minaire\w*|workshop\w*|taller\w*|atelier\w*|conferen\w*"
    r"|course\b|training|formation\b|curso\b|capacitaci[óo]n|session\w*|sesi[óo]n\w*"
    r"|вебинар\w*|семинар\w*|сесси\w*|конференц\w*|совещани\w*|курс\w*|тренинг\w*"
    r"|研讨会|研討會|讲习班|培训|会议|會議|ندوة|ورشة|دورة|مؤتمر|اجتماع"
)
_EVENT_REGISTRATION = re.compile(
    # Within one sentence, which may wrap onto the next line (not past a blank line).
    rf"(?:{_REGISTER})(?:[^.!?؟。\n]|\n(?![ \t]*\n)){{0,160}}?(?:{_EVENT})"
    rf"|(?:{_EVENT})(?:[^.!?؟。\n]|\n(?![ \t]*\n)){{0,160}}?(?:{_REGISTER})",
    re.IGNORECASE,
)


def event_registration(text: str) -> str | None:
    """What is left of `text` once the sentences registering people for an event are
    taken out, or None when no sentence does: a nominating verb in what is left still
    nominates."""
    spans = [
        (
            max((m.end() for m in SENTENCE_END.finditer(text, 0, hit.start())), default=0),
            hit.end(),
        )
        for hit in _EVENT_REGISTRATION.finditer(text)
    ]
    if not spans:
        return None
    rest, last = [], 0
    for start, end in spans:
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return " ".join(rest)


# An office saying it will not nominate: "is not in a position to nominate", "unable to
# designate", "n'est pas en mesure, faute de ressources, de désigner", "ne désignera pas",
# "no está en condiciones de designar", "не сможет назначить", "无法提名", "لن ترشح".
_DECLINE = re.compile(
    r"(?:\bnot\s+(?:be\s+)?(?:in\s+a\s+position|able)\s+to|\bunable\s+to|\bcannot|\bcan['’]t"
    r"|\b(?:will|shall|do|does|did|would)\s+not|\bwon['’]t|\bdecided\s+not\s+to"
    r"|\bn['’]\s*(?:est|sommes|serons|sera|[êe]tre)\s+pas\s+en\s+mesure"
    r"|\bne\s+(?:peut|peuvent|pouvons|pourra|pourrons|pourrions|sera|serons)\s+pas"
    r"(?:\s+en\s+mesure)?|\bne\s+pouvoir|\bde\s+ne\s+pas|\brenon[cç]\w*\s+[àa]"
    r"|\bno\s+(?:est[áa]|estamos|estar[áa]|estaremos)\s+en\s+(?:condiciones|posibilidad)"
    r"|\bno\s+(?:puede|podr[áa]|podemos|podremos|va\s+a|vamos\s+a)|\bno(?=\s+(?:designa|propon|nombra))"
    r"|(?<!\w)не\s+(?:сможет|сможем|может|можем|будет|будем|планирует|имеет\s+возможности)"
    r"|(?<!\w)не(?=\s+(?:назнач|выдвиг|номинир))"
    r"|无法|不能|暂不|不会|不拟|不再|(?<![\u0600-\u06ff])(?:لن|لا\s+(?:نستطيع|يمكننا|يسعنا)|يتعذر|تعذر)(?![\u0600-\u06ff]))"
    r"(?:\s*,[^,.\n]{1,60},)?\s*(?:\w+\s+)?(?:de\s+|d['’]\s*|à\s+|a\s+)?"
    r"(?=" + VERB_FIRST + "(?:" + VERB + "))"
    r"|\bn[e']\s*(?=(?:d[ée]sign|propos|nomm)\w*\s+(?:pas|personne|aucun))",
    re.IGNORECASE,
)


# An acknowledgement promising the names later: "we will send you the names of our nominees
# once approved", "nous vous communiquerons ultérieurement nos candidats", "les haremos llegar
# los nombres de los candidatos", "кандидатуры будут направлены позднее", "提名人选将另行告知",
# "سيتم موافاتكم بأسماء المرشحين". Whoever it names is someone to contact, not a nominee.
_DEFER = re.compile(
    r"\b(?:will|shall)\s+(?:\w+\s+){0,3}?(?:send|communicate|submit|forward|provide|transmit"
    r"|inform\s+you\s+of|let\s+you\s+know)\s+(?:\w+\s+){0,4}?"
    r"(?:nominat\w*|nominees?|candidat\w*|representatives)\b"
    r"|\b(?:nominations?|nominees?|candidates?|names)\s+(?:will|shall)\s+(?:\w+\s+)?follow\b"
    r"|\b(?:communiquerons|transmettrons|enverrons|adresserons|ferons\s+parvenir|informerons)"
    r"\s+(?:[\w'’]+\s+){0,5}?(?:candidat\w*|d[ée]sign\w*|repr[ée]sentant\w*)"
    r"|\b(?:noms?|candidat\w*|d[ée]signations?)\b[^.\n]{0,60}?\bser(?:a|ont)\s+"
    r"(?:\w+\s+)?(?:communiqu|transmis|envoy|adress)\w*"
    r"|\b(?:comunicaremos|enviaremos|remitiremos|haremos\s+llegar|informaremos"
    r"|daremos\s+a\s+conocer)\s+(?:\w+\s+){0,5}?(?:candidat\w*|designad\w*|designaci\w*"
    r"|representantes)"
    r"|\b(?:nombres|designaciones|candidat\w*)\b[^.\n]{0,60}?\bser[áa]n\s+(?:\w+\s+)?"
    r"(?:comunicad|enviad|remitid)\w*"
    r"|(?<!\w)(?:сообщим|направим|представим|пришл[её]м|проинформируем)\s+(?:\w+\s+){0,4}?"
    r"(?:кандидатур\w*|кандидат\w*)"
    r"|(?<!\w)кандидатур\w*\s+(?:\w+\s+){0,3}?будут\s+(?:\w+\s+)?"
    r"(?:направлен|представлен|сообщен)\w*"
    r"|(?:将|会)(?:另行|稍后|随后|尽快|及时)?(?:告知|通知|提供|报送|提交|发送|函告)[^。\n]{0,12}?"
    r"(?:提名|推荐|人选|候选人)"
    r"|(?:提名|推荐)(?:人选|名单)[^。\n]{0,10}?(?:将|会)(?:另行|稍后|随后)"
    r"|(?:سيتم|سوف\s+يتم|سنوافي|سنرسل|سنبلغ|سنزود|سنقوم)\S*\s+(?:\S+\s+){0,3}?"
    r"(?:ب)?(?:أسماء\s+)?(?:ال)?(?:مرشح|ترشيح)\S*",
    re.IGNORECASE,
)


def defers(text: str) -> bool:
    """Whether `text` promises its nominations later and nominates nobody elsewhere."""
    rest = []
    last = 0
    for match in _DEFER.finditer(text):
        rest.append(text[last : match.start()])
        last = match.end()
    if not rest:
        return False
    rest.append(text[last:])
    return not has_nominate_verb(" ".join(rest))


def declines(text: str) -> bool:
    """Whether `text` says the writer will not nominate, and nominates nobody elsewhere:
    every nominating verb in it stands under a refusal or an inability."""
    found = False
    rest = []
    last = 0
    for match in _DECLINE.finditer(text):
        verb = _VERB_RE.match(text, match.end())
        if verb is None:
            continue
        found = True
        rest.append(text[last : match.start()])
        last = verb.end()
    rest.append(text[last:])
    return found and not has_nominate_verb(" ".join(rest))


# Within one sentence, which may wrap onto the next line (not past a blank line); the dot
# of an initial or a title ("Р.Т. Гасымов", "Sra. Méndez") ends none.
_TITLE_DOT = "|".join(
    rf"(?<=\b{t})"
    for t in ("Mr", "Ms", "Mrs", "Dr", "Dra", "Sr", "Sra", "Srta", "Mme", "Ing", "Lic")
)
_CLAUSE = rf"(?:[^.!?؟。\n]|\n(?![ \t]*\n)|\.(?=\S)|(?:(?<=\b\w)|{_TITLE_DOT})\.)"
# A nomination sent before, recalled: "its nomination sent on 4 October 2023", "our
# nomination was already submitted", "notre candidature envoyée le 4 octobre", "nuestra
# designación, enviada el 4 de octubre", "кандидатура ... была направлена 11 октября",
# "我局已于10月4日提交提名", "ترشيحنا المرسل بتاريخ 4 أكتوبر". The date or the "already"
# is what puts it in the past: "our nomination, sent on behalf of the Director" is today's.
_SENT = (
    r"sent|submitted|transmitted|forwarded|e-?mailed|envoy[ée]e?s?|transmise?s?|adress[ée]e?s?"
    r"|communiqu[ée]e?s?|enviad[ao]s?|remitid[ao]s?|presentad[ao]s?|comunicad[ao]s?"
    r"|направлен\w*|отправлен\w*|представлен\w*|выслан\w*"
    r"|المرسل\w*|[أا]رسل\w*|قدمنا\w*|المقدم\w*"
)
_EARLIER = (
    r"(?:on|le|el|del|بتاريخ|في)\s+(?:\w+\s+)?\d|\d{1,2}(?:\s+|\.)(?:[^\W\d_]{3,}|\d{1,2}\.)"
    r"|\b(?:earlier|previously|already|before|last\s+week|d[ée]j[àa]|pr[ée]c[ée]demment"
    r"|ant[ée]rieurement|ya|anteriormente|previamente|con\s+anterioridad|ранее|уже|раньше)\b"
)
_SENT_BEFORE = re.compile(
    r"(?:nominat\w*|nominaci[óo]n\w*|designat\w*|designaci[óo]n\w*|candidat\w*|d[ée]signation\w*"
    r"|propuesta|кандидатур\w*|ترشيح\w*)"
    rf"{_CLAUSE}{{0,140}}?(?<!\w)(?:{_SENT})(?!\w)(?:\s+(?:by|par|por|письмом))?\s*(?:{_EARLIER})"
    rf"|\b(?:already|d[ée]j[àa]|ya|уже|ранее)\s+(?:been\s+|[ée]t[ée]\s+|sido\s+|был[аио]?\s+)?"
    rf"(?:{_SENT}){_CLAUSE}{{0,60}}?(?:nominat\w*|designat\w*|candidat\w*|d[ée]sign\w*|кандидатур\w*)"
    r"|(?:已|曾)(?:于|於)?[^。，；\n]{0,20}?(?:发送|提交|报送|寄送|发出|發送|提交)[^。；\n]{0,20}?(?:提名|推荐)"
    r"|سبق\s+(?:[أا]ن\s+)?(?:[أا]رسلنا|قدمنا)[^.،\n]{0,40}?ترشيح",
    re.IGNORECASE,
)
# Asking for nothing new: "nothing to add", "no action is required", "no new candidates",
# "please check whether it arrived", in the six languages.
_NOTHING_NEW = re.compile(
    r"\bnothing\s+(?:more\s+|further\s+|else\s+)?to\s+add\b"
    r"|\bno\s+(?:further\s+)?action\s+(?:\w+\s+){0,2}?(?:required|needed|necessary)\b"
    r"|\bno\s+(?:new|other|further|additional)\s+(?:nominations?|nominees?|candidates?|candidatures?)\b"
    r"|\b(?:whether|if)\s+(?:it|this|they|our\s+\w+)\s+(?:was|were|has\s+been|have\s+been)\s+received"
    r"|\b(?:whether|if)\s+(?:it|this|they|our\s+\w+)\s+(?:arrived|reached\s+you|has\s+arrived)"
    r"|\brien\s+(?:de\s+plus\s+|d['’]autre\s+)?[àa]\s+ajouter\b"
    r"|\baucune\s+(?:action|d[ée]marche|mesure)\s+n['’]est\s+(?:requise|n[ée]cessaire)"
    r"|\b(?:aucune|pas\s+de)\s+(?:nouvelle|autre)s?\s+candidatures?\b"
    r"|\bsi\s+(?:elle|il|celle-ci|celui-ci|notre\s+\w+)\s+(?:a|nous\s+a)\s+(?:bien\s+)?[ée]t[ée]\s+re[çc]u"
    r"|\bnada\s+(?:m[áa]s\s+)?que\s+(?:a[ñn]adir|agregar)\b"
    r"|\b(?:no\s+se\s+requiere|no\s+es\s+necesaria|no\s+hace\s+falta)\s+(?:ninguna\s+)?(?:acci[óo]n|gesti[óo]n|medida)"
    r"|\b(?:ning[úu]n|ninguna|no\s+hay|sin)\s+(?:nuev[oa]s?|otr[oa]s?)\s+(?:candidat\w+|designaci\w+)"
    r"|\bsi\s+(?:la|lo|esta|este|nuestr[ao]\s+\w+)\s+(?:ha\s+sido|fue)\s+recibid[ao]"
    r"|(?<!\w)(?:нечего|нечего\s+больше)\s+добавить"
    r"|(?<!\w)никаких\s+действий\b[^.!?\n]{0,60}?не\s+требуется|(?<!\w)действий\s+не\s+требуется"
    r"|(?<!\w)новых\s+кандидат\w*"
    rf"{_CLAUSE}{{0,100}}?(?<!\w)(?:не|нет)(?!\w)|(?<!\w)нет\s+новых\s+кандидат\w*"
    r"|(?<!\w)(?:получен[аоы]?|дошл[аои]?|поступил[аои]?)\s+ли\b"
    r"|无(?:需|须)(?:再)?(?:补充|采取任何行动|采取行动|任何(?:行动|处理))|没有(?:需要)?补充"
    r"|(?:没有|暂无|并无)(?:新的?|其他)(?:候选人|提名|人选)|是否(?:已)?(?:收到|送达)"
    r"|لا\s+(?:يوجد\s+)?(?:شيء|ما)\s+(?:نضيفه|يضاف|للإضافة)|لا\s+(?:يلزم|يتطلب|حاجة\s+[إا]لى)\s+(?:اتخاذ\s+)?(?:أي\s+)?[إا]جراء"
    r"|لا\s+(?:يوجد\s+)?مرشح(?:ون|ين)\s+جدد|(?:هل|إذا\s+كان)\s+(?:قد\s+)?(?:تم\s+استلام|وصل|استلمتم)",
    re.IGNORECASE,
)
# The member named continues: "remains our representative", "will continue to serve",
# "continuera à siéger", "seguirá participando", "продолжит работу", "继续担任", "سيواصل".
_CONTINUES = re.compile(
    r"\b(?:remains?|will\s+remain|continues?\s+(?:to|as|in|on)|will\s+continue|stays?\s+on)\b"
    r"|\b(?:reste|restera|demeure|demeurera|continue|continuera)\b"
    r"|\b(?:sigue|seguir[áa]|contin[úu]a|continuar[áa]|permanece|permanecer[áa])\b"
    r"|(?<!\w)(?:продолж\w+|оста[её]тся|останется|сохраня\w+)(?!\w)"
    r"|继续|繼續|(?:仍|仍然)(?:是|担任|擔任|为|為)"
    r"|(?:سي|ي)(?:واصل|ستمر|ظل|بقى)",
    re.IGNORECASE,
)


def nothing_new(text: str) -> bool:
    """Whether `text` only looks back: it recalls a nomination sent before, or says a member
    continues, and asks for nothing new (nothing to add, no action needed, no new candidates,
    did it arrive?), with no nominating word outside those phrases and refusals."""
    settled = list(_NOTHING_NEW.finditer(text))
    if not settled:
        return False
    recalled = list(_SENT_BEFORE.finditer(text))
    if not recalled and not _CONTINUES.search(text):
        return False
    spans = [m.span() for m in (*settled, *recalled)]
    for match in _DECLINE.finditer(text):
        verb = _VERB_RE.match(text, match.end())
        if verb is not None:
            spans.append((match.start(), verb.end()))
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return not has_nominate_verb(" ".join(rest))


def possible_only(sentence: str) -> bool:
    """Whether every nominating verb of `sentence` is only a possibility ("could be
    nominated again"): the person it names is not nominated by it."""
    verbs = [m.start() for m in _VERB_RE.finditer(sentence)]
    if not verbs:
        return False
    possible = [(m.start(), m.end()) for m in _POSSIBLE.finditer(sentence)]
    return all(any(s <= v < e for s, e in possible) for v in verbs)


# A withdrawal needs both the verb and the thing withdrawn, close together:
# "we withdraw the nomination of", "retirer la candidature", "отозвать кандидатуру", "撤回...提名".
# "dejar sin efecto" (to render void), "anular", "revoke", "аннулировать": the same act.
_WITHDRAW_VERB = (
    r"withdraw\w*|retir(?:er|ons|ez|ar|amos|a|e|é|ée)\b|retrait|annul\w*|cancel\w*|отозва\w*|отзыва\w*"
    r"|revok\w*|revoc\w*|r[ée]voqu\w*|anul(?:ar|e|en|amos|ación|acion)\b"
    r"|dej(?:ar|e|en|amos|ó|o)\s+sin\s+efecto|аннулир\w*"
    r"|отзыв|снять|снимаем|撤回|撤销|取消|سحب|نسحب|إلغاء"
)
_WITHDRAW_OBJECT = (
    r"nominat\w*|candidat\w*|d[ée]sign\w*|designa\w*|кандидатур\w*|выдвижени\w*|назначени\w*|提名|ترشيح"
    r"|membership|participation"
)
_WITHDRAW_VERB_RE = re.compile(f"(?=[wWrRaAcCdDоОсСаА撤取سنإ])(?:{_WITHDRAW_VERB})", re.IGNORECASE)
_WITHDRAW = re.compile(
    rf"(?:{_WITHDRAW_VERB})(?:[^.!?\n]|\n(?!\s*\n)){{0,80}}?(?:{_WITHDRAW_OBJECT})"
    rf"|(?:{_WITHDRAW_OBJECT})(?:[^.!?\n]|\n(?!\s*\n)){{0,40}}?(?:{_WITHDRAW_VERB})",
    re.IGNORECASE,
)


# The writer putting themself forward: "I would like to nominate myself", "I volunteer",
# "me postulo", "quisiera proponerme", "je me porte candidate", "je souhaite me proposer",
# "предлагаю свою кандидатуру", "本人自荐", "我想报名参加", "أرشح نفسي", "أود ترشيح نفسي".
# A negation or a modal before the verb is part of the match, so that the doubt below sees it.
# The look-ahead lets the engine skip most positions of a long text with one test.
_SELF = re.compile(
    r"(?=[nNpPdDiImMjJпПвВмМ自本我أاتrRkKvVfFlL请ين])"
    r"(?:\b(?:nominat\w*|propos\w*|designat\w*)\s+myself\b|\bput(?:ting)?\s+myself\s+forward\b"
    r"|\bI(?:\s+(?:would|should)\s+(?:like|love)\s+to|['’]d\s+(?:like|love)\s+to|\s+wish\s+to"
    r"|\s+want\s+to|\s+hereby|\s+am\s+(?:happy|glad|pleased|not|unable)\s+to|\s+(?:can|could|may"
    r"|might|will|shall|do|did)(?:\s*not|n['’]t)?|\s+cannot|\s+won['’]t)?\s+volunteer\b"
    r"|\bI(?:['’]m|\s+am)\s+(?:not\s+)?volunteering\b"
    r"|\bme\s+postul\w*|\b(?:postular|proponer|presentar)me\b|\bmi\s+candidatura\b"
    r"|\bme\s+porte[rs]?\s+(?:pas\s+)?candidat\w*|\bje\s+(?:ne\s+)?me\s+propose\b|\bme\s+proposer\b"
    r"|\bma\s+candidature\b"
    r"|\b(?:предлагаю|выдвигаю|выставляю|представляю)\s+(?:свою|мою)\s+кандидатуру"
    r"|\bмою\s+кандидатуру"
    r"|自荐|自薦|(?:本人|我(?![局们們國国院司处處署部所]))[^，。；,;！？\n]{0,6}?(?:报名|報名)"
    r"|(?:[أا]رش\u0651?ح|ترشيح|[أا]تطوع)\s+(?:ب)?نفسي|\bترشيحي\b"
    # Asking to be registered: "please register me for ...", "merci de m'inscrire",
    # "inscríbanme", "прошу включить меня", "请将我加入", "أرجو تسجيلي".
    r"|\b(?:please|kindly)\s+(?:register|enrol+|sign\s+up)\s+me\b|\bregister\s+me\s+(?:for|in|on|to)\b"
    r"|\b(?:merci\s+de|veuillez)\s+m['’](?:inscrire|enregistrer)|\binscrivez-moi\b"
    r"|\b(?:inscr[ií]b[ae]n?me|reg[ií]str[ae]n?me)\b|\b(?:favor\s+de|les\s+ruego)\s+(?:inscribirme|registrarme)\b"
    r"|\bпрошу\s+(?:вас\s+)?(?:включить|зарегистрировать|записать)\s+меня\b"
    r"|请(?:将|把|为)?我(?:加入|登记|注册|报名)"
    r"|(?:[أا]رجو|يرجى|نرجو|الرجاء)\s+(?:منكم\s+)?(?:تسجيلي|[إا]ضافتي|ضمي)(?!\w))",
    re.IGNORECASE,
)
# What makes such words no act: a question ("can I nominate myself?", "¿puedo postularme?",
# "我可以自荐吗", "هل يمكنني"), anywhere in the sentence; a condition, doubt or negation ("if I
# volunteer", "whether", "si", "если", "如果", "إذا", "I cannot", "no", "не", "不", "لا") before
# the words or in them.
_SELF_QUESTION = re.compile(r"[?？؟¿]|[吗嗎][\s。]*$")
_SELF_DOUBT = re.compile(
    r"\b(?:if|whether|unless|can|could|may|might|not|cannot|no|si|ne|puis|pourrais|puedo"
    r"|podr[íi]a|ли|если|не|можно|могу|هل|إذا|اذا|لو|لا|لن|يمكنني)\b|n['’]t\b"
    r"|如果|假如|是否|能否|可否|可以|不",
    re.IGNORECASE,
)


def nominates_self(text: str) -> bool | None:
    """True if the writer nominates themself in a sentence of `text` that is no question,
    condition, doubt or negation; False if they only ask, doubt or deny it; None if `text`
    has no such words."""
    said: bool | None = None
    for match in _SELF.finditer(text):
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end_match = SENTENCE_END.search(text, match.end())
        end = end_match.end() if end_match else len(text)
        if (
            not _SELF_QUESTION.search(text[start:end].rstrip())
            and not _SELF_DOUBT.search(text, start, match.end())
            and not hypothetical(text[start : match.end()])
        ):
            return True
        said = False
    return said


def has_nominate_verb(text: str) -> bool:
    return bool(_VERB_RE.search(text))


def hypothetical(text: str) -> re.Match[str] | None:
    """A nominating verb under doubt or plan; group "considering" is set for doubt, which
    needs no question to follow."""
    return _HYPOTHETICAL.search(text)


def withdrawal_spans(text: str) -> list[tuple[int, int]]:
    """Sentences that withdraw or cancel a nomination."""
    spans: list[tuple[int, int]] = []
    if not _WITHDRAW_VERB_RE.search(text):
        return spans
    for match in _WITHDRAW.finditer(text):
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end_match = SENTENCE_END.search(text, match.end())
        spans.append((start, end_match.start() + 1 if end_match else len(text)))
    return spans


# A sentence end that is no title's abbreviation ("... as Ms. DOE has left").
_UNTITLED_END = re.compile(
    r"".join(
        rf"(?<!\b{t})" for t in ("Mr", "Ms", "Mrs", "Dr", "Dra", "Sr", "Sra", "Srta", "Mme", "M")
    )
    + r"[.!?。！？؟]\s|\n\s*\n",
    re.IGNORECASE,
)


def withdrawn_texts(text: str) -> list[str]:
    """The part of each withdrawing sentence that speaks of the withdrawn nomination.

    "... dejar sin efecto dicha designación, ya que la Sra. Peña dejó ..." names who is
    withdrawn; in "we withdraw Mr A's nomination and nominate Ms B" only the words before
    the second nominating verb do.
    """
    texts: list[str] = []
    if not _WITHDRAW_VERB_RE.search(text):
        return texts
    for match in _WITHDRAW.finditer(text):
        start = max((m.end() for m in SENTENCE_END.finditer(text, 0, match.start())), default=0)
        end_match = _UNTITLED_END.search(text, match.end())
        end = end_match.start() + 1 if end_match else len(text)
        again = _VERB_RE.search(text, match.end(), end)
        texts.append(text[start : again.start() if again else end])
    return texts
