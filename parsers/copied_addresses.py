"""A nominee's account address the letter gives as "the one in copy": "su dirección ..., que
es la misma en la que la incluyo en copia", "her WIPO Account uses the address in copy",
"l'adresse en copie", "зарегистрирована на адрес в копии", "邮箱见抄送".

The address is the Cc address of the nominee: the one whose display name holds the
nominee's name, or whose local part is made of it ("beatriz.lozano", "blozano"). Other
people in copy (a head of unit, a registry) lend no address; when no Cc address, or more
than one, is the nominee's, the address is left empty rather than guessed.
"""

from __future__ import annotations

import re

from parsers.drafts import Draft, Found
from parsers.folding import fold
from parsers.sentence_bounds import TITLE_FREE_STOP

__all__ = ["accounts_in_copy"]

# "In copy" in five languages, on folded text (lower case, no accents).
_IN_COPY = re.compile(
    r"\b(?:en|con)\s+copia\b|\bva\s+copiad[oa]\b|\bcopiad[oa]\b"
    r"|\bin\s+(?:copy|cc)\b|\bcopied\b|\bcc['’]?(?:e)?d\b"
    r"|\ben\s+copie\b|\bmise?s?\s+en\s+copie\b"
    r"|(?<![\u0400-\u04ff])в\s+копи[июя]\b|(?<![\u0400-\u04ff])в\s+копию(?![\u0400-\u04ff])"
    r"|抄送"
)
# What is said to be in copy: an address or the account.
_ADDRESS_OR_ACCOUNT = re.compile(
    r"\b(?:e-?mail|address|account|correo|direccion|cuenta|courriel|adresse|compte)"
    r"|(?<![\u0400-\u04ff])(?:адрес|почт|учетн|аккаунт)|邮箱|邮件地址|电子邮件|账户|帐户|账号"
)
# Where to write or whom to ask is no account's address: "pueden dirigirse a la dirección en
# copia", "please contact the address in copy".
_CONTACT = re.compile(
    r"\b(?:dirigirse|dirijan|contact\w*|reply|write\s+to|responder|escribir|repondre|ecrire)\b"
    r"|(?<![\u0400-\u04ff])(?:обращ|связ|пишите|ответ)"
)
_SENTENCE_END = re.compile(rf"{TITLE_FREE_STOP}(?=\s)|[!?。！？]|\n\s*\n")
_LOCAL_SEPARATORS = re.compile(r"[._\-+]")
_ADDRESS_WORD = re.compile(r"[^\W\d_]+")


def _says_address_in_copy(text: str) -> bool:
    folded = fold(text)
    start = 0
    for stop in [*(m.end() for m in _SENTENCE_END.finditer(folded)), len(folded)]:
        sentence = folded[start:stop]
        start = stop
        if (
            _IN_COPY.search(sentence)
            and _ADDRESS_OR_ACCOUNT.search(sentence)
            and not _CONTACT.search(sentence)
        ):
            return True
    return False


def _name_words(draft: Draft) -> tuple[list[str], list[str]] | None:
    """The draft's given names and its possible surnames, folded. A last given name may be a
    first surname the letter did not tell ("Beatriz Lozano" + "Carrasco")."""
    first, last = draft.values.get("first_name"), draft.values.get("last_name")
    if first is None or last is None:
        return None
    given = fold(first.value).split()
    family = fold(last.value).replace("-", " ").split()
    if not given or not family:
        return None
    return given, family + given[1:]


def _by_display(name: str, given: list[str], family: list[str]) -> bool:
    """ "Lozano Carrasco, Beatriz", "Smith, Jane", "Иванова Мария Петровна": the nominee's
    given name and a surname, and no word that is not the nominee's."""
    words = _ADDRESS_WORD.findall(fold(name))
    return (
        len(words) >= 2
        and set(words) <= set(given) | set(family)
        and given[0] in words
        and any(w in family for w in words)
    )


def _by_local_part(address: str, given: list[str], family: list[str]) -> bool:
    """ "beatriz.lozano", "blozano", "lozano.b": the given name (or its initial) and a surname."""
    local = _LOCAL_SEPARATORS.sub("", fold(address.split("@", 1)[0]))
    first = given[0]
    return any(
        local in (first + s, s + first, first[0] + s, s + first[0]) for s in family if len(s) >= 2
    )


def accounts_in_copy(
    drafts: list[Draft], text: str, cc: tuple[str, ...], cc_names: tuple[str, ...], cc_header: str
) -> None:
    """Give each named nominee without an account address the one Cc address that is theirs,
    when `text` says the address is the one in copy. Changes the drafts in place."""
    if not cc or not _says_address_in_copy(text):
        return
    names = cc_names if len(cc_names) == len(cc) else ("",) * len(cc)
    taken = {
        d.values["account_email"].value.casefold() for d in drafts if "account_email" in d.values
    }
    matches: dict[int, list[int]] = {}
    for k, draft in enumerate(drafts):
        words = _name_words(draft)
        if words is None or "account_email" in draft.values:
            continue
        matches[k] = [
            i
            for i, (address, name) in enumerate(zip(cc, names, strict=True))
            if _by_display(name, *words) or _by_local_part(address, *words)
        ]
    claimed = [i for hits in matches.values() for i in hits]
    for k, hits in matches.items():
        # One address, claimed by no one else and no one's account already.
        if len(hits) != 1 or claimed.count(hits[0]) > 1 or cc[hits[0]].casefold() in taken:
            continue
        address = cc[hits[0]]
        where = cc_header.casefold().find(address.casefold())
        start, end = (where, where + len(address)) if where >= 0 else (0, 0)
        drafts[k].values["account_email"] = Found(
            address, start, end, "copy", cc_header[start:end] or address, "header:Cc"
        )
