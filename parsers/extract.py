"""Orchestration: bytes -> MIME -> classify -> quotes -> fields -> one evidenced ParsedEmail."""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.caps_names import resplit_caps_names
from parsers.classify import classify
from parsers.copied_addresses import accounts_in_copy
from parsers.drafts import Found
from parsers.executables import is_executable_error
from parsers.header_names import surnames_from_display_names
from parsers.language import detect_language
from parsers.link_addresses import link_mismatches
from parsers.list_relay import relayed_post
from parsers.locked_files import is_locked_error, says_password_protected
from parsers.message_sources import MAX_SOURCE_CHARS, Source, message_sources
from parsers.mime import MimeView, read_message
from parsers.models import (
    Attachment,
    Evidence,
    Kind,
    ParsedEmail,
    ParseOptions,
    ParseWarning,
    TaskForceCatalog,
)
from parsers.quotes import split_quotes
from parsers.reference import find_reference
from parsers.source_reading import read_sources
from parsers.subject_nominees import read_subject
from parsers.two_surnames import resplit_two_surnames
from parsers.validate import assemble

__all__ = ["parse_email"]

_CAMPAIGN = re.compile(
    r"(?=[WwOoCcВвКкTtÉéEeЦц产產工专專ال])\b(?:WIPO|OMPI|CWS|ВОИС|КСВ)\b|task\s*force|[ée]quipe\s+d['’]experts|equipo\s+t[ée]cnico"
    # Hong Kong's word for a task force is 專責小組.
    r"|целев\w+\s+групп|产权组织|產權組織|工作队|工作隊|專責小組|专责小组|الويبو|فرق(?:ة)?\s+العمل",
    re.IGNORECASE,
)


def _attachments(view: MimeView) -> tuple[Attachment, ...]:
    return tuple(
        Attachment(
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            text_extracted=bool(a.text),
            error=a.error,
        )
        for a in view.attachments
    )


def _reference(
    new: str, subject: str, quoted: str, sources: list[Source], options: ParseOptions
) -> tuple[str | None, Evidence | None]:
    accepted = options.accepted_references
    for text, source, rule in (
        (new, "body", "reference"),
        (subject, "subject", "reference"),
        *((s.text, s.name, "reference") for s in sources[1:]),
        (quoted, "body", "quoted"),
    ):
        match = find_reference(text, accepted)
        if match is not None:
            return match.canonical, Evidence(
                source=source, start=match.start, end=match.end, rule=rule, text=match.text
            )
    return None, None


