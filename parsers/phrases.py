"""The nominating verb, and the doubt, plan or mere possibility under which it nominates
nobody yet; where a sentence ends, for the modules that read such verbs."""

from __future__ import annotations

import re

from parsers.sentence_bounds import TITLE_FREE_STOP

__all__ = [
    "SENTENCE_END",
    "VERB",
    "VERB_FIRST",
    "has_nominate_verb",
    "hypothetical",
    "instructed_by",
    "possible_only",
]

# A title's abbreviation ("M. Dupont", "Sr. Pérez") ends no sentence.
SENTENCE_END = re.compile(rf"{TITLE_FREE_STOP}\s|[!?؟]\s|[。！？]\s*|\n\s*\n")
# Adding a successor nominates: "Add, in his place, Ms Y", "Ajouter à sa place Mme Y", "En
# su reemplazo, agregar a la Sra. Y", "Вместо него добавить г-жу Y", "增补王芳接替其工作",
# "إضافة السيدة Y بدلا منه". "Add" alone ("I would add that ...") nominates nobody.
_ADD = (
    r"add(?:ing)?\b|ajout(?:er|ez|ons)\b|a[ñn]adir\b|agreg(?:ar|ue|uen)\b|incorpor(?:ar|e|en)\b"
    r"|добав(?:ить|ьте|ляем|им)\b|إضافة|نضيف"
)
_IN_PLACE = (
    r"in\s+(?:his|her|their)\s+(?:place|stead)|as\s+(?:his|her|their)\s+(?:replacement|successor)"
    r"|[àa]\s+sa\s+place|en\s+(?:son\s+)?remplacement|en\s+su\s+(?:reemplazo|lugar)"
    r"|en\s+reemplazo|вместо\s+(?:него|неё|нее)|на\s+(?:его|её|ее)\s+место"
    r"|بدلا\u064b?\s+(?:منه|منها|عنه|عنها)|خلفا\u064b?\s+(?:له|لها)"
)
_ADDED_IN_PLACE = (
    rf"(?:{_ADD})[^\S\n]*,?[^\S\n]*(?:[^\s,;:]+[^\S\n]+){{0,5}}?(?:{_IN_PLACE})"
    rf"|(?:{_IN_PLACE})[^\S\n]*,?[^\S\n]*(?:(?:please|veuillez|favor\s+de|прошу|просим)[^\S\n]+)?(?:{_ADD})"
    r"|(?:增补|增加|添加)[^。，,；\n]{0,12}?(?:接替|代替)"
)
# Recommending, sending or (in Arabic) naming nominates only a person: "I recommend Ms X",
# "recomendamos a la Sra. X", "направляем г-жу X", "نقترح السيد X"; not "we recommend that
# ...", "направляем Вам письмо", "نقترح أن ...". A title, a capitalised name, "our colleague",
# "the candidature of" must follow.
_PERSON_AHEAD = (
    r"(?=[^\S\n]+(?:(?i:(?:as|to|a|à)[^\S\n]+)?(?i:our|nuestr[oa]s?|notre|nos|наш\w*)[^\S\n]+"
    r"(?i:colleagues?|coll[èe]gues?|colegas?|коллег\w*|сотрудни\w*)\b"
    r"|(?i:a|à)?[^\S\n]*(?i:la|el|le|les|los|las|the)?[^\S\n]*(?i:candida\w*)"
    r"|(?i:Mr|Mrs|Ms|Miss|Dr|Prof|M|Mme|Mlle|Sr|Sra|Srta|Dra|Ing|Lic)\.?[^\S\n]"
    r"|(?:a[^\S\n]+)?(?:la|el|los|las)[^\S\n]+(?i:Sr|Sra|Srta|Dra?|Ing|Lic)\.?[^\S\n]"
    r"|(?i:г-на|г-жу|г-ж[аи]|господина|госпожу)[^\S\n]"
    r"|(?-i:(?:a[^\S\n]+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё'’-]+[^\S\n]+[A-ZÀ-ÖØ-ÞА-ЯЁ]\w)))"
)
_PERSON_VERB = (
    r"(?:recommand(?:e|ons|é|ée|er)|recommend(?:s|ed)?|recom(?:iend|end)(?:o|a|amos|an|ó|ar)"
    r"|(?<!\w)(?:рекоменд(?:ую|уем|ует|овать|овали|овал)|направля(?:ю|ем|ет)|предлага(?:ю|ем|ет)))\b"
)
# Arabic writers may mark the vowels (shadda, fatha, ...): "نرشّح", "رشَّحنا".
_HARAKAT = "[\u064b-\u0652]*"
_AR_TITLE = (
    r"(?=\s+(?:[وف]?(?:ال)?(?:سي[دّ]\S*|دكتور\S*|أستاذ\S*|استاذ\S*|مهندس\S*|زميل\S*)"
    r"|اسم\s|ب?ترشيح))"
)


