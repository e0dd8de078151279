"""Orchestration: bytes -> MIME -> classify -> quotes -> fields -> one evidenced ParsedEmail."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from email.utils import formataddr, parseaddr

from parsers.annex import read_annex_rows
from parsers.answers import Answer, answer_pairs, keyed_answers, labelled_answers
from parsers.checks import org_domain
from parsers.classify import classify
from parsers.corrections import Correction, find_corrections
from parsers.drafts import Draft, Found, inline_pairs
from parsers.fields import apply_shared, read_labelled
from parsers.language import detect_language
from parsers.mime import MimeView, read_message
from parsers.models import Attachment, Evidence, Kind, ParsedEmail, ParseOptions, TaskForceCatalog
from parsers.offices import (
    letterhead_office,
    names_institution,
    prose_office,
    signature_office,
    spelled_out,
)
from parsers.phrases import has_nominate_verb, support_question, withdrawal_spans, withdrawn_texts
from parsers.prose import find_people
from parsers.quotes import QuoteSplit, split_quotes
from parsers.reference import find_reference
from parsers.self_nomination import self_nominee
from parsers.taskforces import ALSO, find_task_forces, mentions_all
from parsers.validate import assemble

__all__ = ["parse_email"]

_MAX_SOURCE_CHARS = 200_000
# Bidirectional marks around Latin text in Arabic mail ("\u200fqa-jdoe\u200f") carry no
# content (Unicode UAX #9); blanked one for one, so that offsets stay those of the text.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = str.maketrans(dict.fromkeys(_BIDI_MARKS, " ") | {"\uff20": "@"})
# A full-width at sign ("x＠office.example", typed with a CJK input method) is an at sign.
_HAS_BIDI = re.compile(f"[{_BIDI_MARKS}\uff20]")
_CAMPAIGN = re.compile(
    r"(?=[WwOoCcВвКкTtÉéEeЦц产產工ال])\b(?:WIPO|OMPI|CWS|ВОИС|КСВ)\b|task\s*force|[ée]quipe\s+d['’]experts|equipo\s+t[ée]cnico"
    r"|целев\w+\s+групп|产权组织|產權組織|工作队|工作隊|الويبو|فرق(?:ة)?\s+العمل",
    re.IGNORECASE,
)


def _source_text(text: str) -> str:
    text = text[:_MAX_SOURCE_CHARS]
    # translate() looks every character up; most mail has no mark to blank.
    return text.translate(_BIDI) if _HAS_BIDI.search(text) else text


@dataclass(frozen=True)
class _Source:
    name: str
    text: str
    signature: str = ""
    # Forwarded mail and the sender's own quoted earlier message complete what the
    # sender wrote now; they add people only when the sender's own text names nobody.
    secondary: bool = False
    # Who wrote a forwarded message ("Claire Martin <claire.martin@office.example>").
    sender: str | None = None
    # Answers keyed to the quoted request's questions ("a) ...", "b) ..."), for its nominee.
    answers: tuple[Answer, ...] = ()
    # Task forces the sender's own text adds beside those answers ("... aussi à ...").
    also: tuple[str, ...] = ()


@dataclass
class _Reading:
    drafts: list[Draft]
    office: Found | None
    office_source: str
    context_tfs: list[Found]
    context_source: str
    withdrawal: bool
    verb: bool


def _attachment_sources(view: MimeView) -> list[_Source]:
    return [
        _Source(f"attachment:{a.filename}", _source_text(a.text))
        for a in view.attachments
        if a.text
    ]


def _own_earlier(split: QuoteSplit, sender: str | None, options: ParseOptions) -> bool:
    """Whether the quoted message is the sender's office's own earlier mail (never ours)."""
    quoted_from = split.earlier_from
    if split.earlier_start is None or not quoted_from or not sender or "@" not in sender:
        return False
    own = {a.lower() for a in options.own_addresses}
    own_domains = {org_domain(a.partition("@")[2]) for a in own}
    domain = org_domain(quoted_from.partition("@")[2])
    return (
        quoted_from not in own
        and domain not in own_domains
        and domain == org_domain(sender.partition("@")[2])
    )


# Answers typed into the quoted request for missing details: lines of one's own between its
# "> " lines, or "Answer: ..." after each question ("الرد: x", "答复：x", "Réponse : x").
_QUOTED_LINE = re.compile(r"^[ \t]*>")
_ANSWER = re.compile(
    r"(?:^|(?<=[\s.?؟:]))(?:answer|reply|response|r[ée]ponse|respuesta|ответ|答复|回复|回答"
    r"|الرد|الجواب|الإجابة)[ \t]*[:：][ \t]*\S",
    re.IGNORECASE | re.MULTILINE,
)
# What an answer gives: an address, a username, or a yes.
_ANSWER_VALUE = re.compile(
    r"@|\b[a-z]{2}-[a-z0-9]|^\s*(?:yes|oui|s[ií]|да|是|对|نعم)", re.IGNORECASE | re.MULTILINE
)


def _answered_inline(split: QuoteSplit) -> bool:
    """Whether the sender answered inside the quoted message rather than above it."""
    if split.earlier_start is None:
        return False
    region = split.source[split.earlier_start :]
    lines = region.splitlines()
    quoted = [k for k, line in enumerate(lines) if _QUOTED_LINE.match(line)]
    if quoted:
        own = "\n".join(
            line
            for line in lines[quoted[0] : quoted[-1]]
            if line.strip() and not _QUOTED_LINE.match(line)
        )
        return bool(own) and _ANSWER_VALUE.search(own) is not None
    return len(_ANSWER.findall(region)) >= 2


def _after_quote(split: QuoteSplit) -> str:
    """The sender's own lines below the last quoted line (their signature), as a mask."""
    source = split.source
    last = max((m.end() for m in re.finditer(r"^[ \t]*>[^\n]*", source, re.MULTILINE)), default=-1)
    if last < 0:
        return ""
    return re.sub(r"[^\n]", " ", source[:last]) + source[last:]


