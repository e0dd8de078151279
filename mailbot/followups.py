"""Partial answers in a thread: labelled fields that name nobody, read for the nomination they continue.

The parser calls a message a nomination only when it names someone; an
office answering our request often sends just the missing line
("WIPO Accounts username: xa-hcarter"). Once intake knows the message
continues an open nomination, those lines are read here with the parser's
own labelled-field reader.
"""

from __future__ import annotations

from parsers.drafts import PERSON_FIELDS, Draft
from parsers.fields import read_labelled
from parsers.models import Evidence, ParsedEmail, ParseOptions, TaskForceCatalog
from parsers.models import Nominee as ParsedNominee

__all__ = ["with_followup_fields"]


def _nominee(
    index: int, draft: Draft, options: ParseOptions, evidence: dict[str, Evidence]
) -> ParsedNominee | None:
    own = {a.lower() for a in options.own_addresses}
    examples = {u.lower() for u in options.example_usernames}
    values: dict[str, str] = {}
    for name in PERSON_FIELDS:
        found = draft.values.get(name)
        if found is None:
            continue
        # Our own address in the quoted signature, or the circular's example, is no answer.
        if (name == "account_email" and found.value.lower() in own) or (
            name == "username" and found.value.lower() in examples
        ):
            continue
        values[name] = found.value
        evidence[f"nominees[{index}].{name}"] = Evidence(
            source=draft.source, start=found.start, end=found.end, rule=found.rule, text=found.text
        )
    if draft.tf_found is not None and draft.task_forces:
        evidence[f"nominees[{index}].task_forces"] = Evidence(
            source=draft.source,
            start=draft.tf_found.start,
            end=draft.tf_found.end,
            rule=draft.tf_found.rule,
            text=draft.tf_found.text,
        )
    if not values and not draft.task_forces:
        return None
    title = values.get("title")
    return ParsedNominee(
        title=title if title in ("Mr", "Mrs", "Ms") else None,
        last_name=values.get("last_name"),
        first_name=values.get("first_name"),
        position=values.get("position"),
        username=values.get("username"),
        account_email=values.get("account_email"),
        task_forces=tuple(draft.task_forces),
    )


def with_followup_fields(
    parsed: ParsedEmail, *, catalog: TaskForceCatalog, options: ParseOptions
) -> ParsedEmail:
    """`parsed` with the nominee fields its new text supplies, when the parser found none.

    "Dear Secretariat, WIPO Accounts username: xa-hcarter" gives one nominee
    holding only that username; threads.match_nominee then finds whose it is.
    """
    if parsed.nominees or not parsed.new_text.strip():
        return parsed
    fields = read_labelled(parsed.new_text, catalog, source="body")
    evidence = dict(parsed.evidence)
    nominees: list[ParsedNominee] = []
    for draft in fields.drafts:
        nominee = _nominee(len(nominees), draft, options, evidence)
        if nominee is not None:
            nominees.append(nominee)
    if not nominees:
        return parsed
    return parsed.model_copy(update={"nominees": tuple(nominees), "evidence": evidence})
