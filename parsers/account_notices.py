"""The WIPO Accounts "account created" mail, forwarded, quoted or attached by the account's
owner or their office.

A nominee often sends on the system's confirmation instead of typing her username: "Your
WIPO Account has been created ... Username: cn-x / E-mail: x@office.example". The username
it gives belongs to the address it gives, and to nobody else: it is taken for a nominee
whose account address is that one, or for the one nominee an office's cover names when no
one else holds that address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from parsers.drafts import Draft
from parsers.normalize import normalize_address

__all__ = ["CreatedAccount", "created_accounts", "sole_nominees_account"]

# The system's sentence: "Your WIPO Account has been created", "votre compte a été créé",
# "su cuenta ha sido creada", "учетная запись создана", "您的WIPO账户已创建", "تم إنشاء حسابك".
_CREATED = re.compile(
    r"\baccount\s+(?:has\s+been|was)\s+(?:successfully\s+)?created\b"
    r"|\bcompte\b[^\n.]{0,30}?\ba\s+été\s+(?:correctement\s+)?créé"
    r"|\bcuenta\b[^\n.]{0,30}?\b(?:ha\s+sido|fue)\s+(?:creada|cread[ao]\s+correctamente)"
    r"|\bse\s+ha\s+creado\s+(?:su|la)\s+cuenta"
    r"|уч[её]тная\s+запись[^\n.]{0,30}?\b(?:была\s+)?(?:успешно\s+)?создана"
    r"|(?:账户|帐户|账号|帳戶|帳號)(?:已|已经|已經)(?:成功)?(?:创建|建立|創建)"
    r"|تم\s+إنشاء\s+حساب",
    re.IGNORECASE,
)
# A word every form of that sentence holds: text without any is passed over at once.
_CREATED_WORDS = (
    "account",
    "compte",
    "cuenta",
    "запис",
    "账户",
    "帐户",
    "账号",
    "帳戶",
    "帳號",
    "حساب",
)
# Its labelled lines, each alone on its line (a quote's ">" before it): the username and
# the address the account was made for.
_QUOTE = r"^[ \t>]*"
_USERNAME_LINE = re.compile(
    _QUOTE + r"(?:user\s*-?\s*name|nom\s+d['’]utilisateur|identifiant|nombre\s+de\s+usuario"
    r"|имя\s+пользователя|логин|用户名|用戶名稱?|اسم\s+المستخدم)[ \t]*[:：][ \t]*"
    r"(?P<v>[A-Za-z0-9](?:[A-Za-z0-9._-]{0,40}[A-Za-z0-9])?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS_LINE = re.compile(
    _QUOTE
    + r"(?:e-?mail(?:\s+address)?|courriel|adresse\s+électronique|correo(?:\s+electr[óo]nico)?"
    r"|электронная\s+почта|почта|电子邮件|電子郵件|邮箱|郵箱|البريد\s+الإلكتروني)[ \t]*[:：][ \t]*"
    r"(?P<v>\S+@\S+?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# How far below its sentence the system's mail gives the values.
_REACH = 1500


@dataclass(frozen=True)
class CreatedAccount:
    """One account the system's mail confirms: its username (with where it stands) and address."""

    username: str
    start: int
    end: int
    address: str
    # The text the offsets are in: the body, or a message attached to it.
    source: str = "body"
    # Quoted in the history of an older exchange (see older_exchanges.py), not sent now.
    older: bool = False


def created_accounts(text: str, source: str = "body") -> list[CreatedAccount]:
    """The accounts confirmed by "account created" mails within `text`; a mail giving two
    usernames or two addresses gives none (which is whose?)."""
    found: list[CreatedAccount] = []
    folded = text.lower()
    if not any(word in folded for word in _CREATED_WORDS):
        return found
    for sentence in _CREATED.finditer(text):
        window = (sentence.start(), min(len(text), sentence.end() + _REACH))
        names = list(_USERNAME_LINE.finditer(text, *window))
        addresses = {
            a
            for m in _ADDRESS_LINE.finditer(text, *window)
            if (a := normalize_address(m.group("v"))) is not None
        }
        if len(names) != 1 or len(addresses) != 1:
            continue
        name = names[0]
        account = CreatedAccount(
            name.group("v"), name.start("v"), name.end("v"), addresses.pop(), source
        )
        if account not in found:
            found.append(account)
    return found


def sole_nominees_account(
    drafts: list[Draft], accounts: tuple[CreatedAccount, ...], sender_address: str | None
) -> None:
    """Give the one person an office's cover names the one account the notice it sends on
    confirms ("we nominate Ms X ... her WIPO Account confirmation is attached"): nobody
    else holds that address, and she gives no other. Only a notice sent now counts: one
    an older exchange quotes is left. A notice for the sender's own address is the
    writer's (self_nomination.py reads it)."""
    named = [d for d in drafts if d.has_name]
    # A notice an older exchange quotes went with that exchange's nominee, not with this one.
    accounts = tuple(a for a in accounts if not a.older)
    if len(accounts) != 1 or len(named) != 1:
        return
    account, person = accounts[0], named[0]
    address = account.address.casefold()
    if address == (sender_address or "").casefold() or "username" in person.values:
        return
    given = person.values.get("account_email")
    if given is not None and given.value.casefold() != address:
        return
    if any(
        (found := d.values.get("account_email")) is not None and found.value.casefold() == address
        for d in drafts
        if d is not person
    ):
        return
    for field, value in (("username", account.username), ("account_email", account.address)):
        if field in person.values:
            continue
        person.put(field, value, account.start, account.end, rule="notice", text=value)
        if field in person.values:
            person.values[field] = replace(person.values[field], source=account.source)
