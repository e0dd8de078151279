"""Mail that uses nominating words but nominates nobody: people registered for an event,
a refusal, names promised for later, or a look back that asks for nothing new."""

from __future__ import annotations

import bisect
import re

from parsers.phrases import _VERB_RE, SENTENCE_END, VERB, VERB_FIRST, has_nominate_verb
from parsers.sentence_bounds import SentenceEnds
from parsers.withdrawals import UNTITLED_END, withdrawal_spans

__all__ = [
    "declines",
    "defers",
    "event_registration",
    "nothing_new",
    "promises_nomination_later",
    "thanks_only",
    "withdraws_only",
]

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
    ends = SentenceEnds(text, SENTENCE_END)
    spans = [
        (ends.start_before(hit.start()), hit.end()) for hit in _EVENT_REGISTRATION.finditer(text)
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
    r"|\b(?:communiquer(?:ons|a)|transmettr(?:ons|a)|enverr(?:ons|a)|adresser(?:ons|a)"
    r"|fer(?:ons|a)\s+parvenir|informer(?:ons|a))"
    r"\s+(?:[\w'’]+\s+){0,5}?(?:candidat\w*|d[ée]sign\w*|repr[ée]sentant\w*)"
    r"|\b(?:noms?|candidat\w*|d[ée]signations?)\b[^.\n]{0,60}?\bser(?:a|ont)\s+"
    r"(?:\w+\s+)?(?:communiqu|transmis|envoy|adress)\w*"
    r"|\b(?:comunicar(?:emos|[áa])|enviar(?:emos|[áa])|remitir(?:emos|[áa])|har(?:emos|[áa])\s+llegar"
    r"|informar(?:emos|[áa])"
    r"|daremos\s+a\s+conocer)\s+(?:\w+\s+){0,6}?(?:candidat\w*|designad\w*|designaci\w*"
    r"|representantes)"
    r"|\b(?:nombres|designaciones|candidat\w*)\b[^.\n]{0,60}?\bser[áa]n\s+(?:\w+\s+)?"
    r"(?:comunicad|enviad|remitid)\w*"
    r"|(?<!\w)(?:сообщ(?:им|ит)|направ(?:им|ит)|представ(?:им|ит)|пришл[её][мт]|проинформиру(?:ем|ет))"
    r"\s+(?:\w+\s+){0,4}?"
    r"(?:кандидатур\w*|кандидат\w*)"
    r"|(?<!\w)кандидатур\w*\s+(?:\w+\s+){0,3}?будут\s+(?:\w+\s+)?"
    r"(?:направлен|представлен|сообщен)\w*"
    r"|(?<!\w)кандидатур\w*\s+(?:[\w.]+\s+){0,4}?(?:направим|сообщим|представим|пришл[её]м)"
    r"|(?:将|会)(?:另行|稍后|随后|尽快|及时)?(?:告知|通知|提供|报送|提交|发送|函告)[^。\n]{0,12}?"
    r"(?:提名|推荐|人选|候选人)"
    r"|(?:提名|推荐)(?:人选|名单)[^。\n]{0,10}?(?:将|会)(?:另行|稍后|随后)"
    r"|(?:سيتم|سوف\s+يتم|سنوافي|سنرسل|سنبلغ|سنزود|سنقوم|سيرسل|سترسل|سيوافي|ستوافي)\S*\s+(?:\S+\s+){0,3}?"
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


# "We will send you the names of the other nominees later": more names, not the same ones.
_MORE = re.compile(
    r"\b(?:further|other|additional|remaining|more|autres?|suppl[ée]mentaires?|otr[oa]s|dem[áa]s"
    r"|adicionales)\b|(?<!\w)(?:других|остальн\w*|дополнительн\w*)|其他|其余|其餘|أخرى|الآخرين|إضافي",
    re.IGNORECASE,
)


def promises_nomination_later(text: str) -> bool:
    """Whether `text` promises the nomination itself later ("we will send the formal
    designation once the resolution is signed"): a person it says it plans to nominate is
    not nominated yet. A promise of further names leaves the ones given now nominated."""
    for match in _DEFER.finditer(text):
        # "Further nominations will follow": the word of more stands just before the match.
        lead = text[max(0, match.start() - 40) : match.start()]
        lead = re.split(r"[.!?;。؟\n]", lead)[-1]
        if not _MORE.search(lead + match.group(0)):
            return True
    return False


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
    return not _nominates_outside(text, spans)


# A nominee named as nominated before: "ранее выдвинутого нами", "previously nominated",
# "que nous avions désigné", "designado anteriormente", "此前提名的", "الذي سبق ترشيحه".
_RECALLED = re.compile(
    r"(?<!\w)(?:earlier|previously|formerly|already|précédemment|antérieurement|déjà"
    r"|anteriormente|previamente|ya|ранее|прежде|уже)\s+(?:\w+\s+){0,2}?"
    + VERB_FIRST
    + "(?:"
    + VERB
    + ")"
    r"|\b(?:had|avions|aviez|avait|habíamos|había)\s+(?:been\s+|[ée]t[ée]\s+|sido\s+)?(?:\w+\s+)?"
    + VERB_FIRST
    + "(?:"
    + VERB
    + ")"
    r"|" + VERB_FIRST + "(?:" + VERB + r")\s+(?:\w+\s+){0,2}?"
    r"(?:earlier|previously|précédemment|antérieurement|anteriormente|previamente|ранее)(?!\w)"
    r"|(?:此前|之前|先前|早前|曾经?|曾經|已)(?:所|被)?(?:提名|推荐|推薦)"
    r"|سبق\s+(?:[أا]ن\s+)?(?:\S+\s+){0,1}?(?:ترشيح|رشحنا|رشح)\S*",
    re.IGNORECASE,
)


# A sentence end that is no title's dot ("La designación del Sr. Gómez sigue vigente").
_STANDING_END = re.compile(f"{UNTITLED_END.pattern}|[。！？]", re.IGNORECASE)


def _standing(text: str) -> list[tuple[int, int]]:
    """Sentences saying another nomination stands: "Mr Y's nomination remains valid",
    "Mme Z reste notre représentante", "кандидатура Белова остается в силе". A nominating
    word after the continuing verb ("remains, and we nominate Ms W") keeps the sentence."""
    spans: list[tuple[int, int]] = []
    ends = [(m.start(), m.end()) for m in _STANDING_END.finditer(text)]
    for match in _CONTINUES.finditer(text):
        # The sentence around the match, found by bisection over the ends listed once.
        index = bisect.bisect_left(ends, (match.start(), 0))
        start = ends[index - 1][1] if index else 0
        after = bisect.bisect_left(ends, (match.end(), 0))
        end = ends[after][0] + 1 if after < len(ends) else len(text)
        if not has_nominate_verb(text[match.end() : end]):
            spans.append((start, end))
    return spans


def withdraws_only(text: str) -> bool:
    """Whether `text` withdraws a nomination and nominates nobody else: outside the
    withdrawing sentences, a nominee recalled as nominated before ("Mr X, whom we
    nominated earlier") and a replacement promised for later are all its nominating words
    speak of."""
    spans = withdrawal_spans(text)
    if not spans:
        return False
    spans += [m.span() for m in _DEFER.finditer(text)]
    spans += [m.span() for m in _RECALLED.finditer(text)]
    spans += _standing(text)
    return not _nominates_outside(text, spans)


# Thanks for access the Secretariat has given, or news that the members have logged in:
# "thank you for granting our representatives access to the wiki", "nous vous remercions
# pour l'accès", "agradecemos el acceso", "благодарим за предоставленный доступ",
# "感谢开通访问权限", "الشكر على إتاحة صلاحية الدخول", "both have logged in successfully".
_THANKS_ACCESS = re.compile(
    r"\bthank(?:s|\s+you)\b[^.!?\n]{0,80}?\b(?:access|accounts?|log-?ins?)\b"
    r"|\b(?:successfully\s+(?:logged|signed)\s+in|(?:logged|signed)\s+in\s+successfully)\b"
    r"|\bremerc\w*[^.!?\n]{0,80}?\b(?:acc[èe]s|comptes?)\b|\bont\s+pu\s+(?:se\s+connecter|acc[ée]der)"
    r"|\b(?:agradec\w*|gracias)[^.!?\n]{0,80}?\b(?:acceso|cuentas?)\b"
    r"|\bhan\s+podido\s+(?:acceder|iniciar\s+sesi[óo]n|conectarse)"
    r"|(?<!\w)благодар\w*[^.!?\n]{0,80}?(?:доступ|учетн|учётн)\w*|(?<!\w)успешно\s+(?:вошл|зашл|авторизовал)\w*"
    r"|感谢[^。\n]{0,40}?(?:访问|权限|账户|账号|開通|开通)|成功登录|成功登入"
    r"|(?:شكر|نشكر)[^.\n]{0,160}?(?:صلاحية|الدخول|حساب|الوصول)|تسجيل\s+الدخول\s+بنجاح",
    re.IGNORECASE,
)
# Asking for something: the thanks then come with a request (a new member, a change).
_ASKS = re.compile(
    r"\bplease\b|\bcould\s+you\b|\bkindly\b|\bveuillez\b|\bpri(?:ons|[èe]re)\b|\bmerci\s+de\b"
    r"|\bpor\s+favor\b|\b(?:les|le)\s+(?:rogamos|solicitamos)\b"
    r"|(?<!\w)(?:просим|прошу|просьба)(?!\w)|请|敬请|(?:نرجو|يرجى|الرجاء)",
    re.IGNORECASE,
)


def thanks_only(text: str) -> bool:
    """Whether `text` thanks for access given (or says the members have logged in) and
    asks for nothing: the people it lists are members already, nominated by nobody here."""
    return bool(
        _THANKS_ACCESS.search(text) and not _ASKS.search(text) and not has_nominate_verb(text)
    )


def _nominates_outside(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a nominating verb stands in `text` outside the given spans."""
    rest, last = [], 0
    for start, end in sorted(spans):
        rest.append(text[last:start])
        last = max(last, end)
    rest.append(text[last:])
    return has_nominate_verb(" ".join(rest))