def _sources(
    view: MimeView, options: ParseOptions, catalog: TaskForceCatalog
) -> tuple[list[_Source], QuoteSplit, bool]:
    """Texts to read, in priority order, plus the body's new and quoted masks."""
    body = _source_text(view.body_text)
    split = split_quotes(body, subject=view.headers.subject)
    sources = [_Source("body", split.new, split.signature, sender=view.headers.from_name or "")]
    sources.extend(_attachment_sources(view))
    forwarded = split.forwarded is not None
    # A forward of a forward: each message of the chain, outermost first.
    outer = split
    while outer.forwarded is not None:
        sources.append(
            _Source(
                "forwarded",
                outer.forwarded.new,
                outer.forwarded.signature,
                secondary=True,
                sender=outer.forward_sender,
            )
        )
        outer = outer.forwarded
    for inner in view.forwarded:
        forwarded = True
        inner_split = split_quotes(_source_text(inner.body_text), subject=inner.headers.subject)
        sender = formataddr((inner.headers.from_name or "", inner.headers.from_address or ""))
        sources.append(
            _Source(
                "forwarded", inner_split.new, inner_split.signature, secondary=True, sender=sender
            )
        )
        sources.extend(replace(s, secondary=True) for s in _attachment_sources(inner))
    earlier = split.earlier() if _own_earlier(split, view.headers.from_address, options) else None
    if earlier is not None:
        sources.append(_Source("quoted", earlier.new, earlier.signature, secondary=True))
    elif not forwarded and split.earlier_start is not None:
        pairs = answer_pairs(split.source, split.earlier_start, catalog)
        answered = split.earlier() if pairs or _answered_inline(split) else None
        if answered is not None:
            # The questions and the answers typed among them read together, as one text,
            # each question asking for a field read as its label ("Position:").
            text = labelled_answers(answered.new, pairs, catalog)
            # Its signature is the one who asked; the sender's own may follow the quote.
            sources.append(_Source("answered", text, _after_quote(split), secondary=True))
        keyed = (
            ()
            if answered
            else tuple(keyed_answers(split.new, split.source, split.earlier_start, catalog))
        )
        request = split.earlier() if keyed else None
        if request is not None:
            # "a) Chef de ..." above the quoted "a) le poste occupé par M. X": the request,
            # without its questions, read with the answers keyed to them.
            chars = list(request.new)
            for answer in keyed:
                for p in range(*answer.question):
                    chars[p] = " " if chars[p] != "\n" else "\n"
                chars[slice(*answer.answer)] = list(split.source[slice(*answer.answer)])
            also = (
                tuple(hit.name for hit in find_task_forces(split.new, catalog))
                if ALSO.search(split.new)
                else ()
            )
            sources.append(
                _Source(
                    "answered",
                    "".join(chars),
                    split.signature,
                    secondary=True,
                    answers=keyed,
                    also=also,
                )
            )
    return sources, split, forwarded


