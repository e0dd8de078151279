"""The texts of a message to read, in priority order: the sender's own new text, the
text of its attachments, forwarded messages, the sender's office's own quoted earlier mail,
and a quoted request for missing details with the answers typed into it or keyed to it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from email.utils import formataddr

from parsers.account_notices import CreatedAccount, created_accounts
from parsers.answers import Answer, answer_pairs, keyed_answers, labelled_answers
from parsers.check_boxes import wingdings_boxes
from parsers.checks import org_domain
from parsers.comment_marks import comment_marks, without_marks
from parsers.cv_attachments import is_cv
from parsers.homoglyphs import latin_lookalikes
from parsers.mime import MimeView
from parsers.models import ParseOptions, TaskForceCatalog
from parsers.older_exchanges import older_exchange_start
from parsers.quotes import OURS, QuoteSplit, split_quotes
from parsers.reference_sheets import current_sheets, is_spreadsheet
from parsers.spaced_tables import join_spaced_tables
from parsers.taskforces import ALSO, find_task_forces
from parsers.view import AttachmentText
from parsers.wrapped_rows import join_wrapped_rows

__all__ = ["MAX_SOURCE_CHARS", "Source", "message_sources"]

MAX_SOURCE_CHARS = 200_000
# Bidirectional marks around Latin text in Arabic mail ("\u200fqa-jdoe\u200f") carry no
# content (Unicode UAX #9); blanked one for one, so that offsets stay those of the text.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = str.maketrans(dict.fromkeys(_BIDI_MARKS, " ") | {"\uff20": "@"})
# A full-width at sign ("x＠office.example", typed with a CJK input method) is an at sign.
_HAS_BIDI = re.compile(f"[{_BIDI_MARKS}\uff20]")
_TATWEEL = "\u0640"
# A table drawn with box-drawing characters ("┌───┬───┐", "│ 姓名 │", "╠═══╬═══╣"), as a
# word processor's table pasted into plain text or a console tool draws one, is the text
# table drawn with "|", "+" and "-": its bars part the cells, its rules the rows. Mapped
# one for one, so that offsets stay those of the text.
_BOX_VERTICAL = "│┃║╎╏┆┇┊┋"
_BOX_HORIZONTAL = "─━╌╍┄┅┈┉"
_BOX = str.maketrans(
    {chr(c): "+" for c in range(0x2500, 0x2580)}
    | dict.fromkeys(_BOX_VERTICAL, "|")
    | dict.fromkeys(_BOX_HORIZONTAL, "-")
    | {"═": "="}
)
_HAS_BOX = re.compile("[\u2500-\u257f]")
# Latin letters and digits a CJK input method typed in full-width mode ("ｃｎ－ｌｉｕｙａｎｇ",
# "３Ｄ工作队") are the ordinary ones (NFKC): a username, an address or a task force's name
# reads as written. Only runs of them change, with "－", "．", "＿" between two of them, so
# full-width punctuation of the Chinese text ("：", "（", "，", "1．") stays. One for one, so
# that offsets stay those of the text.
_WIDE_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_HAS_WIDE = re.compile(f"[{_WIDE_ALNUM}]")
_WIDE_RUN = re.compile(
    f"[{_WIDE_ALNUM}](?:[{_WIDE_ALNUM}]|[\uff0d\uff0e\uff3f](?=[{_WIDE_ALNUM}]))*"
)


def _narrow(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def _source_text(text: str) -> str:
    text = text[:MAX_SOURCE_CHARS]
    # translate() looks every character up; most mail has no mark to blank.
    text = text.translate(_BIDI) if _HAS_BIDI.search(text) else text
    text = text.translate(_BOX) if _HAS_BOX.search(text) else text
    text = _WIDE_RUN.sub(_narrow, text) if _HAS_WIDE.search(text) else text
    # Check boxes in a symbol font, its raw characters in the text part: "þ XML4IP".
    text = wingdings_boxes(text)
    # "am-аgevorgyan" with a Cyrillic "а": the Latin username it shows.
    text = latin_lookalikes(text)
    # A "|" table's rows that the mail client hard-wrapped, each back on one line.
    text = join_wrapped_rows(text)
    # The annex's table laid out with spaces (a PDF's text layer): a "|" table, a row a line.
    text = join_spaced_tables(text)
    # Tatweel (U+0640) only stretches Arabic letters to justify a line ("المنصــب",
    # "الســيد"): no word or value differs by it. Dropped, so offsets shift only in such mail.
    return text.replace(_TATWEEL, "") if _TATWEEL in text else text


@dataclass(frozen=True)
class Source:
    name: str
    text: str
    signature: str = ""
    # Forwarded mail and the sender's own quoted earlier message complete what the
    # sender wrote now; they add people only when the sender's own text names nobody.
    secondary: bool = False
    # Who wrote a forwarded message ("Claire Martin <claire.martin@office.example>").
    sender: str | None = None
    # The address the body's writer sends from ("E-mail: this same address").
    address: str | None = None
    # The Secretariat's own quoted request for missing details, answered above it.
    request: bool = False
    # Answers keyed to the quoted request's questions ("a) ...", "b) ..."), for its nominee.
    answers: tuple[Answer, ...] = ()
    # Someone's contact card: it completes a nomination the text makes, never makes one.
    card: bool = False
    # Task forces the sender's own text adds beside those answers ("... aussi à ...").
    also: tuple[str, ...] = ()
    # Accounts the WIPO Accounts "account created" mail quoted or forwarded in the body
    # confirms: the writer's username when the address is theirs.
    accounts: tuple[CreatedAccount, ...] = ()


_CARD_TYPES = frozenset({"text/vcard", "text/x-vcard", "text/directory"})


def _is_card(attachment: AttachmentText) -> bool:
    return attachment.content_type.lower() in _CARD_TYPES or attachment.filename.lower().endswith(
        (".vcf", ".vcard")
    )


def _senders_own_card(attachment: AttachmentText, sender: str | None) -> bool:
    """The writer's business card, which many clients attach to every mail: not an annex."""
    own = bool(sender) and (sender or "").lower() in (attachment.text or "").lower()
    return own and _is_card(attachment)


