"""Which office the texts of a message name outside its labelled fields: a covering note's
enclosed letter, a sentence, the signature (or its short name spelled out elsewhere), and
whether a forward stayed within the sender's own mail domain."""

from __future__ import annotations

from email.utils import parseaddr

from parsers.country_adjuncts import without_signed_country
from parsers.drafts import Found
from parsers.enclosed_offices import enclosed_office
from parsers.letterhead import is_wipo
from parsers.message_sources import Source
from parsers.prose_offices import prose_office
from parsers.short_office_names import signed_in_full
from parsers.signature_offices import (
    acronym_of_sender,
    office_of_department,
    signature_office,
    spelled_out_in_signature,
)

__all__ = ["enclosing_office", "internal_forward", "signed_office"]


def _domain(address: str | None) -> str:
    return parseaddr(address or "")[1].rpartition("@")[2].casefold()


def internal_forward(sources: list[Source]) -> bool:
    """Whether every forwarded mail was sent from the top sender's own mail domain."""
    forwards = [s for s in sources if s.name == "forwarded" and s.sender]
    home = _domain(sources[0].address)
    return bool(home and forwards) and all(_domain(s.sender) == home for s in forwards)


def enclosing_office(sources: list[Source]) -> tuple[Found | None, str]:
    for source in sources:
        if source.name == "body" and not source.request:
            office = enclosed_office(source.text)
            if office is not None:
                return office, source.name
    return None, "body"


def _not_wipo(office: Found | None) -> Found | None:
    """The office, unless it is WIPO's own: our request pasted under an answer with no
    header a mail program would write signs for WIPO, never for the writer's office."""
    return None if office is None or is_wipo(office.value) else office


def signed_office(source: Source, sources: list[Source]) -> tuple[Found | None, str]:
    """The office a sentence of the text names, else the one the signature names, or the
    full name the text gives for the short name a signed department line ends with, or
    our quoted request gives for a short name on another line; with the text it is in."""
    office = (
        _not_wipo(prose_office(source.text))
        or _not_wipo(signature_office(source.signature))
        or acronym_of_sender(source.signature, source.address or source.sender)
    )
    if office is not None and office.rule == "prose":
        # "IPOS is pleased to nominate" over "Intellectual Property Office of Singapore"
        # in the signature: the full name.
        full = signed_in_full(office, source.signature)
        if full is not None:
            return full, source.name
        return without_signed_country(office, source.signature) or office, source.name
    if office is None or office.rule != "signature":
        return office, source.name
    fuller = office_of_department(office, source.text)
    if fuller is not None:
        return fuller, source.name
    for request in (s for s in sources if s.request):
        fuller = spelled_out_in_signature(source.signature, request.text)
        if fuller is not None:
            return fuller, request.name
    return office, source.name