def _same_person(a: Draft, b: Draft) -> bool:
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
    if not same("last_name"):
        return False
    return "first_name" not in a.values or "first_name" not in b.values or same("first_name")


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


def _read(sources: list[_Source], catalog: TaskForceCatalog) -> _Reading:
    drafts: list[Draft] = []
    office: Found | None = None
    office_source = "body"
    context: list[Found] = []
    context_source = "body"
    verb = withdrawal = False
    # "Please read pt-rsantos instead of pt-rsanto" above the sender's own quoted nomination:
    # the quoted one, corrected, is what they send now (looked for only under such a quote).
    fixes = (
        find_corrections(sources[0].text)
        if sources[0].name == "body" and any(s.name == "quoted" for s in sources)
        else []
    )
    for source in sources:
        labelled = read_labelled(source.text, catalog, source=source.name)
        found = [d for d in labelled.drafts if d.has_person_data or d.task_forces]
        withdrawn = withdrawal_spans(source.text)
        outside = source.text
        for start, end in withdrawn:
            outside = outside[:start] + " " * (end - start) + outside[end:]
        people = find_people(outside, catalog, source=source.name)
        verb = verb or has_nominate_verb(outside)
        withdrawal = withdrawal or bool(withdrawn and not source.secondary)
        if not any(d.has_name for d in found) and people:
            unnamed = [d for d in found if d.has_person_data]
            if len(unnamed) == 1 and len(people) == 1:
                people[0].absorb(unnamed[0])
                found = [d for d in found if d is not unnamed[0]]
            found = people + [d for d in found if d.has_person_data]
        unnamed = [d for d in found if d.has_person_data]
        if (
            source.name == "body"
            and source.sender is not None
            and len(unnamed) <= 1
            and not any(d.has_name for d in found)
        ):
            me = self_nominee(outside, source.signature, source.sender, catalog, source="body")
            if me is not None and (support_question(outside) or not _nominating(outside, catalog)):
                # A nominee asking why they cannot sign in, or writing with their username of
                # anything but a nomination: their details are no nomination.
                me = None
            if me is not None:
                # "Мой логин ВОИС: xx-x" as a labelled line: the writer's own details.
                for details in unnamed:
                    details.absorb(me)
                found = unnamed or [me]
        annex = read_annex_rows(outside, catalog, source=source.name)
        if annex.drafts and not any(d.has_name for d in found):
            found = annex.drafts
        else:
            # The same people read twice (a titled name in an unlabelled list is also prose).
            for extra in annex.drafts:
                twin = next((d for d in found if _same_person(d, extra)), None)
                if twin is not None:
                    twin.absorb(extra)
        if office is None and annex.office is not None and any(d.has_name for d in found):
            office, office_source = annex.office, source.name
        found = _merge_task_force_only(found)
        apply_shared(labelled.shared, found)
        heads = [d for d in found if d.has_name]
        for answer in source.answers if len(heads) == 1 else ():
            value = source.text[slice(*answer.answer)]
            heads[0].put(answer.field, value, *answer.answer, rule="label", text=value)
        if source.answers and len(heads) == 1:
            # "nous souhaitons qu'il participe aussi à ..." beside the answers: theirs too.
            heads[0].task_forces.extend(n for n in source.also if n not in heads[0].task_forces)
        # "正确的用户名是 cn-sunyu（不是 cn-sunyv）" below the labels: the value as corrected
        # in the same text.
        for fix in find_corrections(outside) if found else ():
            for draft in found:
                _corrected(draft, [fix], source.name)
        if source.name == "forwarded" and source.sender:
            found = _from_forward_sender(source, found)
        if withdrawn:
            # The person the withdrawal names (recited above it, "... in which we nominated
            # Ms X"): withdrawn, not nominated.
            gone = withdrawn_texts(source.text)
            found = [d for d in found if not _named_in(d, gone)]
        # Whether the texts read before this one named anyone (not the drafts this one
        # adds: a forwarded letter may name two people).
        named_before = any(d.has_name for d in drafts)
        for draft in found:
            twin = next((d for d in drafts if _same_person(d, draft)), None)
            if twin is not None:
                twin.absorb(draft)
            elif draft.has_person_data and (
                not source.secondary
                # The sender's own earlier mail only completes people named now; a
                # question quoting an old nomination is not a new one.
                or (source.name != "quoted" and not named_before)
                or (source.name == "quoted" and not named_before and _corrected(draft, fixes))
            ):
                drafts.append(draft)
        if office is None and (labelled.office or labelled.country):
            office = labelled.office or labelled.country
            office_source = source.name
        if not context and labelled.context_task_forces:
            context, context_source = labelled.context_task_forces, source.name
    if office is not None and office.rule in ("label", "table"):
        for source in sources:
            fuller = spelled_out(office, source.text)
            if fuller is not None:
                office, office_source = fuller, source.name
                break
    if office is None:
        # The text that names the nominees names their office first: a forwarded letter's
        # office, not the forwarding mission's signature.
        named = {d.source for d in drafts}
        for source in sorted(sources, key=lambda s: s.name not in named):
            office = prose_office(source.text) or signature_office(source.signature)
            if office is None and source.name.startswith("attachment:"):
                office = letterhead_office(source.text)
            if office is not None:
                office_source = source.name
                break
    return _Reading(drafts, office, office_source, context, context_source, withdrawal, verb)


