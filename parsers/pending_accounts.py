"""A username cell saying the WIPO Account is still being made ("being created", "en
création", "en proceso", "requested"): a status, not a username. Notes in Cyrillic, Han or
Arabic script ("создается", "创建中", "قيد الإنشاء") hold no Latin letter and are never read
as usernames anyway; these are the Latin-script ones a username check would let through."""

from __future__ import annotations

import re

__all__ = ["says_account_pending"]

_PENDING = re.compile(
    r"[(\[]?(?:(?:wipo\s+)?account\s+|(?:le\s+)?compte\s+|(?:la\s+)?cuenta\s+)?(?:is\s+|est\s+|est[áa]\s+)?"
    r"(?:being\s+(?:created|set\s+up|registered|processed)|in\s+(?:progress|process|preparation)"
    r"|under\s+(?:creation|registration|way)|requested|applied\s+for|awaiting\s+creation"
    r"|en\s+(?:cr[ée]ation|attente|pr[ée]paration|proceso|creaci[óo]n|espera|curso)"
    r"|demand[ée]e?|solicitad[ao]|se\s+est[áa]\s+creando|cre[áa]ndose)"
    r"[)\].\s]*",
    re.IGNORECASE,
)


def says_account_pending(value: str) -> bool:
    """Whether the whole cell says the account is on its way.

    >>> says_account_pending("being created"), says_account_pending("en création")
    (True, True)
    >>> says_account_pending("ca-jsmith")
    False
    """
    return len(value) < 60 and _PENDING.fullmatch(value.strip()) is not None
