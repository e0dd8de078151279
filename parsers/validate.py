"""From drafts to the ParsedEmail: checks a clerk would make, what is missing, and the kind."""

from __future__ import annotations

import re

from parsers.checks import check_email, check_username
from parsers.contact_points import names_a_contact, names_contact_point
from parsers.drafts import Draft, Found
from parsers.example_rows import is_sample_person
from parsers.held_forwards import holds_forwarded
from parsers.job_applications import applies_for_job
from parsers.mailing_lists import adds_to_mailing_list_only
from parsers.matter_contacts import names_matter_contact
from parsers.models import (
    NOMINEE_FIELDS,
    Attachment,
    Evidence,
    HeaderFacts,
    Kind,
    Nominee,
    ParsedEmail,
    ParseOptions,
    ParseWarning,
    TaskForceCatalog,
)
from parsers.name_order import resplit_by_username
from parsers.nominates_nobody import (
    declines,
    defers,
    event_registration,
    nothing_new,
    thanks_only,
    withdraws_only,
)
from parsers.own_details import own_details_only
from parsers.phrases import has_nominate_verb
from parsers.post_appointments import appoints_to_posts_only
from parsers.st3 import office_code
from parsers.support_questions import (
    asks_about_account,
    asks_before_nominating,
    asks_for_circular_in_language,
    asks_if_may_nominate,
)
from parsers.survey_contacts import contact_for_other_circular

__all__ = ["assemble"]

# A body that only points at the attachment: "Please see attached.", "Ci-joint notre
# lettre.", "Adjunto la nota.", "См. вложение.", "详见附件。", "مرفق طيه".
_SEE_ATTACHED = re.compile(
    r"\b(?:(?:please\s+)?(?:see|find)\s+(?:the\s+)?attached|attached\s+(?:please\s+find|is|are)"
    r"|ci-?joint|en\s+pi[eè]ce\s+jointe|(?:ver|v[ée]ase)\s+(?:el\s+|la\s+)?(?:archivo\s+)?adjunt"
    r"|adjunt[oa]s?\b|se\s+adjunta"
    r"|см\.?\s+вложени|во\s+вложении|прилага\w*)|附件|附上|随函附|隨函附|مرفق|المرفق",
    re.IGNORECASE,
)
# A pointer and a greeting, no more: a longer text says what it sends itself.
_POINTER_ONLY_CHARS = 200
_QUESTION = re.compile(r"[?？؟]")


def _sends_attachment_only(subject: str, new_text: str) -> bool:
    """ "C. CWS 175 - KIPI nomination" over "Please see attached.": the subject says what the
    attachment is, the body only points at it; a question about it is no nomination."""
    text = new_text.strip()
    return (
        has_nominate_verb(subject)
        and len(text) <= _POINTER_ONLY_CHARS
        and _SEE_ATTACHED.search(text) is not None
        and not _QUESTION.search(f"{subject} {text}")
    )


def _evidence(found: Found, source: str) -> Evidence:
    # A value taken over from another draft keeps the source it was read from.
    return Evidence(
        source=found.source or source,
        start=found.start,
        end=found.end,
        rule=found.rule,
        text=found.text[:500],
    )


