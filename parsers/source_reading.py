"""Each text of a message read in turn (labelled lines, prose, annex rows, the writer's own
details) into one list of nominee drafts, with the office and the task forces named around
them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from email.utils import parseaddr

from parsers.account_notices import sole_nominees_account
from parsers.annex import read_annex_rows
from parsers.annex_items import items_in_fields, numbered_task_forces
from parsers.approved_items import approved_only
from parsers.corrections import find_corrections, find_swaps, supersedes_earlier
from parsers.cover_accounts import accounts_from_cover
from parsers.draft_matching import (
    corrected,
    from_forward_sender,
    from_table,
    in_table_order,
    merge_task_force_only,
    named_in,
    same_person,
    surname_shortened,
    whole_name,
)
from parsers.drafts import Draft, Found, inline_pairs
from parsers.fields import apply_shared, read_labelled
from parsers.letterhead import body_letterhead, in_ordinary_case, letterhead_office
from parsers.message_sources import Source
from parsers.models import TaskForceCatalog
from parsers.office_names import without_parent
from parsers.phrases import has_nominate_verb
from parsers.post_updates import repost
from parsers.prose import find_people
from parsers.prose_offices import spelled_out
from parsers.prose_titles import task_forces_from_prose, titles_from_prose
from parsers.recitals import recital_spans
from parsers.request_answers import addressed_office, answered_person, request_office
from parsers.self_nomination import own_card_office, self_nominee, signature_details
from parsers.signature_offices import (
    inflected_nominative,
    nominative_office,
)
from parsers.source_offices import enclosing_office, internal_forward, signed_office
from parsers.successors import unsucceeded
from parsers.support_questions import support_question
from parsers.task_force_edits import joined_also, swap_task_forces
from parsers.taskforces import find_task_forces, mentions_all
from parsers.title_corrections import retitled
from parsers.value_exchanges import exchange_values, restates
from parsers.web_forms import form_sender_fields
from parsers.withdrawals import withdrawal_spans, withdrawn_texts

__all__ = ["Reading", "read_sources"]


@dataclass
class Reading:
    drafts: list[Draft]
    office: Found | None
    office_source: str
    context_tfs: list[Found]
    context_source: str
    withdrawal: bool
    verb: bool


def _gaps_only(earlier: Draft, now: Draft) -> Draft:
    """What a withdrawn earlier draft may still give the same person named now: the fields
    the new text leaves empty, and task forces only if it names none."""
    gaps = replace(
        earlier,
        values={k: v for k, v in earlier.values.items() if k not in now.values},
        task_forces=[],
        unknown_task_forces=[],
        historical=[],
        tf_found=None,
        tf_also=False,
        invalid_emails=[],
    )
    if not (now.task_forces or now.unknown_task_forces):
        gaps.task_forces = list(earlier.task_forces)
        gaps.unknown_task_forces = list(earlier.unknown_task_forces)
        gaps.tf_found = earlier.tf_found
        gaps.tf_also = earlier.tf_also
    return gaps


def _table_resent(now: Draft, earlier: Draft) -> bool:
    """A person's row in a table sent again above the quoted one, with task forces of its
    own: the row as it stands now says which (a corrected table strikes the old one out);
    the quoted row only fills the cells it leaves empty."""
    return from_table(now) and from_table(earlier) and bool(now.task_forces)


def read_sources(sources: list[Source], catalog: TaskForceCatalog) -> Reading:
    drafts: list[Draft] = []
    office: Found | None = None
    office_source = "body"
    context: list[Found] = []
    context_source = "body"
    verb = withdrawal = False
    # The office on a self-nominee's one-line calling card ("Name - Post - Office").
    card_office: Found | None = None
    # "Please read pt-rsantos instead of pt-rsanto" above the sender's own quoted nomination:
    # the quoted one, corrected, is what they send now (looked for only under such a quote).
    quoted = next((s.text for s in sources if s.name == "quoted"), None)
    own_quote = sources[0].name == "body" and quoted is not None
    # "... could not register au-x and has created his account as au-y instead": a value
    # given anew for one the quoted mail holds.
    swaps = find_swaps(sources[0].text, quoted) if own_quote and quoted else []
    fixes = find_corrections(sources[0].text) + swaps if own_quote else []
    # "Please disregard my previous email" above it: the quoted mail is withdrawn; it only
    # fills what the new text leaves out for the people it names now.
    superseded = own_quote and supersedes_earlier(sources[0].text)
    # The people of the quoted nomination a correction above it resends, in its order.
    quoted_order: list[Draft] = []
    # The annex's numbered list of task forces, wherever the mail holds it (the circular
    # quoted below a reply): "items 5 and 9 of the annex" name task forces through it.
    numbered = numbered_task_forces((s.text for s in sources), catalog)
    # Each annex's table rows, as the people they are by the end.
    tables: list[list[Draft]] = []
    for source in sources:
        if source.card and not verb:
            # A card beside a contact-point change or a question names nobody: only a
            # text that nominates ("our colleague whose card is attached") makes it count.
            continue
        labelled = read_labelled(source.text, catalog, source=source.name)
        # "Task forces: items 5 and 9 of the annex": those of the circular's list.
        items_in_fields(labelled.drafts, numbered)
        found = [d for d in labelled.drafts if d.has_person_data or d.task_forces]
        # "We withdraw the nomination of Mr X. Ms Y will take his place.": a replacement.
        withdrawn = unsucceeded(source.text, withdrawal_spans(source.text), catalog)
        outside = source.text
        # "..., التي رشحنا بموجبها السيد X ...، يسعدنا أن نرشح أيضاً السيد Z": the earlier
        # nominees a sentence recalls before its own nominee are no nominees of it.
        for start, end in [*withdrawn, *recital_spans(source.text)]:
            outside = outside[:start] + " " * (end - start) + outside[end:]
        people = find_people(outside, catalog, source=source.name, numbered=numbered)
        form = form_sender_fields(outside, source.address) if found else None
        if form is not None and any(d.has_name and _start(d) >= form[1] for d in people):
            # A website's contact form relayed by mail: its first fields are whoever filled
            # it in; the people its message names are the nominees.
            found = [d for d in found if not form[0] <= _start(d) < form[1]]
        verb = verb or has_nominate_verb(outside)
        withdrawal = withdrawal or bool(withdrawn and not source.secondary)
        # Labelled blocks naming people, read with what the sentences say of them.
        blocks = any(d.has_name for d in found)
        if not any(d.has_name for d in found) and people:
            unnamed = [d for d in found if d.has_person_data]
            if len(unnamed) == 1 and len(people) == 1:
                people[0].absorb(unnamed[0])
                found = [d for d in found if d is not unnamed[0]]
            found = people + [d for d in found if d.has_person_data]
        else:
            titles_from_prose(people, found)
        unnamed = [d for d in found if d.has_person_data]
        if (
            source.name == "body"
            and source.sender is not None
            and len(unnamed) <= 1
            and not any(d.has_name for d in found)
        ):
            me = self_nominee(
                outside,
                source.signature,
                source.sender,
                catalog,
                source="body",
                sender_address=source.address,
                accounts=source.accounts,
            )
            if me is not None and (support_question(outside) or not _nominating(outside, catalog)):
                # A nominee asking why they cannot sign in, or writing with their username of
                # anything but a nomination: their details are no nomination.
                me = None
            if me is not None:
                card_office = card_office or own_card_office(outside, source.sender)
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
                twin = next((d for d in found if same_person(d, extra)), None)
                if twin is not None:
                    twin.absorb(extra)
        if office is None and annex.office is not None and any(d.has_name for d in found):
            office, office_source = annex.office, source.name
        found = merge_task_force_only(found)
        if blocks and people:
            # "... Mr A and Ms B to the API Task Force, and Ms B also to ..." above a block
            # for each: the task forces the sentences give each.
            _task_forces_above(found, outside, catalog, source.name, numbered)
        if source.card and not any(d.has_name for d in drafts):
            _account_of_card(found, sources[0])
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
                corrected(draft, [fix], source.name)
        for draft in found if source is sources[0] else ():
            corrected(draft, swaps, source.name)
        # The quoted nomination corrected is what the sender sends now, all its people.
        # (Every draft is corrected, so no short-circuit.)
        fixed = [corrected(d, fixes) for d in found] if source.name == "quoted" else []
        resent = any(fixed)
        if own_quote and source.name == "quoted":
            # "en lugar de 'Equipo ... Nombres' debe decir 'Equipo ... Parte 7'": the quoted
            # nomination with its task force changed is what the sender sends now.
            resent = swap_task_forces(found, drafts, sources[0].text, catalog) or resent
            # "应为女士，不是先生" above it: the quoted nomination with the title put right.
            resent = retitled(found, sources[0].text) or resent
            # "The task forces of our two nominees were switched": the quoted people with
            # those values exchanged; the reply's own words about them only repeat theirs.
            exchanged = exchange_values(found, sources[0].text, catalog)
            if exchanged:
                drafts[:] = [d for d in drafts if d.source != "body" or not restates(d, exchanged)]
                resent = True
            if not resent and not drafts:
                # "希望张磊先生……也参加API工作队" above our confirmation naming him: that
                # member, for the task force he joins on top.
                joined = joined_also(found, sources[0].text, catalog)
                found, resent = joined or found, bool(joined)
            if resent:
                # "Desde el 2 de octubre su cargo es ..." above it: his post as it is now.
                repost(found, sources[0].text)
        if source.name == "forwarded" and source.sender:
            found = from_forward_sender(source, found)
            # An office forwarding the nominee's own mail ("her details are in her
            # signature"): the forwarded signature completes the person already named.
            own = signature_details(
                source.signature, parseaddr(source.sender)[0], source=source.name
            ) or self_nominee(
                # Or their own words: "creé la cuenta ... el nombre de usuario que elegí es x".
                outside,
                source.signature,
                parseaddr(source.sender)[0],
                catalog,
                source=source.name,
            )
            twin = next((d for d in [*drafts, *found] if own and same_person(d, own)), None)
            if own is not None and twin is not None:
                twin.absorb(own)
        if withdrawn:
            # The person the withdrawal names (recited above it, "... in which we nominated
            # Ms X"): withdrawn, not nominated.
            gone = withdrawn_texts(source.text)
            found = [d for d in found if not named_in(d, gone)]
        if source.request:
            # "李明用户名cn-liming ..." above our request about Mr Li: his values.
            answered = answered_person(drafts, found, sources[0].text, source.text)
            if answered is not None:
                # The request's person is in it now; its values are not read twice.
                found = [d for d in found if not d.has_name]
                if all(d is not answered for d in drafts):
                    drafts.append(answered)
        # Whether the texts read before this one named anyone (not the drafts this one
        # adds: a forwarded letter may name two people).
        named_before = any(d.has_name for d in drafts)
        withdrawn_mail = superseded and source.name == "quoted" and named_before
        rows: list[Draft] = []
        if source.name.startswith("attachment:"):
            tables.append(rows)
        for draft in found:
            twin = next((d for d in drafts if same_person(d, draft)), None)
            if twin is None and (source.name == "quoted" or source.name.startswith("attachment:")):
                # "ya se creó la cuenta de la Ing. Vargas" above the own nomination of "la
                # Ing. Carla Vargas Quiroga", or a cover sending "los datos del Sr. Membreño"
                # in the annex of "Membreño Castillo": the person it names by the first surname.
                twin = surname_shortened(drafts, draft)
            if resent:
                quoted_order.append(twin or draft)
            if from_table(draft):
                rows.append(twin or draft)
            if twin is not None and (
                withdrawn_mail or (source.name == "quoted" and _table_resent(twin, draft))
            ):
                twin.absorb(_gaps_only(draft, twin))
            elif withdrawn_mail:
                continue
            elif twin is not None:
                twin.absorb(draft)
                # "Ms J. Smith" above the quoted "Ms Jane Smith": her whole name.
                whole_name(twin, draft)
            elif draft.has_person_data and (
                not source.secondary
                # The sender's own earlier mail only completes people named now; a
                # question quoting an old nomination is not a new one.
                or (source.name != "quoted" and not named_before)
                or resent
            ):
                drafts.append(draft)
        if office is None and (labelled.office or labelled.country):
            office = labelled.office or labelled.country
            office_source = source.name
        if not context and labelled.context_task_forces:
            context, context_source = labelled.context_task_forces, source.name
    place = {id(q): i for i, q in reversed(list(enumerate(quoted_order)))}
    if place and all(id(d) in place for d in drafts):
        # "l'adresse de Mme Ali est x et non y" above the list naming Mr Daher first: the
        # person the correction names keeps their place in the list it corrects.
        drafts.sort(key=lambda d: place[id(d)])
    else:
        in_table_order(drafts, tables)
    # "учётная запись для Р.И. Алиева создана — имя пользователя az-x" above the list that
    # said it would follow: his.
    accounts_from_cover(drafts, sources)
    # "Her WIPO Account confirmation is attached": the one account the notice confirms.
    sole_nominees_account(drafts, sources[0].accounts, sources[0].address)
    # "The Minister has approved only items 1 and 3 of the minute below": the others are not
    # nominated.
    drafts = approved_only(drafts, sources)
    if office is not None and office.rule in ("label", "table"):
        # A labelled office with its ministry after it: the clerk writes the office.
        own_name = without_parent(office.value)
        if own_name != office.value:
            office = replace(office, value=own_name, end=office.start + len(own_name))
        for source in sources:
            fuller = spelled_out(office, source.text)
            if fuller is not None:
                office, office_source = fuller, source.name
                break
    if office is None:
        # A covering note that sends on an office's letter names that office, in the mail's
        # own language, though the letter names it too (in its own).
        office, office_source = enclosing_office(sources)
    if office is None:
        # The text that names the nominees names their office first: a forwarded letter's
        # office, not the forwarding mission's signature.
        named = {d.source for d in drafts}
        # Mail forwarded within the office ("转发: 转发:" from the unit that chose the
        # nominee) names a unit of it; the office is the one the top sender signs for.
        internal = internal_forward(sources)
        for source in sorted(
            # Our quoted request names the office we wrote to; the writer answering it
            # signs for theirs in their own words, which come first.
            sources,
            key=lambda s: (not (internal and s is sources[0]), s.request, s.name not in named),
        ):
            # Our own request names the office as the one it greets or thanks for its
            # nomination, never its own sender's (the Secretariat's).
            office, office_source = (
                (addressed_office(source.text) or request_office(source.text), source.name)
                if source.request
                else signed_office(source, sources)
            )
            if office is None and source.name.startswith("attachment:"):
                office = letterhead_office(source.text)
            if office is not None:
                break
    if office is None and card_office is not None:
        office, office_source = card_office, "body"
    if office is None and sources[0].name == "body" and not sources[0].request:
        # A letter typed into the mail, its office named only in the letterhead it opens with.
        office, office_source = body_letterhead(sources[0].text), "body"
    # A heading's capitals yield to the same name as another text writes it.
    cased = next(
        ((c, s.name) for s in sources if office and (c := in_ordinary_case(office, s.text))),
        None,
    )
    if cased is not None:
        office, office_source = cased
    if office is not None:
        nominative = nominative_office(office, (s.signature for s in sources))
        if nominative is None and office.rule == "prose":
            office = inflected_nominative(office) or office
        elif nominative is not None:
            office = nominative
            office_source = next(s.name for s in sources if nominative.value in s.signature)
    return Reading(drafts, office, office_source, context, context_source, withdrawal, verb)


# "I will be the Office's representative", "me postulo", "自荐": a writer's own part.
_OWN_PART = re.compile(
    r"\b(?:representative|repr[ée]sentant\w*|representante|представител\w*|volunteer\w*)"
    r"|代表|自荐|自薦|报名|報名|ممثل|نفسي",
    re.IGNORECASE,
)


def _start(draft: Draft) -> int:
    """Where the first of a draft's values was read."""
    found = [*draft.values.values(), *([draft.tf_found] if draft.tf_found else [])]
    return min((f.start for f in found), default=-1)