def _attachment_sources(view: MimeView) -> list[Source]:
    sender = view.headers.from_address
    return [
        Source(
            f"attachment:{a.filename}",
            # A workbook's sheet of earlier members "for reference" names no nominee.
            _source_text(
                current_sheets(a.text) if is_spreadsheet(a.filename, a.content_type) else a.text
            ),
            card=_is_card(a),
        )
        for a in view.attachments
        # A CV beside the letter is the nominee's past: no nominee, no value.
        if a.text and not _senders_own_card(a, sender) and not is_cv(a.filename, a.text)
    ]


def _own_earlier(
    split: QuoteSplit, sender: str | None, sender_name: str | None, options: ParseOptions
) -> bool:
    """Whether the quoted message is the sender's office's own earlier mail (never ours)."""
    if split.earlier_start is None:
        return False
    if split.earlier_from is None:
        # "Le 16/10/2023 à 10:12, Rasmata SAWADOGO a écrit :" (Thunderbird names no address):
        # the writer's own name heads the quote.
        return _names_writer(_attribution(split), sender_name)
    return _own_address(split.earlier_from, sender, options)


def _attribution(split: QuoteSplit) -> str:
    """The attribution line or header block above the quoted message."""
    if split.earlier_start is None or not split.quoted_spans:
        return ""
    return split.source[split.quoted_spans[-1][0] : split.earlier_start]


def _names_writer(attribution: str, name: str | None) -> bool:
    """Whether an attribution naming no address names the writer, by their whole name of
    two words or more as their own "From" gives it."""
    words = (name or "").split()
    if len(words) < 2 or "@" in attribution:
        return False
    pattern = r"(?<!\w)" + r"[\s,]+".join(re.escape(w) for w in words) + r"(?!\w)"
    return re.search(pattern, attribution, re.IGNORECASE) is not None


def _own_address(quoted_from: str | None, sender: str | None, options: ParseOptions) -> bool:
    """Whether a quoted message's sender is at the sender's office's domain (never ours)."""
    if not quoted_from or not sender or "@" not in sender:
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


def _sender_line(name: str, address: str) -> str:
    """'Name <address>' for a forwarded message's sender, whatever its address holds."""
    try:
        return formataddr((name, address))
    except UnicodeEncodeError:
        # formataddr takes ASCII addresses only; an internationalised one (RFC 6532) is real.
        return f"{name} <{address}>" if name and address else name or address


