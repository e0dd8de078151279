"""Checks a clerk makes on one nominee's username and account e-mail (cws-facts.md 4.2)."""

from __future__ import annotations

import re

from parsers.models import ParseWarning
from parsers.st3 import same_office_code

__all__ = ["check_email", "check_username", "org_domain"]

# Free mail providers: their users say nothing about which office they work for.
_WEBMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.es",
        "yahoo.co.uk",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.es",
        "outlook.com",
        "outlook.fr",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mail.ru",
        "yandex.ru",
        "ya.ru",
        "bk.ru",
        "list.ru",
        "inbox.ru",
        "rambler.ru",
        "qq.com",
        "163.com",
        "126.com",
        "sina.com",
        "sohu.com",
        "yeah.net",
        "gmx.de",
        "gmx.net",
        "web.de",
        "protonmail.com",
        "proton.me",
        "laposte.net",
        "orange.fr",
        "free.fr",
        "wanadoo.fr",
        "uol.com.br",
        "bol.com.br",
    ]
)
# Local parts of shared mailboxes; WIPO Accounts are personal (cws-facts.md 4.2).
_GENERIC = frozenset(
    [
        "info",
        "information",
        "contact",
        "contacts",
        "contacto",
        "contato",
        "office",
        "admin",
        "administration",
        "secretariat",
        "secretaria",
        "secretariado",
        "mail",
        "email",
        "cws",
        "registry",
        "general",
        "enquiries",
        "inquiries",
        "webmaster",
        "postmaster",
        "noreply",
        "no",
        "reply",
        "international",
        "intl",
        "ipo",
        "patent",
        "patents",
        "standards",
        "standard",
        "correspondence",
        "support",
        "help",
        "helpdesk",
        "reception",
        "mailbox",
        "bureau",
        "courrier",
        "correo",
        "oficina",
        "cooperation",
        "cooperacion",
        "relations",
        "external",
        "affairs",
        "team",
        "desk",
        "office1",
        "wipo",
        "ompi",
    ]
)
_SECOND_LEVEL = frozenset(
    [
        "co",
        "com",
        "gov",
        "gob",
        "org",
        "ac",
        "go",
        "or",
        "net",
        "edu",
        "gouv",
        "nic",
        "gv",
        "govt",
        "mil",
        "ne",
    ]
)
_USERNAME_OK = re.compile(r"[A-Za-z0-9._-]+")


def org_domain(domain: str) -> str:
    """The registered part of a domain ("mail.uspto.gov" -> "uspto.gov", "x.gov.uk" -> "x.gov.uk")."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def check_username(
    username: str, path: str, code: str | None, warnings: list[ParseWarning]
) -> None:
    if len(username) < 4 or not _USERNAME_OK.fullmatch(username):
        warnings.append(
            ParseWarning(
                code="username_invalid",
                message=f"WIPO Accounts usernames are at least 4 Latin letters, digits or hyphens, without spaces: {username!r}",
                field=path,
            )
        )
    prefix, dash, _ = username.partition("-")
    if code and dash and not same_office_code(prefix, code):
        warnings.append(
            ParseWarning(
                code="username_prefix_mismatch",
                message=f"username prefix {prefix!r} is not the office's ST.3 code {code!r}",
                field=path,
            )
        )


def check_email(
    address: str, path: str, sender: str | None, own: set[str], warnings: list[ParseWarning]
) -> None:
    local, _, domain = address.partition("@")
    if all(part in _GENERIC or part.isdigit() for part in re.split(r"[._+-]", local) if part):
        warnings.append(
            ParseWarning(
                code="generic_account_email",
                message=f"{address} looks like a shared mailbox; WIPO Accounts are personal",
                field=path,
            )
        )
    sender_domain = sender.partition("@")[2].lower() if sender and "@" in sender else ""
    own_domains = {org_domain(a.partition("@")[2]) for a in own}
    # Only an institutional sender domain says which domain the nominee's address should have.
    if (
        sender_domain
        and sender_domain not in _WEBMAIL
        and org_domain(sender_domain) not in own_domains
        and org_domain(domain) != org_domain(sender_domain)
    ):
        warnings.append(
            ParseWarning(
                code="account_email_domain_mismatch",
                message=f"account e-mail domain {domain} differs from the sender's {sender_domain}",
                field=path,
            )
        )
