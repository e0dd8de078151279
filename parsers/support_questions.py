"""Questions that nominate nobody: a nominee's about a password or a failed sign-in, and an
office's asked before it nominates."""

from __future__ import annotations

import re

from parsers.phrases import VERB, VERB_FIRST, has_nominate_verb
from parsers.sentence_bounds import SentenceEnds
from parsers.taskforces import ALSO

__all__ = [
    "asks_about_account",
    "asks_before_nominating",
    "asks_for_circular_in_language",
    "asks_if_may_nominate",
    "support_question",
]

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
    r"|لم\s+يعد\s+(?:\S+\s+){0,2}?(?:الوصول|الدخول)"
    # An account not yet active: the verification link has expired, "please resend it",
    # "le lien a expiré", "el enlace ha caducado", "срок действия ссылки истек", "链接已过期",
    # "انتهت صلاحية الرابط", "could not activate my account".
    r"|\blink\s+(?:\w+\s+){0,3}?(?:has\s+|had\s+|is\s+|was\s+)?expired|\bexpired\s+(?:\w+\s+)?link"
    r"|\bresend\s+(?:me\s+)?(?:the\s+|a\s+)?(?:new\s+)?(?:verification|activation|confirmation)\s+(?:link|e-?mail)"
    r"|\b(?:can(?:no|['’])t|unable\s+to|could\s*(?:not|n['’]t))\s+(?:activate|verify)\s+(?:my|the)\s+account"
    r"|\blien\s+(?:[\w'’]+\s+){0,3}?(?:a\s+|avait\s+|est\s+)?expir[ée]|\brenvoyer\s+(?:un|le)\s+(?:nouveau\s+)?lien"
    r"|\bne\s+(?:peux|parviens|arrive)\s+pas\s+[àa]\s+activer"
    r"|\benlace\s+(?:\w+\s+){0,3}?(?:ha\s+|hab[íi]a\s+)?(?:expirado|caducado|vencido)"
    r"|\breenviar(?:me)?\s+(?:el|un)\s+(?:nuevo\s+)?enlace|\bno\s+(?:puedo|pude|logro|consigo)\s+activar"
    r"|ссылк\w*\s+(?:\w+\s+){0,3}?(?:истек\w*|истёк\w*|устарел\w*)|срок\s+действия\s+ссылки"
    r"|не\s+(?:могу|удается|удаётся|удалось|смог\w*)\s+активировать"
    r"|(?:链接|鏈接|連結)(?:已)?(?:过期|失效|過期)|(?:无法|不能|未能|無法)(?:激活|啟用|启用)"
    r"|صلاحي\S*\s+(?:\S+\s+){0,2}?(?:انتهت|منتهية)|(?:انتهت|انقضت)\s+صلاحي"
    r"|(?:لم\s+أتمكن|لا\s+أستطيع|تعذر)\s+(?:من\s+)?تفعيل|إعادة\s+إرسال\s+(?:ال)?رابط",
    re.IGNORECASE,
)


def support_question(text: str) -> bool:
    """Whether `text` asks about a password or a failed sign-in."""
    return bool(_SUPPORT.search(text))


def asks_about_account(text: str) -> bool:
    """Whether `text` speaks of a failed sign-in or an expired account link and asks
    something ("could you resend the link?"); "Dr Chen no longer needs access" asks nothing."""
    return bool(_SUPPORT.search(text) and _ASKS.search(text))