def _ar(word: str) -> str:
    """`word` with or without its vowel marks."""
    return _HARAKAT.join(word) + _HARAKAT


VERB = (
    r"nominat\w*|designat\w*|appoint\w*|put\s+forward|propos(?:e|es|ed|ing|er|ons|ons|é|ée)\b"
    r"|désign\w*|design(?:é|ée|és|ées|o)\b|(?<!\bme\s)(?<!\bse\s)nomm(?:e|es|ent|er|ons|é|ée|és|ées|ez)\b"
    rf"|{_PERSON_VERB}{_PERSON_AHEAD}|выдвижени\w*|nombr(?:o|é)\b"
    r"|candidat\w*|designa\w*|nombra\w*|propon\w*|postul\w*|назнач\w*|номинир\w*|выдвиг\w*|выдвин\w*"
    # "наши кандидаты в целевые группы" as "our candidates": a candidate of sciences
    # ("кандидат технических наук") is a degree.
    r"|кандидат\w*(?!\w)(?!(?:[ \t]+[а-яё]+\.?){0,2}[ \t]+наук)|включ\w*|提名|推荐|推薦|指定|委派|任命|推选|推選"
    # "拟派", "现派", "选派", "指派": an office sends its expert; "派出所" is a police station.
    r"|指派|选派|選派|(?<=[拟擬现現兹茲特])派(?!出所)"
    # Every person of رشح, present and past, vowelled or not: "أرشح", "نرشّح", "رشحنا".
    rf"|{_ar('ترشيح')}|[أإنيتم]?{_ar('رشح')}"
    rf"|تعيين|تسمية|[نيت]{_ar('سمي')}|{_ar('سمينا')}"
    # "أسمي", "نعين", "أعين", "نقترح" also mean "my name", "eyes", "we suggest (that)": only
    # before a title, "اسم", or "ترشيح".
    rf"|(?:أ{_ar('سمي')}|[نأ]{_ar('عين')}|{_ar('عينا')}|[نأ]{_ar('قترح')}){_AR_TITLE}"
    r"|inscri\w*"
    r"|please\s+(?:add|include|register|enrol)|kindly\s+(?:add|include|register)|veuillez\s+(?:ajouter|inclure)"
    r"|(?:sírvanse|sirvanse|favor\s+de)\s+(?:añadir|incluir|agregar)"
    # "dar de alta" enrols, as "inscribir" does; its opposite "dar de baja" withdraws.
    r"|dar\s+de\s+alta|" + _ADDED_IN_PLACE
)
VERB_FIRST = r"(?=[nNdDaApPcCiIkKvVsSfFeErRàÀиИнНвВкКдДрРпП提推指委任增添选選派ترمنيإبخأعس])"
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
    # "现告知我局拟提名" is the writer's own "we hereby inform you that we nominate".
    r"|(?<!现)(?<!現)(?<!兹)(?<!茲)(?<!特此)(?<!谨此)(?<!謹此)(?<!在此)"
    r"(?:告知|通知|告诉|告訴)(?:我们|我們|我局)[^。；\n]{0,20}?(?:打算|计划|計劃|拟|擬|有意)"
    r"|(?:أبلغ|أخبر|أفاد)\w*[^.،\n]{0,40}?(?:عزم\w*|ني[ةت]\w*|تعتزم|ينوي|تنوي)\s+(?:على\s+)?"
)
# A plan ("we plan to nominate", "планируем назначить") is as undecided only when the
# office goes on to ask about it: the caller looks for the question.
_PLANNING = (
    r"(?:plan(?:ning)?|intend(?:ing)?)\s+(?:to|on)\s+"
    r"|(?:pr[ée]voy\w*|comptons)\s+(?:de\s+|d['’])?"
    r"|\b(?:it\s+is|we\s+have)\s+planned\s+to\s+|\bil\s+est\s+pr[ée]vu\s+(?:de\s+|d['’])"
    r"|(?:planeamos|pensamos|tenemos\s+previsto|prevemos)\s+"
    r"|\b(?:se\s+tiene|est[áa])\s+previsto\s+|\bse\s+prev[ée]\s+"
    r"|(?:планиру\w+|намерен\w*|предполага\w+|собира\w+)\s+"
    r"|打算|计划|計劃|准备|準備"
    r"|(?:نعتزم|ننوي|نخطط\s+ل|من\s+المزمع\s+(?:أن\s+)?)\s*"
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


def has_nominate_verb(text: str) -> bool:
    return bool(_VERB_RE.search(text))


def hypothetical(text: str) -> re.Match[str] | None:
    """A nominating verb under doubt or plan; group "considering" is set for doubt, which
    needs no question to follow."""
    return _HYPOTHETICAL.search(text)


def possible_only(sentence: str) -> bool:
    """Whether every nominating verb of `sentence` is only a possibility ("could be
    nominated again"): the person it names is not nominated by it."""
    verbs = [m.start() for m in _VERB_RE.finditer(sentence)]
    if not verbs:
        return False
    possible = [(m.start(), m.end()) for m in _POSSIBLE.finditer(sentence)]
    return all(any(s <= v < e for s, e in possible) for v in verbs)


# Whoever instructs the writer is named right after these words, and nominated by nothing
# the sentence goes on to say: "On the instructions of Mr X, ...", "Por instrucciones del
# Mtro. X", "Sur instruction de M. X", "По поручению г-на X", "بتوجيه من السيد X". ("On
# behalf of Ms X" may speak for the nominee herself.)
_INSTRUCTED = re.compile(
    r"(?:(?:on|upon|at)\s+the\s+(?:instructions?|direction)\s+of"
    r"|por\s+(?:instrucci[oó]n(?:es)?|indicaci[oó]n(?:es)?|encargo)\s+de(?:l|\s+la)?"
    r"|sur\s+(?:instructions?|ordre)\s+d(?:e|u|e\s+la)|по\s+поручению|بتوجيه\s+من|بتكليف\s+من)"
    r"[\s:]*$",
    re.IGNORECASE,
)
_INSTRUCTED_REACH = 40
# ... or named after their post, set off by commas: "por indicación de nuestro Presidente,
# Dr. X (en copia), nos permitimos proponer", "On the instructions of our Director General,
# Dr X, we nominate". The comma after the name tells the apposition from a clause ("On the
# instructions of the Director General, Mr X is nominated").
_INSTRUCTED_POST = re.compile(
    _INSTRUCTED.pattern.removesuffix(r"[\s:]*$")
    + r"\s+(?:[^\W\d_][\w'’.-]*\s+){0,4}?[^\W\d_][\w'’.-]*\s*,\s*$",
    re.IGNORECASE,
)
_APPOSITION_ENDS = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?,")
_INSTRUCTED_POST_REACH = 120


def instructed_by(text: str, start: int, end: int | None = None) -> bool:
    """Whether the person named at `start` (to `end`) is the one who instructs the writer
    ("Por instrucciones del Mtro. X", "por indicación de nuestro Presidente, Dr. X, ..."),
    not someone nominated."""
    if _INSTRUCTED.search(text, max(0, start - _INSTRUCTED_REACH), start):
        return True
    return (
        end is not None
        and _APPOSITION_ENDS.match(text, end) is not None
        and _INSTRUCTED_POST.search(text, max(0, start - _INSTRUCTED_POST_REACH), start) is not None
    )
