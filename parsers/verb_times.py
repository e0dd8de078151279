"""A nominating verb that nominates nobody now: promised for later ("we will nominate Ms X
later", "designaremos más adelante a la Sra. X", "سنرشح السيدة X لاحقا"), or a nomination
the writer received ("I was nominated last year by Ms X", "меня выдвинула г-жа X", "去年我被
王芳女士推荐", "رُشِّحتُ من قبل السيدة X"): the person the sentence names is not nominated by it."""

from __future__ import annotations

import re

from parsers.phrases import VERB, VERB_FIRST

__all__ = ["nominates_not_now"]

_VERB_RE = re.compile(f"{VERB_FIRST}(?:{VERB})", re.IGNORECASE)
# "Later" in six languages: without it "we will nominate Ms X" may well be the nomination.
_LATER = re.compile(
    r"\b(?:later|in\s+due\s+course|at\s+a\s+later\s+(?:date|stage)|subsequently"
    r"|plus\s+tard|ult[ée]rieurement|m[áa]s\s+adelante|posteriormente|m[áa]s\s+tarde)\b"
    r"|(?<!\w)(?:позднее|позже|впоследствии)(?!\w)"
    r"|稍后|稍後|随后|隨後|以后|以後|另行|日后|日後"
    r"|لاحق|فيما\s+بعد",
    re.IGNORECASE,
)
# The future before the verb, or in its ending (French, Spanish, Russian perfective, Arabic).
_FUTURE = re.compile(
    rf"\b(?:will|shall|['’]ll|(?:are|is|am)\s+going\s+to)\s+(?:[\w-]+\s+){{0,3}}?{VERB_FIRST}(?:{VERB})"
    r"|\b(?:d[ée]sign|propos|nomm|recommand|pr[ée]sent|inscri)\w*(?:erons|eront|era|erai|rons|ront)\b"
    r"|\b(?:design|nombr|postul|recomend|nomin|propon|propond|inscrib|present)\w*"
    r"(?:aremos|ar[áa]n?|ar[ée]|dremos|dr[áa]n?|iremos|ir[áa]n?)\b"
    r"|(?<!\w)(?:выдвин|назнач|предлож|порекоменд|рекомендов|направ|номиниру|включ)(?:ем|им|ет|ит|ут|ат)(?!\w)"
    r"|(?<!\w)(?:будем|будет|будут)\s+(?:\w+\s+)?(?:выдвиг|назнач|предлаг|рекоменд|номинир)\w*"
    rf"|(?:将|將|会|會)[^。，,；\n]{{0,6}}?{VERB_FIRST}(?:{VERB})"
    rf"|(?<![\u0600-\u06ff])(?:و|ف)?(?:س|سوف\s+)(?:[أنيت]|نقوم\s+ب|يتم\s+)?{VERB_FIRST}(?:{VERB})",
    re.IGNORECASE,
)
# The writer, nominated by someone else.
_RECEIVED = re.compile(
    r"\b(?:I|we)\s+(?:was|were|have\s+been|had\s+been|got)\s+(?:\w+\s+)?"
    r"(?:nominat|designat|propos|recommend|appoint|put\s+forward)\w*"
    r"|\b(?:j['’]ai|nous\s+avons)\s+[ée]t[ée]\s+(?:\w+\s+)?(?:d[ée]sign|propos|nomm|recommand)\w*"
    r"|\b(?:je\s+suis|nous\s+sommes)\s+(?:\w+\s+)?(?:d[ée]sign|propos|nomm|recommand)[ée]\w*"
    r"|\b(?:fui|fuimos|he\s+sido|hemos\s+sido)\s+(?:\w+\s+)?(?:designad|propuest|nombrad|recomendad|postulad)\w*"
    r"|(?<!\w)(?:меня|нас)\s+(?:\w+\s+)?(?:выдвин|выдвига|назнач|рекомендов|предлож|номинир|включ)\w*"
    r"|(?<!\w)(?:я|мы)\s+(?:был[аи]?\s+)?(?:выдвинут|назначен|рекомендован|номинирован|включен)\w*"
    r"|(?:我|我们|我們)(?:曾|已|曾经|曾經)?(?:经|經)?被[^。，,；\n]{0,12}?(?:提名|推荐|推薦|指定|指派|选派|委派)"
    # "رُشِّحتُ": the passive's damma on its first letter; "تم ترشيحي": "I was nominated".
    r"|(?<![\u0600-\u06ff])(?:و|ف)?(?:لقد\s+|قد\s+)?(?:ر\u064f[\u064b-\u0652]*ش[\u064b-\u0652]*ح[\u064b-\u0652]*(?:ت|نا)"
    r"|تم\s+ترشيح(?:ي|نا)|جرى\s+ترشيح(?:ي|نا))",
    re.IGNORECASE,
)


def nominates_not_now(sentence: str) -> bool:
    """Whether every nominating verb of `sentence` is promised for later or was received
    by the writer."""
    verbs = [m.start() for m in _VERB_RE.finditer(sentence)]
    if not verbs:
        return False
    spans = [(m.start(), m.end()) for m in _RECEIVED.finditer(sentence)]
    if _LATER.search(sentence):
        spans += [(m.start(), m.end()) for m in _FUTURE.finditer(sentence)]
    return all(any(s <= v < e for s, e in spans) for v in verbs)