def _nominee(
    index: int,
    draft: Draft,
    *,
    code: str | None,
    context: tuple[list[Found], str],
    headers: HeaderFacts,
    catalog: TaskForceCatalog,
    options: ParseOptions,
    evidence: dict[str, Evidence],
    warnings: list[ParseWarning],
) -> Nominee:
    path = f"nominees[{index}]"
    own = {a.lower() for a in options.own_addresses}
    examples = {u.lower() for u in options.example_usernames}
    values = {name: found.value for name, found in draft.values.items()}
    if values.get("account_email", "").lower() in own:
        values.pop("account_email")
    if values.get("username", "").lower() in examples:
        values.pop("username")
        warnings.append(
            ParseWarning(
                code="example_username",
                message="the circular's example username was given",
                field=f"{path}.username",
            )
        )
    if {"last_name", "first_name", "username"} <= values.keys():
        resplit = resplit_by_username(values["last_name"], values["first_name"], values["username"])
        if resplit is not None:
            values["last_name"], values["first_name"] = resplit
    for name in values:
        evidence[f"{path}.{name}"] = _evidence(draft.values[name], draft.source)
    task_forces = list(draft.task_forces)
    if draft.tf_found is not None:
        evidence[f"{path}.task_forces"] = _evidence(draft.tf_found, draft.source)
        if draft.tf_also:
            task_forces.extend(f.value for f in context[0] if f.value not in task_forces)
    elif context[0]:
        task_forces = list(dict.fromkeys(f.value for f in context[0]))
        evidence[f"{path}.task_forces"] = _evidence(context[0][0], context[1])
    order = {name: i for i, name in enumerate(catalog.names)}
    task_forces.sort(key=lambda name: order.get(name, len(order)))
    for unknown in draft.unknown_task_forces:
        historical = unknown in draft.historical
        warnings.append(
            ParseWarning(
                code="historical_task_force" if historical else "unknown_task_force",
                message=f"{unknown!r} is {'a former task force' if historical else 'not a task force in the catalogue'}",
                field=f"{path}.task_forces",
            )
        )
    if "username" in values:
        check_username(values["username"], f"{path}.username", code, warnings)
    if "account_email" in values:
        check_email(
            values["account_email"],
            f"{path}.account_email",
            headers.author_address or headers.from_address,
            own,
            warnings,
        )
    elif draft.invalid_emails:
        warnings.append(
            ParseWarning(
                code="account_email_invalid",
                message=f"not an e-mail address: {draft.invalid_emails[0]!r}",
                field=f"{path}.account_email",
            )
        )
    nominee = Nominee(
        title=values.get("title"),
        last_name=values.get("last_name"),
        first_name=values.get("first_name"),
        position=values.get("position"),
        username=values.get("username"),
        account_email=values.get("account_email"),
        task_forces=tuple(task_forces),
        unknown_task_forces=tuple(draft.unknown_task_forces),
    )
    missing = tuple(name for name in NOMINEE_FIELDS if not getattr(nominee, name))
    return nominee.model_copy(update={"missing": missing})


def _is_nomination(drafts: list[Draft], verb: bool) -> bool:
    for draft in drafts:
        has = draft.values
        if draft.has_name and ("username" in has or "account_email" in has or draft.task_forces):
            return True
        if draft.has_name and verb:
            return True
        if "username" in has and "account_email" in has:
            return True
    return False


def _other_circular_contact(
    drafts: list[Draft], verb: bool, reference: str | None, options: ParseOptions
) -> bool:
    """Contact details sent in reply to another circular (a survey's contact person).

    Without a nominating verb, a WIPO Account username or a task force given as such (a
    label or a table column, not a standard's number in a sentence), a person's name,
    post and address under another circular's number answer that circular.
    """
    if reference is None or reference in options.accepted_references or verb:
        return False
    return not any(
        "username" in d.values or (d.tf_found is not None and d.tf_found.rule != "prose")
        for d in drafts
    )


def _event_registration_only(text: str, reference: str | None, options: ParseOptions) -> bool:
    """People registered for a webinar or a session, outside the campaign's circular.

    Names, posts, addresses and even a standard's number ("a webinar on ST.26") are what
    such a registration gives; without the campaign's circular and without a nominating
    verb outside the registering sentences, nobody is nominated to a task force.
    """
    if reference is not None and reference in options.accepted_references:
        return False
    rest = event_registration(text)
    return rest is not None and not has_nominate_verb(rest)


def _only_recalled(drafts: list[Draft], text: str) -> bool:
    """ "We have nothing to add to our nomination sent on 4 October (Mr X, username ...)",
    "Mr X continues on the task force; no action is needed": people named in passing, in
    running text, by mail that asks for nothing new. A labelled block or a table of details
    is a nomination sent (again) whatever the words around it."""
    return _in_prose(drafts) and nothing_new(text)


def _in_prose(drafts: list[Draft]) -> bool:
    return all(found.rule in ("prose", "statement") for d in drafts for found in d.values.values())


def _addressed_to_us(headers: HeaderFacts, options: ParseOptions) -> bool:
    recipients = {a.lower() for a in (*headers.to, *headers.cc)}
    # No visible recipient (Bcc, a bare draft): nothing says it went elsewhere.
    return not recipients or bool(recipients & {a.lower() for a in options.own_addresses})


def _is_sample(draft: Draft, examples: set[str]) -> bool:
    values = {name: found.value for name, found in draft.values.items()}
    return is_sample_person(
        values.get("last_name"), values.get("first_name"), values.get("username"), examples
    )


