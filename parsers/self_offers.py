"""The writer putting themself forward ("I volunteer", "me postulo", "本人自荐"), unless a
question, condition, doubt or negation takes the act away."""

from __future__ import annotations

import re

from parsers.phrases import SENTENCE_END, hypothetical
from parsers.sentence_bounds import SentenceEnds

__all__ = [
    "nominates_self",
]

# The writer putting themself forward: "I would like to nominate myself", "I volunteer",
# "me postulo", "quisiera proponerme", "je me porte candidate", "je souhaite me proposer",
# "предлагаю свою кандидатуру", "本人自荐", "我想报名参加", "أرشح نفسي", "أود ترشيح نفسي".
# A negation or a modal before the verb is part of the match, so that the doubt below sees it.
# The look-ahead lets the engine skip most positions of a long text with one test.
_SELF = re.compile(
    r"(?=[nNpPdDiImMjJпПвВмМнНоО自本我أاتrRkKvVfFlLtTeEaAcCsS请ين])"
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
    r"|(?:[أا]رجو|يرجى|نرجو|الرجاء)\s+(?:منكم\s+)?(?:تسجيلي|[إا]ضافتي|ضمي)(?!\w)"
    # Sending one's own details to take part: "направляю свои данные для участия в ...",
    # "I am sending my details to take part in", "je vous transmets mes coordonnées pour
    # participer", "le envío mis datos para participar".
    r"|\b(?:направляю|высылаю|отправляю|представляю)\s+(?:вам\s+)?(?:свои|мои)\s+(?:данные|сведения)"
    r"\s+(?:для\s+(?:участия|включения)|на\s+участие)"
    r"|\b(?:send(?:ing)?|submit(?:ting)?)\s+(?:you\s+)?my\s+(?:details|data)"
    r"\s+(?:to\s+(?:take\s+part|participate|join)|for\s+(?:participation|membership))"
    r"|\b(?:vous\s+)?(?:transmets|envoie|adresse|communique)\s+mes\s+(?:coordonn[ée]es|donn[ée]es)"
    r"\s+pour\s+(?:participer|rejoindre|faire\s+partie)"
    r"|\b(?:env[íi]o|remito)\s+mis\s+datos\s+para\s+(?:participar|integrar|formar\s+parte|unirme))",
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
    ends = SentenceEnds(text, SENTENCE_END)
    for match in _SELF.finditer(text):
        start = ends.start_before(match.start())
        after = ends.next_from(match.end())
        end = after[1] if after else len(text)
        if (
            not _SELF_QUESTION.search(text[start:end].rstrip())
            and not _SELF_DOUBT.search(text, start, match.end())
            and not hypothetical(text[start : match.end()])
        ):
            return True
        said = False
    return said