def parse_email(
    raw: bytes, *, catalog: TaskForceCatalog, options: ParseOptions | None = None
) -> ParsedEmail:
    """Read one raw message the way a careful clerk would.

    Only what the sender wrote now counts (quoted history and signatures are set
    aside; a forwarded message is read when the sender's own text names nobody);
    every value comes with its evidence, and anything that is not clearly a
    nomination comes back as kind "other", never "nomination".
    """
    options = options or ParseOptions()
    view = read_message(raw, options)
    headers = view.headers
    attachments = _attachments(view)
    verdict = classify(view, options.own_addresses)
    if verdict.kind is not None:
        # Machines' mail: no fields, but the language and reference help staff triage it.
        match = find_reference(headers.subject, options.accepted_references)
        # A bounce's text is the mail server's, not a correspondent's: no language.
        bounce = verdict.kind is Kind.BOUNCE
        new_text = "" if bounce else split_quotes(view.body_text[:MAX_SOURCE_CHARS]).new_text
        return ParsedEmail(
            kind=verdict.kind,
            kind_reason=verdict.reason,
            language=detect_language(new_text),
            reference=match.canonical if match else None,
            headers=headers,
            attachments=attachments,
            new_text=new_text,
        )
    writer = relayed_post(view)
    if writer is not None:
        # A list relayed the writer's answer: read it as sent from the writer's own address.
        headers = headers.model_copy(
            update={"author_address": writer.address, "author_name": writer.name or None}
        )
        view = replace(
            view,
            headers=headers.model_copy(
                update={"from_address": writer.address, "from_name": writer.name or None}
            ),
        )
    sources, split, forwarded = message_sources(view, options, catalog)
    new, quoted, new_text = split.new, split.quoted, split.new_text
    language = detect_language(new_text)
    if language is None or len(new_text) < 20:
        for source in sources[1:]:
            language = detect_language(source.text) or language
            if language:
                break
    reference, ref_evidence = _reference(new, headers.subject, quoted, sources, options)
    reading = read_sources(sources, catalog)
    if sources[0].name == "body":
        # "Comme indiqué en objet", "如题": the subject names whom the body's details are for.
        read_subject(reading, headers.subject, sources[0].text, catalog)
    # "Sra. Ana Pérez Gómez": a Spanish or Portuguese name's two surnames, before the
    # headers' display names (and the username, in assemble) may say otherwise.
    resplit_two_surnames(reading.drafts, language)
    # "JOHN SMITH": a name in capitals split as another mention of the person or the
    # language's order marks its surname.
    resplit_caps_names(
        reading.drafts,
        (*(s.text for s in sources), *(n for n in (headers.from_name, *headers.cc_names) if n)),
        language,
    )
    # "Lozano Carrasco, Beatriz" in copy: where her surnames start, and, when the letter
    # says her address is the one in copy, which address that is.
    surnames_from_display_names(reading.drafts, (headers.from_name, *headers.cc_names))
    accounts_in_copy(reading.drafts, new, headers.cc, headers.cc_names, view.header("cc") or "")
    # A program or script is no letter left unread.
    unreadable = any(
        (a.error or not a.text_extracted) and not is_executable_error(a.error) for a in attachments
    )
    # A password locks the files, or the cover says so: nothing to read until it comes.
    locked = unreadable and (
        any(is_locked_error(a.error) for a in attachments) or says_password_protected(new_text)
    )
    parsed = assemble(
        drafts=reading.drafts,
        office=_plain_apostrophes(reading.office),
        office_source=reading.office_source,
        context_task_forces=reading.context_tfs,
        context_source=reading.context_source,
        verb=reading.verb,
        campaign_words=bool(_CAMPAIGN.search(headers.subject))
        or any(_CAMPAIGN.search(source.text) for source in sources),
        withdrawal=reading.withdrawal,
        unreadable_attachment=unreadable,
        locked_attachment=locked,
        source_texts=tuple(source.text for source in sources),
        reference=reference,
        reference_evidence=ref_evidence,
        language=language,
        headers=headers,
        attachments=attachments,
        new_text=new_text,
        forwarded=forwarded,
        catalog=catalog,
        options=options,
    )
    return _with_link_warnings(parsed, view)


def _plain_apostrophes(office: Found | None) -> Found | None:
    """ "Registrar-General’s Department": the clerk writes an office's apostrophe plain, as
    in every office name on record ("l'Innovation", "d'Andorra")."""
    if office is None or "’" not in office.value:
        return office
    return replace(office, value=office.value.replace("’", "'"))


def _with_link_warnings(parsed: ParsedEmail, view: MimeView) -> ParsedEmail:
    """Point out an account address written as a link to another address: the one shown is
    taken (the sender typed it), but the link may be what was meant."""
    if not any(n.account_email for n in parsed.nominees):
        return parsed
    other = link_mismatches(view.body_html, view.body_text)
    warnings = [
        ParseWarning(
            code="account_email_link_mismatch",
            message=f"{nominee.account_email} is written as a link to "
            f"{other[nominee.account_email]}: check which address is meant",
            field=f"nominees[{i}].account_email",
        )
        for i, nominee in enumerate(parsed.nominees)
        if nominee.account_email and nominee.account_email in other
    ]
    if not warnings:
        return parsed
    return parsed.model_copy(update={"warnings": (*parsed.warnings, *warnings)})
