"""A deterministic, campaign-like mailbox for the load benchmarks, built with the stdlib email package.

The mix follows what cws.mail@wipo.int sees during a campaign: labelled nominations in
English, French and Spanish (one to three nominees, some incomplete), some with the annex
as a .docx table or a scanned annex (a large binary attachment), out-of-office replies,
questions, an HTML newsletter, and real messages from ../shared/corpus/real when present
(bounces, DSNs, odd MIME). Every message gets its own sender and Message-ID, so the
one-reply-per-sender guard never hides work.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path

__all__ = ["CORPUS", "MailMix", "corpus_messages", "mailbox", "nomination"]

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "real"
TASK_FORCES = (
    "XML4IP Task Force",
    "Sequence Listings Task Force",
    "Legal Status Task Force",
    "API Task Force",
    "3D Task Force",
    "Digital Transformation Task Force",
    "Name Standardization Task Force",
    "ICT Strategy Task Force",
)
FIRST = ("Helen", "Paul", "María", "Jun", "Olga", "Ahmed", "Kerstin", "Luis", "Aiko", "Tomás")
LAST = ("Carter", "Lefèvre", "García", "Tanaka", "Ivanova", "Haddad", "Berg", "Moreau", "Silva")
LABELS = {
    "en": (
        "Name of Office",
        "Task Force(s)",
        "Title",
        "Last name",
        "First name",
        "Position",
        "WIPO Accounts username",
        "E-mail address used for the WIPO Account",
        "In reply to circular C. CWS 175, our Office nominates:",
    ),
    "fr": (
        "Nom de l'office",
        "Équipe(s) d'experts",
        "Titre",
        "Nom",
        "Prénom",
        "Poste occupé",
        "Nom d'utilisateur",
        "Adresse électronique",
        "Suite à la circulaire C. CWS 175, notre office désigne :",
    ),
    "es": (
        "Nombre de la oficina",
        "Equipo(s) Técnico(s)",
        "Tratamiento",
        "Apellido",
        "Nombre",
        "Cargo",
        "Nombre de usuario",
        "Correo electrónico",
        "En respuesta a la circular C. CWS 175, nuestra oficina designa:",
    ),
}
TITLES = {"en": ("Ms", "Mr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr.")}
START = datetime(2023, 9, 20, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class MailMix:
    """Shares of each kind; the rest of N is labelled nominations."""

    docx: float = 0.05
    scan: float = 0.03  # nominations with a 30 kB - 600 kB attachment
    auto_reply: float = 0.12
    question: float = 0.12
    newsletter: float = 0.03
    corpus: float = 0.14  # capped by the corpus size


def _envelope(msg: EmailMessage, n: int, sender: str, subject: str) -> None:
    msg["From"] = sender
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(START + timedelta(minutes=7 * n))
    msg["Message-ID"] = f"<bench-{n}@office{n}.example>"


def _fields(rng: random.Random, n: int, lang: str, count: int) -> list[list[tuple[str, str]]]:
    labels = LABELS[lang]
    people = []
    for k in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        tfs = rng.sample(TASK_FORCES, rng.randint(1, 3))
        fields = [
            (labels[0], f"Industrial Property Office {n}"),
            (labels[1], "; ".join(tfs)),
            (labels[2], rng.choice(TITLES[lang])),
            (labels[3], last.upper()),
            (labels[4], first),
            (labels[5], "Head of the Standards Section"),
            (labels[6], f"x{n % 90:02d}-{first[0].lower()}{k}{n}"),
            (labels[7], f"{first[0].lower()}.{k}.{n}@office{n}.example"),
        ]
        if rng.random() < 0.2:  # an incomplete nomination: the bot asks for the rest
            del fields[rng.choice((5, 6, 7))]
        people.append(fields)
    return people


def nomination(rng: random.Random, n: int) -> EmailMessage:
    """A labelled nomination: one to three nominees, in English, French or Spanish."""
    lang = rng.choice(("en", "en", "fr", "es"))
    msg = EmailMessage()
    _envelope(msg, n, f"Registry {n} <registry@office{n}.example>", "Nomination - C. CWS 175")
    people = _fields(rng, n, lang, rng.choice((1, 1, 1, 2, 3)))
    blocks = "\n\n".join("\n".join(f"{k}: {v}" for k, v in p) for p in people)
    msg.set_content(
        f"Dear Secretariat,\n\n{LABELS[lang][8]}\n\n{blocks}\n\nBest regards,\nRegistry\n"
    )
    return msg


@lru_cache(maxsize=4)
def _annex_docx(variant: int) -> bytes:
    from docx import Document  # noqa: PLC0415 - only the docx share needs it

    rng = random.Random(variant)
    doc = Document()
    doc.add_paragraph("Annex to circular C. CWS 175 - nomination form")
    table = doc.add_table(rows=0, cols=2)
    for label, value in _fields(rng, 9000 + variant, "en", 1)[0]:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _with_docx(rng: random.Random, n: int) -> EmailMessage:
    msg = EmailMessage()
    _envelope(msg, n, f"<registry@office{n}.example>", "C. CWS 175 nomination (annex attached)")
    msg.set_content("Dear Secretariat,\n\nPlease find our nomination in the attached annex.\n")
    msg.add_attachment(
        _annex_docx(rng.randrange(4)),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="annex_CWS175.docx",
    )
    return msg


def _with_scan(rng: random.Random, n: int) -> EmailMessage:
    msg = nomination(rng, n)
    size = rng.randint(30_000, 600_000)
    msg.add_attachment(rng.randbytes(size), maintype="image", subtype="jpeg", filename="scan.jpg")
    return msg


def _auto_reply(n: int) -> EmailMessage:
    msg = EmailMessage()
    _envelope(msg, n, f"<t.whitfield{n}@office{n}.example>", "Automatic reply: C. CWS 175")
    msg["Auto-Submitted"] = "auto-replied"  # RFC 3834
    msg.set_content("I am out of the office until 23 October 2023 with limited access to e-mail.\n")
    return msg


def _question(n: int) -> EmailMessage:
    msg = EmailMessage()
    _envelope(msg, n, f"<info@office{n}.example>", "Question about the CWS task forces")
    msg.set_content(
        "Dear colleagues,\n\nCould you tell us until when nominations can be sent, and "
        "whether one person may join two task forces?\n\nKind regards\n" + "Regards. " * (n % 50)
    )
    return msg


def _newsletter(n: int) -> EmailMessage:
    msg = EmailMessage()
    _envelope(msg, n, f"<news@list{n}.example>", "IP news this week")
    msg["Precedence"] = "bulk"
    msg["List-Id"] = f"<news.list{n}.example>"
    items = "".join(f"<tr><td>Item {i}</td><td>{'text ' * 40}</td></tr>" for i in range(30))
    msg.set_content("IP news this week (text version).\n")
    msg.add_alternative(f"<html><body><table>{items}</table></body></html>", subtype="html")
    return msg


def corpus_messages(corpus: Path = CORPUS, max_bytes: int = 2_000_000) -> list[bytes]:
    """Every single-message .eml of the real corpus (sorted), or [] when it is absent."""
    if not corpus.is_dir():
        return []
    files = sorted(p for p in corpus.rglob("*.eml") if p.is_file())
    return [p.read_bytes() for p in files if p.stat().st_size <= max_bytes]


def mailbox(count: int, *, seed: int = 175, mix: MailMix | None = None) -> Iterator[bytes]:
    """`count` raw messages in arrival order, the same for the same seed."""
    mix = mix or MailMix()
    rng = random.Random(seed)
    real = corpus_messages()
    rng.shuffle(real)
    real = real[: int(count * mix.corpus)]
    kinds = (
        ["docx"] * int(count * mix.docx)
        + ["scan"] * int(count * mix.scan)
        + ["auto"] * int(count * mix.auto_reply)
        + ["question"] * int(count * mix.question)
        + ["news"] * int(count * mix.newsletter)
        + ["real"] * len(real)
    )
    kinds += ["nomination"] * (count - len(kinds))
    rng.shuffle(kinds)
    for n, kind in enumerate(kinds):
        if kind == "real":
            yield real.pop()
            continue
        yield _build(kind, rng, n).as_bytes()


def _build(kind: str, rng: random.Random, n: int) -> EmailMessage:
    if kind == "docx":
        return _with_docx(rng, n)
    if kind == "scan":
        return _with_scan(rng, n)
    if kind == "auto":
        return _auto_reply(n)
    if kind == "question":
        return _question(n)
    if kind == "news":
        return _newsletter(n)
    return nomination(rng, n)
