"""An official appointed to a post, not nominated to a task force.

"The appointment of Mr X as Director General of the Office", "la nomination, par décret,
de M. X en qualité de Directeur général", "el nombramiento del nuevo Director General",
"о назначении г-на Х на должность Генерального директора", "任命王伟同志为局长", "تعيين السيد
أحمد علي مديرا عاما": a note verbale or a letter announcing who now heads the office uses the
nominating words of French ("nomination"), Spanish ("nombramiento", "designado"), Russian
("назначение") and the others, but nominates nobody to anything the Secretariat handles.
"""

from __future__ import annotations

import re

from parsers.phrases import has_nominate_verb

__all__ = ["APPOINTMENT", "appoints_to_posts_only"]

_APPOINT = (
    r"(?:\b(?:appoint\w*|nominat\w*|designat\w*|nomm[ée]\w*|d[ée]sign[ée]\w*"
    r"|nombramiento|nombrad[oa]s?|nombr[óo]|designad[oa]s?|design[óo])\b"
    r"|(?<!\w)назнач\w*|任命|委任|出任|就任|تعيين|(?<![\u0600-\u06ff])عي\u0651?ن(?![\u0600-\u06ff]))"
)
# The posts that head an office, a ministry or a mission.
_POST = (
    r"(?:\b(?:(?:deputy\s+)?director[-\s]general|director|commissioner|registrar(?:[-\s]general)?"
    r"|president|chair(?:man|person|woman)?|controller(?:[-\s]general)?|minister|ambassador"
    r"|permanent\s+representative|secretary[-\s]general|chief\s+executive|head\s+of\s+(?:the\s+)?"
    r"(?:office|agency|institute|mission)"
    r"|directeur|directrice|pr[ée]sident\w*|ministre|ambassad(?:eur|rice)|repr[ée]sentant\w*\s+"
    r"permanent\w*|secr[ée]taire\s+g[ée]n[ée]ral\w*|commissaire|administrat(?:eur|rice)\s+g[ée]n[ée]ral\w*"
    r"|directora?|presidenta?|ministr[oa]|embajador\w*|representante\s+permanente"
    r"|secretari[oa]\s+general|superintendente|registrador\w*|comisionad[oa])\b"
    r"|(?<!\w)(?:(?:генеральн|заместител)\w+\s+)?(?:директор|председател|руководител|министр"
    r"|посл|постоянн\w+\s+представител|начальник)\w*"
    r"|局长|局長|署长|署長|司长|司長|院长|院長|总干事|總幹事|部长|部長|大使|常驻代表|常駐代表|主席"
    r"|(?:ال)?(?:مدير|رئيس|وزير|سفير|أمين\S*\s+عام|مندوب\S*\s+دائم)\S*)"
)
# What introduces the post: "as", "en qualité de", "au poste de", "como", "на должность",
# "为"; or the post said new ("du nouveau Directeur Général", "新任局长").
_AS = (
    r"(?:\bas\b|\bto\s+the\s+post\s+of|\ben\s+qualit[ée]\s+de|\bau\s+poste\s+de|\bcomme\b"
    r"|\bcomo\b|\ben\s+calidad\s+de|\b(?:al|para\s+el)\s+cargo\s+de"
    r"|(?<!\w)(?:на\s+должность|в\s+должности|в\s+качестве)|为|為|في\s+منصب"
    r"|\b(?:the\s+)?new|\bnouve(?:au|l|lle)|\bnuev[oa]|(?<!\w)нов\w+|新任)"
)
# Within one sentence, which may wrap (not past a blank line).
_GAP = r"(?:[^\n;؛。]|\n(?![ \t]*\n)){0,200}?"
_APPOINTMENT = re.compile(
    rf"{_APPOINT}{_GAP}{_AS}\s*(?:[\w'’-]+\s+){{0,2}}?{_POST}"
    # "назначен Генеральным директором", "a été nommé Directeur général".
    rf"|{_APPOINT}\s+{_POST}"
    # Russian and Arabic give the post without a word before it: "назначить г-на Х
    # председателем", "تعيين السيد أحمد علي مديرا عاما".
    rf"|(?:(?<!\w)назнач\w*|تعيين|(?<![\u0600-\u06ff])عي\u0651?ن(?![\u0600-\u06ff]))"
    r"(?:[^\n;؛.]){0,80}?"
    r"(?:(?<!\w)(?:генеральн\w+\s+)?(?:директор|председател|руководител|начальник)\w*"
    r"|(?<![\u0600-\u06ff])(?:مدير|رئيس)\S*)",
    re.IGNORECASE,
)
# For who reads a person said appointed to a post (context_people.py).
APPOINTMENT = _APPOINTMENT
# Pieces of the appointing words, looked for in the folded text before any regex runs:
# most mail has none of them.
_KEYWORDS = (
    "appoint",
    "nominat",
    "designat",
    "nomm",
    "désign",
    "nombr",
    "design",
    "назнач",
    "任命",
    "委任",
    "出任",
    "就任",
    "تعيين",
    "عين",
    "عيّن",
)


def _may_appoint(text: str) -> bool:
    folded = text.casefold()
    return any(word in folded for word in _KEYWORDS)


def appoints_to_posts_only(texts: tuple[str, ...]) -> bool:
    """Whether `texts` (the body and the attachments read) announce someone appointed to
    a post, and every nominating word in them belongs to such an announcement."""
    spans = [
        [m.span() for m in _APPOINTMENT.finditer(text)] if _may_appoint(text) else []
        for text in texts
    ]
    if not any(spans):
        return False
    for text, found in zip(texts, spans, strict=True):
        rest, last = [], 0
        for start, end in found:
            rest.append(text[last:start])
            last = end
        rest.append(text[last:])
        if has_nominate_verb(" ".join(rest)):
            return False
    return True
