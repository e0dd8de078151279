"""A contact person sent for another circular (a survey's questionnaire), in labelled lines
like a nominee's and perhaps with a WIPO Account username: "In reply to C. CWS 176 (the
ST.27 survey) here is our contact person: ...". The campaign's circular, when the mail cites
it, is only recalled: "our C. CWS 175 nominations were sent on 11 October"."""

from __future__ import annotations

import re

from parsers.contact_points import _CONTACT
from parsers.phrases import SENTENCE_END, has_nominate_verb
from parsers.reference import find_reference

__all__ = ["contact_for_other_circular"]

# A survey and its questionnaire, in the six languages.
_SURVEY = re.compile(
    r"\b(?:survey|questionnaire|enqu[êe]te|encuesta|cuestionario)\w*"
    r"|(?<!\w)(?:анкет|обследовани|опрос)\w*"
    r"|调查|調查|问卷|問卷|استبيان|استقصاء|مسح",
    re.IGNORECASE,
)
# Words saying something was done before: "were sent on 11 October", "already",
# "sous pli séparé", "ya fueron enviadas", "были направлены отдельным письмом", "已另函报送",
# "سبق إرسال".
_SENT_BEFORE = re.compile(
    r"\b(?:already|earlier|previously|were\s+sent|was\s+sent|ha(?:ve|s)\s+been\s+sent"
    r"|under\s+separate\s+cover|separately"
    r"|d[ée]j[àa]|pr[ée]c[ée]demment|ont\s+[ée]t[ée]|a\s+[ée]t[ée]|sous\s+pli\s+s[ée]par[ée]"
    r"|ya|anteriormente|previamente|fueron|han\s+sido|ha\s+sido|por\s+separado)\b"
    r"|(?<!\w)(?:уже|ранее|были|был[аио]?|отдельным\s+письмом)(?!\w)"
    r"|已|此前|之前|早前|另函"
    r"|سبق|تم\s+إرسال|أرسل\w*|في\s+وقت\s+سابق|(?:بشكل|برسالة)\s+منفصل",
    re.IGNORECASE,
)
# "C. CWS 176": its dot ends no sentence.
_CIRCULAR_DOT = re.compile(r"(?<![^\W\d_])([CС])\.(?=[ \t]*(?:CWS|КСВ))")


def _circulars(sentence: str) -> set[str]:
    found: set[str] = set()
    while (match := find_reference(sentence, ())) is not None:
        found.add(match.canonical)
        sentence = sentence[match.end :]
    return found


def _sentences(text: str) -> list[str]:
    masked = _CIRCULAR_DOT.sub(r"\1 ", text)
    out, last = [], 0
    for end in SENTENCE_END.finditer(masked):
        out.append(text[last : end.end()])
        last = end.end()
    out.append(text[last:])
    return [s for s in out if s.strip()]


def contact_for_other_circular(text: str, accepted: tuple[str, ...]) -> bool:
    """Whether `text` sends a contact person for another circular, nominating nobody.

    One sentence names the contact role beside another circular's number or a survey; the
    campaign's circular, where cited, is cited only in sentences saying it was answered
    before; and no sentence but those about the contact holds a nominating verb. The caller rules out a task force
    given as such (a label or a column)."""
    contact = False
    for sentence in _sentences(text):
        cited = _circulars(sentence)
        if cited & set(accepted):
            if not _SENT_BEFORE.search(sentence):
                return False
            continue
        if _CONTACT.search(sentence):
            # "направляем данные контактного лица": sending the contact's details.
            contact = contact or bool(cited or _SURVEY.search(sentence))
        elif has_nominate_verb(sentence):
            return False
    return contact