# A question: its mark, or a request to be told ("nous souhaiterions savoir", "请问").
_ASKS = re.compile(
    r"[?？؟]|\b(?:would|wish)\s+(?:like\s+)?to\s+know|\bplease\s+(?:let\s+us\s+know|advise)"
    r"|\b(?:souhait|aimer)\w+\s+savoir|\b(?:quisi[ée]ramos|desear[íi]amos|querr[íi]amos)\s+saber"
    r"|(?<!\w)хотел\w*\s+бы\s+(?:узнать|уточнить)|(?<!\w)просим\s+(?:сообщить|уточнить|разъяснить)"
    r"|请问|請問|烦请告知|煩請告知|نود\s+(?:أن\s+نعرف|معرفة|الاستفسار)|نرجو\s+إفادتنا",
    re.IGNORECASE,
)
# The nomination put after the answer: "before nominating", "before replying to the
# circular", "once you confirm", "après votre réponse", "una vez que nos confirmen",
# "прежде чем выдвигать", "после вашего ответа", "待贵处确认后", "在提名之前", "بعد تأكيدكم".
_FIRST = re.compile(
    r"\bbefore\s+(?:we\s+)?(?:nominat\w*|designat\w*|propos\w*|submit\w*|respond\w*|repl\w*|answer\w*)"
    r"|\b(?:once|after|when|as\s+soon\s+as)\s+(?:you|the\s+Secretariat)\s+(?:ha(?:ve|s)\s+)?"
    r"(?:confirm|repl|answer|respond|advis|clarif)\w*"
    r"|\bafter\s+(?:receiving\s+)?your\s+(?:reply|answer|confirmation|response|advice|guidance)"
    r"|\bavant\s+(?:de\s+|d['’]\s*)(?:r[ée]pondre|d[ée]sign\w*|propos\w*|soumettre|pr[ée]senter)"
    r"|\b(?:apr[èe]s|d[èe]s(?:\s+r[ée]ception\s+de)?|[àa]\s+r[ée]ception\s+de)\s+(?:votre|vos)\s+"
    r"(?:r[ée]ponse|confirmation|retour|pr[ée]cisions|indications)"
    r"|\bune\s+fois\s+(?:que\s+vous\s+(?:nous\s+)?(?:aurez\s+)?|votre\s+)"
    r"(?:confirm|r[ée]pon|pr[ée]cis|r[ée]ponse)\w*"
    r"|\bantes\s+de\s+(?:designar|proponer|nominar|postular|responder|presentar)"
    r"|\buna\s+vez\s+(?:que\s+)?(?:\w+\s+){0,2}?(?:confirm|respuesta|respond|aclar)\w*"
    r"|\b(?:tras|despu[ée]s\s+de)\s+(?:recibir\s+)?su\s+(?:respuesta|confirmaci[óo]n|aclaraci[óo]n)"
    r"|(?<!\w)(?:прежде\s+чем|до\s+того\s+как|перед\s+тем\s+как)\s+(?:\w+\s+){0,2}?"
    r"(?:выдвиг|выдвин|назнач|ответ|представ)\w*"
    r"|(?<!\w)после\s+(?:вашего\s+|получения\s+(?:вашего\s+)?)?(?:ответа|подтверждения|разъяснени\w+)"
    r"|(?:提名|推荐|推薦|回复通函|回覆通函)(?:之)?前"
    r"|待[^。，,\n]{0,8}?(?:确认|確認|答复|答覆|回复|回覆|回应|回應)(?:后|後)"
    r"|(?:收到|获得|獲得|得到)[^。，,\n]{0,6}?(?:答复|答覆|确认|確認|回复|回覆)(?:后|後)"
    r"|قبل\s+(?:أن\s+(?:نرشح|نقدم|نرد)|(?:ال)?ترشيح|تقديم\s+(?:ال)?ترشيح|الرد\s+على)"
    r"|بعد\s+(?:تأكيدكم|ردكم|إفادتكم|(?:استلام|تلقي)\s+ردكم)",
    re.IGNORECASE,
)
# A sentence's end; an initial's dot ("C. CWS 175", "Mr J. Smith") ends none.
_END = re.compile(r"(?<!\b\w)[.!?؟]\s|[。！？]|\n[ \t]*\n")
# The noun the verbs leave out: "письмо о выдвижении".
_NOUN = re.compile(r"(?<!\w)выдвижени\w*", re.IGNORECASE)
# "Before we nominate further experts": some are nominated now.
_MORE = re.compile(
    r"\b(?:other|further|remaining|additional|more|autres?|suppl[ée]mentaires|otr[oa]s|dem[áa]s"
    r"|adicionales)\b|(?<!\w)(?:остальн|других|другие|ещ[её])\w*|其他|其余|其餘|另外|أخرى|الباقي",
    re.IGNORECASE,
)


def asks_before_nominating(text: str) -> bool:
    """Whether `text` asks something and puts its nomination after the answer ("Before we
    nominate, could you tell us ...?", "待贵处确认后，本署会再正式提交提名"): whoever it
    names is a candidate asked about, not nominated yet."""
    if not _ASKS.search(text):
        return False
    ends = SentenceEnds(text, _END)
    for match in _FIRST.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        sentence = text[start : after[0] + 1 if after else len(text)]
        nominating = has_nominate_verb(sentence) or _NOUN.search(sentence)
        if nominating and not _MORE.search(sentence):
            return True
    return False


