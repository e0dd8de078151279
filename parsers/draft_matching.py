"""Nominee drafts from several texts set side by side: who is the same person, the values
a correction puts right, who a withdrawal names, what a forwarded message's sender adds,
and drafts that hold only task forces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from email.utils import parseaddr
from typing import cast

from parsers.corrections import Correction
from parsers.drafts import Draft, Found, inline_pairs
from parsers.initials_mentions import initials_mention
from parsers.message_sources import Source
from parsers.names import PersonName
from parsers.normalize import Title
from parsers.office_names import names_institution

__all__ = [
    "corrected",
    "from_forward_sender",
    "from_table",
    "in_table_order",
    "merge_task_force_only",
    "named_in",
    "same_person",
    "surname_shortened",
    "whole_name",
]


def same_person(a: Draft, b: Draft) -> bool:
    """Same username or account e-mail, or the same surname with no conflicting first name."""

    def same(name: str) -> bool:
        return (
            name in a.values
            and name in b.values
            and a.values[name].value.casefold() == b.values[name].value.casefold()
        )

    if same("username") or same("account_email"):
        return True
    if _surname_as_whole_name(a, b) or _surname_as_whole_name(b, a):
        return True
    if _same_name_words(a, b):
        return True
    if (_by_initials(a, b) or _by_initials(b, a)) and not _other_account(a, b):
        return True
    if not same("last_name"):
        return False
    return "first_name" not in a.values or "first_name" not in b.values or same("first_name")


def _person_name(draft: Draft) -> PersonName:
    title = draft.values.get("title")
    return PersonName(
        cast("Title | None", title.value if title else None),
        *(
            draft.values[n].value if n in draft.values else None
            for n in ("last_name", "first_name")
        ),
    )


def _by_initials(short: Draft, full: Draft) -> bool:
    """ "Ms J. Smith" in a reply above the quoted nomination of "Ms Jane Smith"."""
    return initials_mention(_person_name(short), _person_name(full))


def _other_account(a: Draft, b: Draft) -> bool:
    """Whether the two give different usernames or account addresses: "Ms J. Smith,
    username xx-jsmith2" beside "Ms Jane Smith, xx-jsmith" is another Smith."""
    return any(
        n in a.values
        and n in b.values
        and a.values[n].value.casefold() != b.values[n].value.casefold()
        for n in ("username", "account_email")
    )


def whole_name(twin: Draft, other: Draft) -> None:
    """The same person named by initials in one text and in full in another: the full
    name is theirs ("J. Smith" becomes "Jane Smith")."""
    if not _by_initials(twin, other):
        return
    for name in ("last_name", "first_name"):
        found = other.values.get(name)
        if found is not None:
            twin.values[name] = found if found.source else replace(found, source=other.source)


def surname_shortened(drafts: list[Draft], earlier: Draft) -> Draft | None:
    """The one person named now by the first of the surnames an earlier mail gives in full
    ("la cuenta de la Ing. Vargas" above "la Ing. Carla Vargas Quiroga"), with no first name
    and no other title; their surname is made whole. None if no one, or more than one."""
    last = earlier.values.get("last_name")
    if last is None:
        return None
    full = last.value.casefold().split()
    title = earlier.values.get("title")

    def shortened(draft: Draft) -> bool:
        short = draft.values.get("last_name")
        if short is None or "first_name" in draft.values:
            return False
        words = short.value.casefold().split()
        own = draft.values.get("title")
        return (
            len(words) < len(full)
            and full[: len(words)] == words
            and not (own and title and own.value != title.value)
        )

    hits = [d for d in drafts if shortened(d)]
    if len(hits) != 1:
        return None
    hits[0].values["last_name"] = last if last.source else replace(last, source=earlier.source)
    return hits[0]


def _same_name_words(a: Draft, b: Draft) -> bool:
    """ "Martín Ezequiel Ferreyra Lugones" heading the questions about him and "Apellido:
    Ferreyra Lugones" / "Nombre: Martín Ezequiel" below: the same words, split otherwise."""

    def words(d: Draft) -> list[str]:
        return sorted(
            w.casefold()
            for n in ("first_name", "last_name")
            if n in d.values
            for w in d.values[n].value.split()
        )

    mine = words(a)
    return len(mine) >= 2 and "last_name" in a.values and mine == words(b)


