"""The WIPO Account a covering note gives for one person of the list it forwards or quotes:
"учётная запись ВОИС для Р.И. Алиева создана сегодня — имя пользователя az-raliyev, адрес
...: r.aliyev@...", "Update: Mr Aliyev has created his WIPO Account, username az-raliyev",
"le compte OMPI de M. Aliyev a été créé : nom d'utilisateur az-raliyev". The list said the
account would follow; the note above it supplies it, for the one person it names.
"""

from __future__ import annotations

import re

from parsers.drafts import Draft, inline_pairs
from parsers.message_sources import Source
from parsers.scripts import CYRILLIC, HAN
from parsers.sentence_bounds import TITLE_FREE_STOP
from parsers.st3 import ST3_CODES, is_common_compound

__all__ = ["accounts_from_cover"]

# A full stop after a one-letter initial ("Р.И. Алиева", "J. Smith") ends no sentence.
_SENTENCE_END = re.compile(rf"(?<!\b\w){TITLE_FREE_STOP}\s|[!?؟]\s|[。！？]\s*|\n\s*\n")
_USERNAME = re.compile(
    r"(?<![A-Za-z0-9@.-])(?P<u>[a-z]{2}-[a-z][a-z0-9._-]{1,40}[a-z0-9])(?![A-Za-z0-9@-])",
    re.IGNORECASE,
)
# Without a username the sentence must say it is about the account, not just give an address.
_ACCOUNT_WORD = re.compile(
    r"account|compte|cuenta|учётн|учетн|账户|帐户|账号|賬戶|帳戶|حساب", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Russian surnames change their ending by case: "Алиев" -> "Алиева", "Гасанова" -> "Гасановой".
_RU_ENDING_REACH = 2


def _sentences(text: str) -> list[str]:
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        parts.append(text[start : match.end()])
        start = match.end()
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def _same_surname(word: str, surname: str) -> bool:
    """Whether `word` is `surname`, in another case if Russian."""
    word, surname = word.casefold(), surname.casefold()
    if word == surname:
        return True
    if not CYRILLIC.search(surname) or len(surname) < 4:
        return False
    common = len(surname) - 1 if surname.endswith(("а", "я")) else len(surname)
    return word[:common] == surname[:common] and 0 < len(word) - common <= _RU_ENDING_REACH + 1


def _mentions(sentence: str, draft: Draft) -> bool:
    last = draft.values.get("last_name")
    if last is None:
        return False
    first = draft.values.get("first_name")
    if HAN.search(last.value):
        full = last.value + (first.value if first else "")
        return len(full) >= 2 and full in sentence
    surname = last.value.split()
    words = _WORD.findall(sentence)
    return any(
        all(_same_surname(w, s) for w, s in zip(words[i : i + len(surname)], surname, strict=True))
        for i in range(len(words) - len(surname) + 1)
    )


def _account_values(sentence: str) -> dict[str, set[str]]:
    values: dict[str, set[str]] = {"username": set(), "account_email": set()}
    for name, value, _s, _e in inline_pairs(sentence):
        if name in values:
            values[name].add(value)
    if not values["username"]:
        values["username"] = {
            m.group("u")
            for m in _USERNAME.finditer(sentence)
            if m.group("u")[:2].lower() in ST3_CODES and not is_common_compound(m.group("u"))
        }
    return values


def accounts_from_cover(drafts: list[Draft], sources: list[Source]) -> None:
    """Give the people of a forwarded or quoted list the account values a sentence of the
    covering note gives for them by name. Only one username and one address to a sentence,
    naming one of them, who holds no other; nothing when unsure."""
    if not sources or sources[0].name != "body":
        return
    cover = sources[0]
    listed = [d for d in drafts if d.source != cover.name and d.has_name]
    if not listed or any(d.source == cover.name and d.has_name for d in drafts):
        return  # the note names its own people: their accounts are read with them
    for sentence in _sentences(cover.text):
        values = _account_values(sentence)
        if any(len(v) > 1 for v in values.values()) or not any(values.values()):
            continue
        if not values["username"] and not _ACCOUNT_WORD.search(sentence):
            continue
        named = [d for d in listed if _mentions(sentence, d)]
        if len(named) != 1:
            continue
        person = named[0]
        if any(
            name in person.values and person.values[name].value.casefold() != v.casefold()
            for name, found in values.items()
            for v in found
        ):
            continue  # the list gives another: a correction, read elsewhere
        start = cover.text.find(sentence)
        given = Draft(source=cover.name)
        for name, found in values.items():
            for value in found:
                at = start + sentence.find(value)
                given.put(name, value, at, at + len(value), rule="prose", text=value)
        person.absorb(given)