def _task_forces_above(
    found: list[Draft],
    text: str,
    catalog: TaskForceCatalog,
    source: str,
    numbered: Mapping[int, str],
) -> None:
    """The sentences above the first labelled block, read for the task forces they give each
    person the blocks name (the last person's words would otherwise run on into the blocks)."""
    named = [d for d in found if d.has_name]
    if not any(d.tf_found is None and not d.task_forces for d in named):
        return
    # Where the first block starts (a title a sentence gave a block was read in the sentence).
    boundary = min(
        (f.start for d in named for f in d.values.values() if f.rule != "prose"), default=-1
    )
    if boundary <= 0 or not find_task_forces(text[:boundary], catalog):
        return
    above = find_people(text[:boundary], catalog, source=source, numbered=numbered)
    task_forces_from_prose(above, named)


def _account_of_card(found: list[Draft], text: Source) -> None:
    """ "Her WIPO Accounts username is dk-x" in a text naming nobody: the one username it
    gives is that of the one person whose card is attached."""
    heads = [d for d in found if d.has_name]
    if len(heads) != 1 or "username" in heads[0].values:
        return
    given = {
        v.casefold(): (v, s, e) for name, v, s, e in inline_pairs(text.text) if name == "username"
    }
    if len(given) != 1:
        return
    value, start, end = next(iter(given.values()))
    heads[0].put("username", value, start, end, rule="prose", text=value)
    if "username" in heads[0].values:
        heads[0].values["username"] = replace(heads[0].values["username"], source=text.name)


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