def assemble(
    *,
    drafts: list[Draft],
    office: Found | None,
    office_source: str,
    context_task_forces: list[Found],
    context_source: str,
    verb: bool,
    campaign_words: bool,
    withdrawal: bool,
    unreadable_attachment: bool,
    locked_attachment: bool = False,
    source_texts: tuple[str, ...] = (),
    reference: str | None,
    reference_evidence: Evidence | None,
    language: str | None,
    headers: HeaderFacts,
    attachments: tuple[Attachment, ...],
    new_text: str,
    forwarded: bool,
    catalog: TaskForceCatalog,
    options: ParseOptions,
) -> ParsedEmail:
    """The final, evidenced result; kind is "nomination" only when the content is one."""
    warnings: list[ParseWarning] = []
    evidence: dict[str, Evidence] = {}
    examples = {u.casefold() for u in options.example_usernames}
    samples = [d for d in drafts if _is_sample(d, examples)]
    if samples:
        # The template's example row (Smith John, ca-jsmith) shows how to fill it in.
        drafts = [d for d in drafts if all(d is not s for s in samples)]
        warnings.append(
            ParseWarning(code="example_row", message="the circular's sample person was left out")
        )
    # A nomination answers the campaign: it cites a circular, names a task force, uses a
    # nominating verb or speaks of WIPO/CWS. Name and address alone are any form's fields.
    # A verb alone does not make mail addressed to others ours (another body's circular).
    signal = bool(
        reference
        or (verb and _addressed_to_us(headers, options))
        or campaign_words
        or context_task_forces
        or any(d.task_forces for d in drafts)
    )
    nomination = _is_nomination(drafts, verb) and signal and not (withdrawal and not verb)
    reason = "nominee fields found" if nomination else "no nominee named"
    if nomination and _other_circular_contact(drafts, verb, reference, options):
        nomination, reason = False, f"a contact person in reply to {reference}"
    if (
        nomination
        and not any(d.tf_found is not None and d.tf_found.rule != "prose" for d in drafts)
        and all(f.rule == "prose" for f in context_task_forces)
        and contact_for_other_circular(new_text, options.accepted_references)
    ):
        # "In reply to C. CWS 176 (the ST.27 survey), our contact person: ..., username ...;
        # our C. CWS 175 nominations went on 11 October": no task force, no nominee.
        nomination, reason = False, "a contact person for another circular's survey"
    if (
        nomination
        and forwarded
        and all(d.source == "forwarded" for d in drafts)
        and holds_forwarded(new_text)
    ):
        # "Please do not act on the e-mail below; our official list follows by 20 October."
        nomination, reason = False, "the office asks to hold the nomination it forwards"
    if nomination and applies_for_job(new_text):
        # "Me permito postularme al Programa de Pasantías": the writer's own details, a
        # username and task forces that interest them, under an application for a post.
        nomination, reason = False, "an application for an internship or a job"
    if nomination and _event_registration_only(new_text, reference, options):
        nomination, reason = False, "participants registered for an event"
    if nomination and not any("username" in d.values for d in drafts) and declines(new_text):
        # "We are not in a position to nominate anybody; our contact remains Ms X": a
        # refusal naming a contact. A WIPO Account username still makes a nomination.
        nomination, reason = False, "the office declines to nominate"
    if (
        nomination
        and not any("username" in d.values or d.task_forces for d in drafts)
        and defers(new_text)
    ):
        # "We will send you the names once approved; please contact Mr X": the man named
        # coordinates. A username or a task force of his own would make him a nominee.
        nomination, reason = False, "the office will send its nominations later"
    if (
        nomination
        and asks_about_account(new_text)
        and (not has_nominate_verb(new_text) or defers(new_text))
    ):
        # "The verification link has expired, could you resend it? My office will send my
        # nomination later": a nominee's question, with the account's values quoted below.
        nomination, reason = False, "a question about an account"
    if nomination and withdrawal and withdraws_only(new_text):
        # "Please no longer consider Mr X, nominated earlier; a new candidate will follow."
        nomination, reason = False, "withdrawal of a nomination"
    if nomination and _in_prose(drafts) and asks_before_nominating(new_text):
        # "Before we nominate Ms X, may her account use a private address?": a question.
        nomination, reason = False, "asks a question before nominating"
    if (
        nomination
        and not context_task_forces
        and not any("username" in d.values or d.task_forces for d in drafts)
        and asks_for_circular_in_language(new_text)
        and (not verb or names_a_contact(new_text))
    ):
        # "Просим направить текст циркулярного письма на русском языке ... Ответственное
        # лицо по данному вопросу: Ф.И.О.: ...": a question first; its contact is no nominee.
        nomination, reason = False, "asks for the circular in another language"
    if nomination and asks_if_may_nominate(new_text):
        # "Is it possible to nominate a researcher? If so, her details are ...": not yet.
        nomination, reason = False, "asks whether it may nominate"
    if (
        nomination
        and not context_task_forces
        and not any("username" in d.values or d.task_forces for d in drafts)
        and names_contact_point(new_text)
    ):
        # "Контактным лицом назначается: Ф.И.О.: ...": a new contact point for circulars.
        nomination, reason = False, "a change of the office's contact point"
    if (
        nomination
        and not verb
        and reference is None
        and not context_task_forces
        and own_details_only(drafts, headers.from_address)
    ):
        # "My details: Name: ..., E-mail: <the sender's address>" under a question about
        # something else: the writer signs; no circular, task force or verb nominates.
        nomination, reason = False, "the writer's own contact details, no nomination"
    if (
        nomination
        and not verb
        and reference is None
        and not context_task_forces
        and not any("username" in d.values or d.task_forces for d in drafts)
        and names_matter_contact(new_text)
    ):
        # "Our contact for this file: Name: ..., E-mail: ..." under a question about a Madrid
        # renewal sent here by mistake: mail to WIPO speaks of WIPO, but nothing of the
        # campaign is there; the person follows up the writer's own case.
        nomination, reason = False, "the contact person for the writer's own matter"
    if (
        nomination
        and not context_task_forces
        and not any("username" in d.values or d.task_forces for d in drafts)
        and appoints_to_posts_only((new_text, *source_texts))
    ):
        # "La nomination de M. X en qualité de Directeur général": a new head of office
        # announced with his details, appointed to a post, not nominated to a task force.
        nomination, reason = False, "an official appointed to a post, not to a task force"
    if (
        nomination
        and not context_task_forces
        and not any("username" in d.values or d.task_forces for d in drafts)
        and adds_to_mailing_list_only(new_text)
    ):
        # "Please add Mr X to our mailing list": a list of addresses, no task force.
        nomination, reason = False, "a person added to a mailing list, not to a task force"
    if nomination and _only_recalled(drafts, new_text):
        nomination, reason = False, "recalls a nomination or member and asks for nothing new"
    if nomination and thanks_only(new_text):
        # "Thank you for the wiki access of Mr X (username) and Ms Y": members already.
        nomination, reason = False, "thanks for access given and asks for nothing"
    if withdrawal:
        warnings.append(
            ParseWarning(code="withdrawal", message="the message withdraws a nomination")
        )
        reason = reason if nomination else "withdrawal of a nomination"
    if (
        not nomination
        and not drafts
        and (verb or _sends_attachment_only(headers.subject or "", new_text))
        and unreadable_attachment
        and reference
    ):
        if locked_attachment:
            # "The password will follow in a separate e-mail": nothing a clerk can read yet.
            reason = "the nomination is in a password-protected attachment, not readable yet"
            warnings.append(
                ParseWarning(
                    code="attachment_locked",
                    message="the attachment is password-protected: the office must send "
                    "the password or the files unlocked",
                )
            )
        else:
            nomination, reason = True, "nomination in an attachment that could not be read"
            warnings.append(
                ParseWarning(
                    code="attachment_unreadable",
                    message="the nomination seems to be in an attachment without readable text",
                )
            )
    if reference_evidence is not None:
        evidence["reference"] = reference_evidence
    if reference is not None and reference not in options.accepted_references:
        warnings.append(
            ParseWarning(
                code="other_circular",
                message=f"cites {reference}, not {options.campaign_reference}",
                field="reference",
            )
        )
    elif reference is None and nomination:
        warnings.append(
            ParseWarning(
                code="no_reference",
                message=f"{options.campaign_reference} is not cited",
                field="reference",
            )
        )
    if office is not None:
        evidence["office"] = _evidence(office, office_source)
    code = office_code(office.value) if office else None
    nominees: list[Nominee] = []
    # A task force one nominee joins "also" (said after the list) is theirs, not everybody's.
    theirs = {name for d in drafts if d.tf_also for name in d.task_forces}
    common = [f for f in context_task_forces if f.value not in theirs] or context_task_forces
    if nomination:
        for draft in drafts:
            if not draft.has_person_data:
                continue
            nominees.append(
                _nominee(
                    len(nominees),
                    draft,
                    code=code,
                    context=(common, context_source),
                    headers=headers,
                    catalog=catalog,
                    options=options,
                    evidence=evidence,
                    warnings=warnings,
                )
            )
    missing: list[str] = []
    if nomination:
        if office is None:
            missing.append("office")
        if not nominees:
            missing.append("nominees")
        missing.extend(
            f"nominees[{i}].{name}" for i, n in enumerate(nominees) for name in n.missing
        )
    return ParsedEmail(
        kind=Kind.NOMINATION if nomination else Kind.OTHER,
        language=language,
        reference=reference,
        office=office.value if office else None,
        nominees=tuple(nominees),
        missing=tuple(missing),
        warnings=tuple(warnings),
        evidence=evidence,
        kind_reason=reason,
        headers=headers,
        attachments=attachments,
        new_text=new_text,
        forwarded=forwarded,
    )
