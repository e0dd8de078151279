"""Mail that gives only its writer's own contact details: a question signed in labelled lines."""

from __future__ import annotations

from parsers.drafts import Draft

__all__ = ["own_details_only"]


def own_details_only(drafts: list[Draft], sender: str | None) -> bool:
    """Whether the one person the mail gives is its writer, by name and own address alone.

    "My details: Name: ..., E-mail: <the address it is sent from>, Phone: ..." under a
    student's question about patents: anybody signs so. Without a WIPO Account username or
    a task force, the sender's own address says who wrote, not whom an office nominates;
    the caller checks that no circular is cited and no nominating verb is used.
    """
    people = [d for d in drafts if d.has_person_data]
    if len(people) != 1 or not sender:
        return False
    if any(d.task_forces or d.unknown_task_forces or d.tf_found is not None for d in drafts):
        return False
    (person,) = people
    address = person.values.get("account_email")
    return (
        "username" not in person.values
        and address is not None
        and address.value.lower() == sender.lower()
    )
