"""The document as changed counts: a .docx form corrected with Word's tracked changes reads
its insertions (w:ins) and never its deletions (w:del, w:delText); and a task force named
after "instead of" ("au lieu de", "en lugar de", "вместо", "而不是", "بدلاً من") in the
sentence naming the one joined is given up, not joined."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_CHANGE = 'w:id="{id}" w:author="user" w:date="2023-10-18T08:40:00Z"'


def _tracked(old: str, new: str, first_id: int) -> list[object]:
    """A deletion of `old` and an insertion of `new`, as Word writes them in a paragraph."""
    deleted = parse_xml(
        f"<w:del {nsdecls('w')} {_CHANGE.format(id=first_id)}><w:r>"
        f'<w:delText xml:space="preserve">{old}</w:delText></w:r></w:del>'
    )
    inserted = parse_xml(
        f"<w:ins {nsdecls('w')} {_CHANGE.format(id=first_id + 1)}><w:r>"
        f'<w:t xml:space="preserve">{new}</w:t></w:r></w:ins>'
    )
    return [deleted, inserted]


def _form(rows: list[tuple[str, str]], changes: dict[str, tuple[str, str]]) -> bytes:
    """A two-column form; a label in `changes` has its value deleted and inserted."""
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=2)
    ids = iter(range(1, 100, 2))
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        if label in changes:
            paragraph = row.cells[1].paragraphs[0]._p
            for element in _tracked(*changes[label], next(ids)):
                paragraph.append(element)
        else:
            row.cells[1].text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


@pytest.mark.parametrize(
    ("cover", "rows", "old_tf", "new_tf"),
    [
        (
            "Dear Secretariat,\n\nFurther to circular C. CWS 175, please find attached our "
            "corrected nomination form (changes tracked).\n\nBest regards,\nJohn DOE",
            [
                ("Last name", "STONE"),
                ("First name", "Rita"),
                ("Title", "Ms."),
                ("WIPO Account username", ""),
                ("E-mail used for the WIPO Account", "r.stone@office.example"),
                ("Task Force(s)", ""),
            ],
            "Digital Transformation Task Force",
            "Legal Status Task Force",
        ),
        (
            "السادة أمانة لجنة معايير الويبو،\n\nإلحاقاً بالتعميم C. CWS 175، نرسل إليكم "
            "استمارة الترشيح معدّلة.\n\nمع فائق الاحترام،\nجوزيف نصر الله",
            [
                ("اسم العائلة", "الخوري"),
                ("الاسم الأول", "ريتا"),
                ("اللقب (السيد/السيدة)", "السيدة"),
                ("اسم المستخدم في حساب الويبو", ""),
                ("البريد الإلكتروني لحساب الويبو", "r.stone@office.example"),
                ("فرقة العمل", ""),
            ],
            "فرقة العمل المعنية بالتحول الرقمي",
            "فرقة العمل المعنية بالوضع القانوني",
        ),
    ],
)
def test_tracked_insertions_count_and_deletions_do_not(
    cover: str, rows: list[tuple[str, str]], old_tf: str, new_tf: str
) -> None:
    # The form's fourth row holds the username, its last the task forces.
    username_label, task_force_label = rows[3][0], rows[-1][0]
    form = _form(
        rows,
        {username_label: ("rp-rstone", "rp-ritastone"), task_force_label: (old_tf, new_tf)},
    )
    parsed = _parse(make_mail(cover, attachments=(("form.docx", DOCX, form),)))
    assert [(n.username, n.task_forces) for n in parsed.nominees] == [
        ("rp-ritastone", ("Legal Status Task Force",))
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, the Patent Office nominates "
        "Ms. Rita STONE to the Legal Status Task Force instead of the Digital Transformation "
        "Task Force.\n\nBest regards,\nJohn DOE",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office désigne Mme Rita "
        "STONE pour l'Équipe d'experts chargée de la situation juridique au lieu de l'Équipe "
        "d'experts chargée de la transformation numérique.\n\nCordialement,\nJean DUPONT",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, el Instituto designa a "
        "la Sra. Rita STONE para el Equipo Técnico sobre la Situación Jurídica en lugar del "
        "Equipo Técnico sobre Transformación Digital.\n\nAtentamente,\nJuan PÉREZ",
        "السادة،\n\nردا على التعميم C. CWS 175، قررت المصلحة ترشيح السيدة ريتا الخوري لفرقة "
        "العمل المعنية بالوضع القانوني بدلاً من فرقة العمل المعنية بالتحول الرقمي.\n\n"
        "مع الاحترام",
    ],
)
def test_a_task_force_named_after_instead_of_is_given_up(body: str) -> None:
    parsed = _parse(make_mail(body))
    assert [n.task_forces for n in parsed.nominees] == [("Legal Status Task Force",)]


def test_a_person_instead_of_another_keeps_the_task_force() -> None:
    # "instead of" a person, not a task force: the task force named is joined.
    body = (
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, the Patent Office nominates "
        "Ms. Rita STONE instead of Mr. Paul GRAY to the API Task Force.\n\nBest regards,\n"
        "John DOE"
    )
    parsed = _parse(make_mail(body))
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == [
        ("STONE", ("API Task Force",))
    ]


def test_instead_of_with_no_other_task_force_gives_up_nothing() -> None:
    # A single task force after "instead of" with no other named: nothing is left for it.
    body = (
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, the Patent Office nominates "
        "Ms. Rita STONE, who will attend instead of waiting for the XML4IP Task Force "
        "meeting.\n\nBest regards,\nJohn DOE"
    )
    parsed = _parse(make_mail(body))
    assert [n.task_forces for n in parsed.nominees] == [("XML4IP Task Force",)]
