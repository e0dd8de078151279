"""A username cell pointing at the account's e-mail address instead of giving a username:
"same as e-mail", "identical to the e-mail address", "identique à l'adresse
électronique", "el mismo que el correo", "igual al correo electrónico", "совпадает с
адресом эл. почты", "同邮箱", "与邮箱相同", "نفس البريد الإلكتروني", "this e-mail address".

A WIPO Accounts username may hold no "@" (cws-facts 4.2: no special characters), so the
address pointed at is no username: the phrase gives none, and the username stays missing
rather than wrong. The address itself, written in the cell or on its own line, is read as
the account's e-mail as any address is."""

from __future__ import annotations

import re

__all__ = ["points_at_address"]

# Words naming an e-mail address, in the six languages.
_ADDRESS_WORD = re.compile(
    r"e-?\s?mail|courriel|adresse|correo|direcci[óo]n|address|почт|адрес|e-?почт"
    r"|邮|郵|電郵|البريد|عنوان",
    re.IGNORECASE,
)
# Words saying the value is that of another field, or pointing at it.
_POINTER_WORD = re.compile(
    r"\b(?:same|identical|identique|m[êe]me|mism[oa]|igual|idem|this|that|ce|cette|este|esta"
    r"|ese|esa|uses?|utilise|utiliza|see|voir|véase|ver)\b"
    r"|совпада|такой\s+же|такая\s+же|тот\s+же|то\s+же|та\s+же|аналогич|этот|эта|см\."
    r"|同|相同|一致|即|نفس|مثل|ذات|يطابق|مطابق|هذا|هذه",
    re.IGNORECASE,
)
# A username-shaped token left once the address words are gone ("us-jroe", "jroe2"):
# the cell then gives a username with a remark, and keeps it.
_USERNAME_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+|[A-Za-z]+\d+")


def points_at_address(value: str) -> bool:
    """Whether a username value points at the e-mail address rather than giving a username."""
    if "@" in value or not _ADDRESS_WORD.search(value):
        return False
    if not _POINTER_WORD.search(value):
        return False
    return _USERNAME_TOKEN.search(_ADDRESS_WORD.sub(" ", value)) is None