def _sent_now(accounts: list[CreatedAccount], split: QuoteSplit) -> list[CreatedAccount]:
    """The notices found, those quoted in an older exchange's history marked so."""
    older = older_exchange_start(split) if accounts else None
    if older is None:
        return accounts
    return [replace(a, older=True) if a.start >= older else a for a in accounts]


def message_sources(
    view: MimeView, options: ParseOptions, catalog: TaskForceCatalog
) -> tuple[list[Source], QuoteSplit, bool]:
    """Texts to read, in priority order, plus the body's new and quoted masks."""
    body = _source_text(view.body_text)
    split = split_quotes(body, subject=view.headers.subject)
    # The system's "account created" mail, below the text or attached as a message.
    accounts = _sent_now(created_accounts(body), split)
    for inner in view.forwarded:
        found = created_accounts(inner.body_text, "forwarded")
        found = _sent_now(found, split_quotes(inner.body_text)) if found else found
        accounts += [a for a in found if a not in accounts]
    sources = [
        Source(
            "body",
            split.new,
            split.signature,
            sender=view.headers.from_name or "",
            address=view.headers.from_address,
            accounts=tuple(accounts),
        )
    ]
    sources.extend(_attachment_sources(view))
    forwarded = split.forwarded is not None
    # A forward of a forward: each message of the chain, outermost first.
    outer = split
    while outer.forwarded is not None:
        sources.append(
            Source(
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
        sender = _sender_line(inner.headers.from_name or "", inner.headers.from_address or "")
        sources.append(
            Source(
                "forwarded", inner_split.new, inner_split.signature, secondary=True, sender=sender
            )
        )
        sources.extend(replace(s, secondary=True) for s in _attachment_sources(inner))
    own = _own_earlier(split, view.headers.from_address, view.headers.from_name, options)
    earlier = split.earlier() if own else None
    if earlier is not None:
        sources.append(Source("quoted", earlier.new, earlier.signature, secondary=True))
    elif not forwarded and split.earlier_start is not None:
        pairs = answer_pairs(split.source, split.earlier_start, catalog)
        marks: list[tuple[int, int]] = []
        if not pairs and not _answered_inline(split):
            # "[Claire Martin] ..." lines inside a quote with no "> ": the writer's answers.
            marks = comment_marks(split.source, split.earlier_start, view.headers.from_name or "")
            own_lines = frozenset(split.source.rfind("\n", 0, s) + 1 for s, _e in marks)
            pairs = (
                answer_pairs(
                    without_marks(split.source, marks), split.earlier_start, catalog, own_lines
                )
                if marks
                else []
            )
        answered = split.earlier() if pairs or _answered_inline(split) else None
        if answered is not None:
            # The questions and the answers typed among them read together, as one text,
            # each question asking for a field read as its label ("Position:").
            text = labelled_answers(without_marks(answered.new, marks), pairs, catalog)
            # Its signature is the one who asked; the sender's own may follow the quote.
            sources.append(Source("answered", text, _after_quote(split), secondary=True))
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
                Source(
                    "answered",
                    "".join(chars),
                    split.signature,
                    secondary=True,
                    answers=keyed,
                    also=also,
                )
            )
        elif answered is None and _from_us(split, options):
            # "Voici les éléments demandés pour M. Moreau : fonction : ..." above our quoted
            # request: the request names the person and the task forces the answers are for.
            # Read only to complete the people named now; its signature is ours, no office.
            request = split.earlier()
            if request is not None:
                sources.append(Source("quoted", request.new, "", secondary=True, request=True))
                # Our acknowledgement quoting the office's nomination below it: that
                # nomination completes the person the reply names (the writer's own mail).
                below = split.earlier_quoted()
                if below is not None and _own_address(below[1], view.headers.from_address, options):
                    sources.append(
                        Source("quoted", below[0].new, below[0].signature, secondary=True)
                    )
    return sources, split, forwarded


def _from_us(split: QuoteSplit, options: ParseOptions) -> bool:
    """Whether the quoted message is the Secretariat's own (a request for missing details)."""
    quoted_from = split.earlier_from
    return quoted_from == OURS or (
        bool(quoted_from) and quoted_from in {a.lower() for a in options.own_addresses}
    )