# Whether the office may nominate someone at all: "is it possible to nominate", "may we
# designate", "est-il possible de désigner", "¿es posible designar", "можно ли выдвинуть",
# "是否可以提名", "هل يمكن ترشيح"; a few words may stand between ("can we still nominate").
_MAY = (
    r"(?:\b(?:is|would|will)\s+it\s+be\s+(?:possible|acceptable|allowed|permitted)|\bis\s+it\s+"
    r"(?:possible|acceptable|allowed|permitted)|\b(?:can|could|may|might)\s+(?:we|I|the\s+office|"
    r"an?\s+office|one|they)|\bare\s+(?:we|offices)\s+(?:allowed|permitted|entitled)|\bwhether\s+"
    r"(?:we|it|the\s+office|offices?)\s+(?:can|could|may|might|is\s+(?:possible|allowed))"
    r"|\b(?:est|serait)-(?:il|ce)\s+(?:possible|envisageable|admis|permis)|\bpouvons-nous"
    r"|\bpeut-on|\bpourrions-nous|\bsommes-nous\s+autoris[ée]s|\bsi\s+nous\s+(?:pouvons|pourrions)"
    r"|\b(?:es|ser[íi]a|resulta)\s+(?:posible|admisible|aceptable|v[áa]lido|factible)"
    r"|\b(?:podemos|podr[íi]amos|se\s+puede|se\s+podr[íi]a|cabe|est[áa]\s+permitido)"
    r"|(?<!\w)(?:возможно\s+ли|можно\s+ли|можем\s+ли|могли\s+бы\s+ли|допускается\s+ли"
    r"|допустимо\s+ли|вправе\s+ли|разрешается\s+ли)"
    r"|是否(?:可以|可|能|能够|允许)|可否|能否|可不可以|能不能"
    r"|هل\s+(?:يمكن|يجوز|بإمكان|يسمح|من\s+الممكن))"
)
_MAY_NOMINATE = re.compile(
    _MAY + r"(?:[^\S\n]+[^\W\d_]+){0,3}?[^\S\n]*" + VERB_FIRST + "(?:" + VERB + ")",
    re.IGNORECASE,
)
# Details given only for the answer "yes": "if so", "dans l'affirmative", "en caso
# afirmativo", "если да", "如可以", "في حال الموافقة".
_IF_SO = re.compile(
    r"\bif\s+(?:so|yes|this\s+is\s+(?:possible|acceptable)|(?:it|that)\s+is\s+(?:possible"
    r"|acceptable|allowed))\b|\bin\s+the\s+affirmative|\bshould\s+(?:this|that)\s+be\s+"
    r"(?:possible|acceptable)"
    r"|\bdans\s+l['’]affirmative|\bsi\s+oui\b|\bsi\s+(?:c['’]est|tel\s+est)\s+le\s+cas"
    r"|\bsi\s+(?:cela|c['’]est)\s+(?:est\s+)?possible"
    r"|\ben\s+caso\s+(?:afirmativo|de\s+que\s+(?:sea|resulte)\s+posible)|\bde\s+ser\s+(?:as[íi]"
    r"|posible|aceptable)|\bsi\s+(?:es|fuera|fuese)\s+(?:as[íi]|posible)"
    r"|(?<!\w)(?:если\s+да|если\s+это\s+(?:возможно|допустимо)|в\s+случае\s+"
    r"(?:положительного\s+ответа|согласия))"
    r"|(?:如果|如|若|倘若)(?:可以|可行|允许|同意|获准|獲准)"
    r"|في\s+حال(?:ة)?\s+(?:الموافقة|الإيجاب)|إذا\s+كان\s+(?:ذلك|الأمر)\s+(?:ممكنا|كذلك)"
    r"|إن\s+أمكن|إذا\s+أمكن",
    re.IGNORECASE,
)
# A question's mark, or a word that makes one without it ("можно ли", "是否", "هل").
_QUESTION = re.compile(r"[?？؟]|(?<!\w)ли(?!\w)|是否|可否|能否|هل|\bwhether\b", re.IGNORECASE)