# "I will be the Office's representative", "me postulo", "自荐": a writer's own part.
_OWN_PART = re.compile(
    r"\b(?:representative|repr[ée]sentant\w*|representante|представител\w*|volunteer\w*)"
    r"|代表|自荐|自薦|报名|報名|ممثل|نفسي",
    re.IGNORECASE,
)


def _nominating(text: str, catalog: TaskForceCatalog) -> bool:
    """Whether a writer giving their own username speaks of a nomination: a nominating
    verb, a task force, or their part as the office's representative. "al intentar
    ingresar a la Wiki con mi usuario co-x me aparece ..." nominates nobody."""
    return bool(
        has_nominate_verb(text)
        or _OWN_PART.search(text)
        or find_task_forces(text, catalog)
        or mentions_all(text)
    )


def _named_in(draft: Draft, texts: list[str]) -> bool:
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


def _corrected(draft: Draft, fixes: list[Correction], source: str = "body") -> bool:
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


def _from_forward_sender(source: _Source, found: list[Draft]) -> list[Draft]:
    """A nominee's own forwarded mail: details in the text, the name in its "From:" line."""
    name, _address = parseaddr(source.sender or "")
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


def _merge_task_force_only(drafts: list[Draft]) -> list[Draft]:
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
    new: str, subject: str, quoted: str, sources: list[_Source], options: ParseOptions
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
        new_text = "" if bounce else split_quotes(view.body_text[:_MAX_SOURCE_CHARS]).new_text
        return ParsedEmail(
            kind=verdict.kind,
            kind_reason=verdict.reason,
            language=detect_language(new_text),
            reference=match.canonical if match else None,
            headers=headers,
            attachments=attachments,
            new_text=new_text,
        )
    sources, split, forwarded = _sources(view, options, catalog)
    new, quoted, new_text = split.new, split.quoted, split.new_text
    language = detect_language(new_text)
    if language is None or len(new_text) < 20:
        for source in sources[1:]:
            language = detect_language(source.text) or language
            if language:
                break
    reference, ref_evidence = _reference(new, headers.subject, quoted, sources, options)
    reading = _read(sources, catalog)
    unreadable = any(a.error or not a.text_extracted for a in attachments)
    return assemble(
        drafts=reading.drafts,
        office=reading.office,
        office_source=reading.office_source,
        context_task_forces=reading.context_tfs,
        context_source=reading.context_source,
        verb=reading.verb,
        campaign_words=bool(_CAMPAIGN.search(headers.subject))
        or any(_CAMPAIGN.search(source.text) for source in sources),
        withdrawal=reading.withdrawal,
        unreadable_attachment=unreadable,
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
