"""Words that decide what a sentence does: nominate someone, or withdraw a nomination."""

from __future__ import annotations

import re

__all__ = ["SENTENCE_END", "VERB", "VERB_FIRST", "has_nominate_verb", "withdrawal_spans"]

SENTENCE_END = re.compile(r"[.!?。！？؟]\s|\n\s*\n")
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
# A withdrawal needs both the verb and the thing withdrawn, close together:
# "we withdraw the nomination of", "retirer la candidature", "отозвать кандидатуру", "撤回...提名".
_WITHDRAW_VERB = (
    r"withdraw\w*|retir(?:er|ons|ez|ar|amos|a|e|é|ée)\b|retrait|annul\w*|cancel\w*|отозва\w*|отзыва\w*"
    r"|отзыв|снять|снимаем|撤回|撤销|取消|سحب|نسحب|إلغاء"
)
_WITHDRAW_OBJECT = r"nominat\w*|candidat\w*|d[ée]sign\w*|designa\w*|кандидатур\w*|提名|ترشيح|membership|participation"
_WITHDRAW_VERB_RE = re.compile(f"(?=[wWrRaAcCоОсС撤取سنإ])(?:{_WITHDRAW_VERB})", re.IGNORECASE)
_WITHDRAW = re.compile(
    rf"(?:{_WITHDRAW_VERB})(?:[^.!?\n]|\n(?!\s*\n)){{0,80}}?(?:{_WITHDRAW_OBJECT})"
    rf"|(?:{_WITHDRAW_OBJECT})(?:[^.!?\n]|\n(?!\s*\n)){{0,40}}?(?:{_WITHDRAW_VERB})",
    re.IGNORECASE,
)


def has_nominate_verb(text: str) -> bool:
    return bool(_VERB_RE.search(text))


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