def asks_if_may_nominate(text: str) -> bool:
    """Whether `text` asks if the office may nominate someone and gives the details only
    for a yes ("Is it possible to nominate a researcher who is not on our staff? If so,
    her details are: ..."): a conditional candidate, nominated by no one yet. "Could we
    also nominate ...?" beside a nomination made asks about one more only."""
    ends = SentenceEnds(text, _END)
    for match in _MAY_NOMINATE.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        end = after[1] if after else len(text)
        sentence = text[start:end]
        if not _QUESTION.search(sentence) or _MORE.search(sentence) or ALSO.search(sentence):
            continue
        if _IF_SO.search(text, match.end()):
            return True
    return False


# What the office asks for: the circular, its annex or form.
_DOCUMENT = re.compile(
    r"\b(?:circular|annex(?:es)?|form|template|questionnaire|circulaire|annexe|formulaire"
    r"|anexo|formulario|plantilla)\b"
    r"|(?<!\w)(?:циркуляр|приложени|форм[аыуе]|анкет)\w*|通函|附件|表格|模板"
    r"|التعميم|المرفق|الاستمارة|النموذج",
    re.IGNORECASE,
)
# In another language or an editable format: "in Russian", "a French version", "a
# translation", "as a Word file", "en français", "en español", "на русском языке", "перевод",
# "中文版本", "译文", "باللغة العربية", "ترجمة".
_LANGUAGE = re.compile(
    r"\bin\s+(?:English|French|Spanish|Russian|Chinese|Arabic|Word|an?\s+editable)\b"
    r"|\b(?:English|French|Spanish|Russian|Chinese|Arabic)\s+(?:version|translation|text)"
    r"|\btranslat\w+|\bas\s+an?\s+(?:Word|editable)\b"
    r"|\ben\s+(?:fran[çc]ais|anglais|espagnol|russe|chinois|arabe|format\s+(?:Word|modifiable))\b"
    r"|\bversion\s+(?:fran[çc]aise|anglaise|espagnole|russe|chinoise|arabe|Word|modifiable)"
    r"|\btraduction\b"
    r"|\ben\s+(?:espa[ñn]ol|castellano|ingl[ée]s|franc[ée]s|ruso|chino|[áa]rabe|formato\s+Word)\b"
    r"|\bversi[óo]n\s+(?:en\s+)?(?:espa[ñn]ol|castellano|editable|Word)|\btraducci[óo]n\b"
    r"|(?<!\w)на\s+(?:русском|английском|французском|испанском|китайском|арабском)\s+язык\w*"
    r"|(?<!\w)(?:русск\w+\s+(?:верси|текст)|перевод)\w*|(?<!\w)в\s+формате\s+Word"
    r"|(?:中文|英文|法文|俄文|西班牙文|阿拉伯文)(?:版|本|文本|译本)|译文|譯文|翻译|翻譯|Word(?:版|格式)"
    r"|باللغ[ةه]\s+\S+|(?:ال)?ترجم[ةه]|(?:ال)?نسخ[ةه]\s+(?:ال)?(?:عربي|إنجليزي|فرنسي)",
    re.IGNORECASE,
)


def asks_for_circular_in_language(text: str) -> bool:
    """Whether `text` asks for the circular, its annex or form in another language or an
    editable format ("Просим направить текст циркулярного письма на русском языке", "¿Podrían
    enviarnos el anexo en español?", "请问能否提供通函附件的中文版本？"): a question before any
    nomination, whoever it names to follow it up."""
    if not _DOCUMENT.search(text) or not _LANGUAGE.search(text):
        return False
    ends = SentenceEnds(text, _END)
    for match in _DOCUMENT.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        sentence = text[start : after[1] if after else len(text)]
        if _LANGUAGE.search(sentence) and (_ASKS.search(sentence) or _REQUEST.search(sentence)):
            return True
    return False


# A request: "please send", "could you send", "pourriez-vous", "podrían", "просим", "请",
# "نرجو", "هل يمكن".
_REQUEST = re.compile(
    r"\b(?:please|kindly|could\s+you|would\s+you|we\s+would\s+(?:be\s+grateful|appreciate))\b"
    r"|\b(?:pourriez|pouvez|pourrions|merci\s+de|veuillez|nous\s+vous\s+serions\s+reconnaissants)"
    r"|\b(?:podr[íi]an|pueden|les\s+agradecer[íi]amos|les\s+rogamos|solicitamos|favor\s+de)\b"
    r"|(?<!\w)(?:просим|прошу|не\s+могли\s+бы)(?!\w)|请|請|烦请|煩請|能否|可否"
    r"|نرجو|يرجى|هل\s+يمكن|نأمل",
    re.IGNORECASE,
)
