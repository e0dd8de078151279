"""A username cell saying the WIPO Account is still being made ("being created", "en
création", "en proceso", "requested") or its username is not yet known ("not yet
available", "to follow", "pas encore disponible", "aún no disponible"): a status, not a
username, nor is any one word of such a phrase ("... as soon as it is available"). Notes in Cyrillic, Han or
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

# The words of a phrase saying the username is not known yet, in the Latin-script
# languages: a cell made only of them, one of them saying when or whether, is such a
# phrase ("not yet available", "available soon", "à suivre", "todavía no disponible").
_WHEN_WORDS = frozenset(
    re.findall(
        r"\S+",
        """available unavailable disponible disponibles indisponible indisponibles follow follows
        suivre venir pending pendiente pendientes forthcoming tba tbc tbd soon shortly later
        prochainement bientot ulterieurement pronto proximamente posteriormente adelante
        confirmar""",
    )
)
_FILLER_WORDS = frozenset(
    re.findall(
        r"\S+",
        "not yet still to will be is as a no non pas encore aun todavia por mas y and or ou o",
    )
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _fold(word: str) -> str:
    return word.lower().translate(str.maketrans("àâéèêíóôúûñ", "aaeeeioouun"))


def _says_not_known_yet(value: str) -> bool:
    words = [_fold(w) for w in _WORD.findall(value)]
    if not words or _WORD.sub("", value).strip(" .,;:!()[]-–—/"):
        return False  # a digit or a separator inside: a username's shape
    return any(w in _WHEN_WORDS for w in words) and all(
        w in _WHEN_WORDS or w in _FILLER_WORDS for w in words
    )


def says_account_pending(value: str) -> bool:
    """Whether the whole cell says the account is on its way.

    >>> says_account_pending("being created"), says_account_pending("en création")
    (True, True)
    >>> says_account_pending("not yet available"), says_account_pending("available")
    (True, True)
    >>> says_account_pending("ca-jsmith")
    False
    """
    return len(value) < 60 and (
        _PENDING.fullmatch(value.strip()) is not None or _says_not_known_yet(value)
    )
