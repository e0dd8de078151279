"""People a nominating sentence names as the cause or setting of the change, not as nominees.

"Following the appointment of Mr X as Director General, we nominate Ms Y", "Suite au départ
à la retraite de M. X, ...", "Tras el nombramiento del Sr. X como Director General, ...",
"В связи с назначением г-на X Генеральным директором ...", "鉴于李强先生已被任命为局长，...",
"على إثر تعيين السيد X مديرا عاما، ...": the verb of the sentence nominates Ms Y. So does
it beside the one who asked the writer to write ("Mr X, Director General, has asked me to
inform you that ...", "À la demande de M. X", "По просьбе г-на X", "应李强局长要求",
"بناء على طلب السيد X"), who retired ("M. X ayant pris sa retraite, ..."), or who signs
("I, the undersigned, Mr X, ... nominate Ms Y").

Read only when the mail names someone else too: "Following his appointment as Head of
Section, we nominate Mr X" and "At the request of Ms X, we nominate her" name the nominee.
"""

from __future__ import annotations

import re

from parsers.post_appointments import APPOINTMENT

__all__ = ["named_as_context"]

# The event whose subject is the person: "the appointment of", "la retraite de".
_EVENT = (
    r"(?:appointment|retirement|departure|resignation|transfer|reassignment|death|passing"
    r"|election|promotion)\s+of"
    r"|(?:nomination|retraite|d[ée]part(?:\s+[àa]\s+la\s+retraite)?|d[ée]mission|mutation"
    r"|d[ée]c[èe]s|[ée]lection|promotion)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|d['’]\s*)"
    r"|(?:nombramiento|designaci[óo]n|jubilaci[óo]n|retiro|renuncia|partida|salida|traslado"
    r"|fallecimiento|elecci[óo]n|promoci[óo]n)\s+(?:del|de\s+la|de)"
)
# What sets the event before the main clause: "following", "suite à", "tras", "в связи с".
_CAUSE = (
    r"(?:following|after|since|due\s+to|owing\s+to|with|upon|on|in\s+(?:view|light)\s+of"
    r"|as\s+a\s+result\s+of|on\s+the\s+occasion\s+of)\s+(?:the\s+)?(?:recent\s+)?"
    r"|(?:suite\s+[àa]|[àa]\s+la\s+suite\s+d[eu']\s*|apr[èe]s|en\s+raison\s+d[eu']\s*|du\s+fait\s+d[eu']\s*"
    r"|compte\s+tenu\s+d[eu']\s*)\s*(?:la\s+|le\s+|l['’]\s*)?(?:r[ée]cente?\s+)?"
    r"|(?:tras|despu[ée]s\s+de|con\s+motivo\s+de|debido\s+a|a\s+ra[íi]z\s+de|en\s+virtud\s+de"
    r"|dad[oa]\s+)\s*(?:el\s+|la\s+)?(?:reciente\s+)?"
)
# A request of the person, or the signer speaking: the lead runs up to the name.
_LEAD = re.compile(
    rf"(?:\b(?:{_CAUSE})(?:{_EVENT})"
    r"|\b(?:at\s+the\s+request\s+of|as\s+requested\s+by|[àa]\s+la\s+demande\s+d[eu']"
    r"|a\s+(?:solicitud|petici[óo]n|pedido)\s+de(?:l|\s+la)?|por\s+encargo\s+de(?:l|\s+la)?"
    r"|I,?\s+the\s+undersigned|je\s+soussign[ée]e?|(?:el|la)\s+suscrit[oa]|yo,?\s+(?:el|la)\s+suscrit[oa])"
    r"|(?<!\w)(?:в\s+связи\s+с\s+(?:назначением|уходом(?:\s+на\s+пенсию)?|выходом\s+на\s+пенсию"
    r"|увольнением|переводом|избранием|кончиной)|после\s+(?:назначения|ухода(?:\s+на\s+пенсию)?"
    r"|выхода\s+на\s+пенсию|увольнения|перевода)|по\s+просьбе|я,?\s+нижеподписавш\w+)"
    r"|鉴于|鑒於|随着|隨著|由于|由於"
    r"|(?<![\u0600-\u06ff])(?:على\s+إثر|إثر|بعد|نظرا\u064b?\s+ل|بسبب|بمناسبة|عقب)\s*"
    r"(?:تعيين|تقاعد|استقالة|انتقال|وفاة|رحيل|انتخاب|ترقية)"
    r"|بناء\u064b?\s+على\s+طلب|بطلب\s+من|أنا\s+الموقع\w*\s+أدناه)"
    # "... of our Director General, Mr X": a post set off by a comma may stand before it.
    r"(?:[\s:,،]*|\s+(?:[^\W\d_][\w'’.-]*\s+){0,4}?[^\W\d_][\w'’.-]*\s*[,،]\s*)$",
    re.IGNORECASE,
)
_LEAD_REACH = 90
# Or, after the name (and a post set off by commas), what the person did: retired, asked
# the writer to write, or was appointed to a post ("was appointed Director General").
_DID = re.compile(
    r"[\s,，、،]*(?:[(（][^)）\n]{0,60}[)）])?(?:[\s,，،]+(?:[^,，،.\n;]){0,60},)?[\s,，،]*"
    r"(?:(?:has|had)\s+(?:(?:kindly\s+)?asked|requested|instructed)\s+(?:me|us)"
    r"|(?:asked|requested|instructed)\s+(?:me|us)\s+to|having\s+retired|(?:has|had)\s+retired"
    r"|ayant\s+pris\s+sa\s+retraite|(?:m|nous)['’]\s*a\s+(?:pri[ée]|demand[ée]|charg[ée])"
    r"|me\s+(?:ha\s+)?(?:pedido|pidi[óo]|encargado|encarg[óo]|solicitado|solicit[óo])"
    r"|nos\s+(?:ha\s+)?(?:pedido|pidi[óo]|encargado|solicitado)|se\s+ha\s+jubilado"
    r"|(?:попросил|поручил)\w*\s+(?:меня|нам|мне|нас)"
    r"|(?:已|已经|已經)?(?:退休|离职|離職|调离|調離|辞职|辭職)|要求|委托|委託"
    r"|(?:الذي|التي)?\s*(?:تقاعد|تقاعدت|طلب\s+مني|طلبت\s+مني|كلفني|كلفتني))",
    re.IGNORECASE,
)
# "was appointed", "a été nommé", "fue nombrado", "был назначен", "已被任命": a finite
# appointment the person is subject of, read by post_appointments' pattern right after.
_APPOINTED = re.compile(
    r"[\s,，،]*(?:[(（][^)）\n]{0,60}[)）])?[\s,，،]*"
    r"(?:(?:has\s+been|was|had\s+been|a\s+[ée]t[ée]|fue|ha\s+sido|был[аи]?|已经?被|已被|被|قد)\s*)",
    re.IGNORECASE,
)
_POST_REACH = 80
_TASK_FORCE_WORD = re.compile(
    r"task\s*force|[ée]quipe|equipo|целев\w+\s+групп|工作队|工作隊|فرق(?:ة)?\s+العمل", re.IGNORECASE
)
# A relative clause ("Ms X, who was appointed Head of Section") may describe the nominee.
_RELATIVE = re.compile(r"[\s,]*(?:who|qui|quien|que|котор\w+|الذي|التي)\b", re.IGNORECASE)
# Pieces of the words above, looked for in the sentence before any pattern runs.
_KEYWORDS = (
    "appoint", "retir", "depart", "resign", "transfer", "death", "passing", "elect", "promot",
    "request", "asked", "instruct", "undersigned", "nominat", "retraite", "démission",
    "demission", "mutation", "décès", "deces", "demande", "soussign", "nombr", "designa",
    "jubil", "renuncia", "traslado", "partida", "salida", "fallec", "solicit", "petici",
    "pedid", "pidi", "encarg", "suscrit", "prié", "chargé", "назнач", "пенси", "уход",
    "увольн", "перевод", "избран", "кончин", "просьб", "попросил", "поручил", "нижеподпис",
    "鉴于", "鑒於", "随着", "隨著", "由于", "由於", "因", "应", "應", "任命", "退休", "离职",
    "離職", "调离", "調離", "辞职", "辭職", "要求", "委托", "委託",
    "تعيين", "تقاعد", "استقالة", "انتقال", "وفاة", "رحيل", "انتخاب", "ترقية", "طلب", "كلف",
    "الموقع", "عين",
)  # fmt: skip


def named_as_context(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the person named at text[start:end] is the cause or setting of what the
    sentence (`sentence`, its span) says rather than its nominee: appointed to a post,
    retired, asking the writer to write, or the signer."""
    folded = text[sentence[0] : sentence[1]].casefold()
    if not any(word in folded for word in _KEYWORDS):
        return False
    if _LEAD.search(text, max(sentence[0], start - _LEAD_REACH), start):
        return True
    if _DID.match(text, end, sentence[1]):
        return True
    appointed = _APPOINTED.match(text, end, sentence[1])
    if appointed is None or _RELATIVE.match(text, end):
        return False
    post = APPOINTMENT.match(text, appointed.end(), sentence[1])
    # "appointed to the API Task Force, as our Director asked": a task force, no post.
    return (
        post is not None
        and post.end() - post.start() <= _POST_REACH
        and not _TASK_FORCE_WORD.search(post.group())
    )