def _surname_as_whole_name(a: Draft, b: Draft) -> bool:
    """ "M. De Waele" later in a letter about "Monsieur Thibault DE WAELE": the surname
    with a particle reads as a first and a last name when written in mixed case."""
    last = a.values.get("last_name")
    if last is None or " " not in last.value.strip() or "last_name" not in b.values:
        return False
    whole = " ".join(b.values[n].value for n in ("first_name", "last_name") if n in b.values)
    return whole.casefold() == last.value.casefold()


def named_in(draft: Draft, texts: list[str]) -> bool:
    """Whether `texts` name the draft's person, by surname or username."""
    keys = [
        draft.values[name].value.casefold()
        for name in ("last_name", "username")
        if name in draft.values and len(draft.values[name].value) >= 2
    ]
    for text in texts:
        folded = text.casefold()
        if any(re.search(rf"(?<!\w){re.escape(key)}(?!\w)", folded) for key in keys):
            return True
    return False


def corrected(draft: Draft, fixes: list[Correction], source: str = "body") -> bool:
    """Put the right value wherever the draft holds a wrong one; whether any was."""
    applied = False
    for fix in fixes:
        for name, found in list(draft.values.items()):
            if fix.replaces(found.value):
                draft.values[name] = Found(
                    fix.new, fix.start, fix.end, "correction", fix.new, source=source
                )
                applied = True
    return applied


# Addresses no person writes from (RFC 3834's no-reply and daemon senders).
_MACHINE_SENDER = re.compile(
    r"(?:no-?reply|do-?not-?reply|donotreply|no_reply|noreply-[^@]*|mailer-daemon|postmaster"
    r"|notifications?|notify|alerts?)@",
    re.IGNORECASE,
)


def from_forward_sender(source: Source, found: list[Draft]) -> list[Draft]:
    """A nominee's own forwarded mail: details in the text, the name in its "From:" line."""
    name, address = parseaddr(source.sender or "")
    if _MACHINE_SENDER.match(address):
        # An account service's notice ("Verify your WIPO Account e-mail address") forwarded:
        # the program that signs it is nobody, and its values name no nominee by themselves.
        return found
    if not found:
        draft = Draft(source=source.name)
        for field_name, value, start, end in inline_pairs(source.text):
            draft.put(field_name, value, start, end, rule="prose", text=value)
        found = [draft] if "username" in draft.values else []
    unnamed = [d for d in found if not d.has_name]
    if len(found) == 1 and unnamed and name and "@" not in name and not names_institution(name):
        # Only the name: the address the nominee writes from need not be the account's (and
        # an office's own mailbox names no person).
        unnamed[0].put_name(name, 0, 0, "header")
    return found


def merge_task_force_only(drafts: list[Draft]) -> list[Draft]:
    """A draft holding only task forces belongs to its neighbour (or, leading, to everyone)."""
    out: list[Draft] = []
    shared: list[Draft] = []
    for draft in drafts:
        if draft.has_person_data:
            out.append(draft)
        elif out:
            out[-1].absorb(draft)
        else:
            shared.append(draft)
    for lead in shared:
        for draft in out:
            if draft.tf_found is None:
                draft.absorb(
                    Draft(
                        task_forces=lead.task_forces,
                        unknown_task_forces=lead.unknown_task_forces,
                        tf_found=lead.tf_found,
                        source=lead.source,
                    )
                )
    return out


def from_table(draft: Draft) -> bool:
    """A draft whose name was read from a row of a table."""
    name = draft.values.get("last_name") or draft.values.get("first_name")
    return name is not None and name.rule == "table"


def in_table_order(drafts: list[Draft], tables: list[list[Draft]]) -> None:
    """Put the nominees in the order of an annex's table that lists them all: the cover
    mail names one of them in passing ("Ms Him's account is still being created") before
    the table is read, but the table is the list."""
    if len(drafts) < 2:
        return
    for rows in tables:
        place = {id(d): i for i, d in reversed(list(enumerate(rows)))}
        if all(id(d) in place for d in drafts):
            drafts.sort(key=lambda d: place[id(d)])
            return
