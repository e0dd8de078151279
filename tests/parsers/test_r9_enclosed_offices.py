"""A covering note (a mission's note verbale) sending on an office's letter: the office is
the one whose letter it encloses, as the note names it."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.enclosed_offices import enclosed_office
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "The Permanent Mission has the honour to transmit herewith the letter of the "
            "Kenya Industrial Property Institute (KIPI) concerning the nominations.",
            "Kenya Industrial Property Institute (KIPI)",
        ),
        (
            "La Mission permanente a l'honneur de transmettre ci-joint la lettre de l'Office "
            "Marocain de la Propriété Industrielle et Commerciale, par laquelle il désigne",
            "Office Marocain de la Propriété Industrielle et Commerciale",
        ),
        (
            "tiene el honor de remitir\nadjunta la nota de la Superintendencia de Industria y "
            "Comercio mediante la cual designa a sus expertos",
            "Superintendencia de Industria y Comercio",
        ),
        (
            "تتشرف السفارة بأن تحيل رسالة الهيئة السعودية للملكية الفكرية التي تتضمن أسماء المرشحين.",
            "الهيئة السعودية للملكية الفكرية",
        ),
        ("我团谨转交国家知识产权局的来函，请查收。", "国家知识产权局"),
    ],
)
def test_the_office_whose_letter_is_sent_on(text: str, office: str) -> None:
    found = enclosed_office(text)
    assert found is not None
    assert found.value == office


@pytest.mark.parametrize(
    "text",
    [
        "Please find attached the letter. We nominate Mr John DOE.",
        "I forward the note of my colleague John Smith, which lists the experts.",
        "We attach the nomination form, duly filled in.",
    ],
)
def test_no_office_when_the_letter_is_no_office_s(text: str) -> None:
    assert enclosed_office(text) is None


def test_the_note_s_office_wins_over_the_enclosed_letter_s_english_name() -> None:
    note = (
        "La Misión Permanente saluda atentamente a la OMPI y, con referencia a la circular "
        "C. CWS 175, tiene el honor de remitir adjunta la comunicación de la Oficina Española "
        "de Patentes y Marcas (OEPM) por la cual designa a su representante.\n"
    )
    letter = (
        "The Spanish Patent and Trademark Office is pleased to nominate:\n\n"
        "Title: Mr\nLast name: GARCÍA LÓPEZ\nFirst name: Juan\nPosition: Examiner\n"
        "Username: es-jgarcia\nE-mail: juan.garcia@oepm.example\n"
        "Task force: XML4IP Task Force\n"
    )
    parsed = parse(
        make_mail(
            note,
            sender="Misión <mision@mision.example>",
            attachments=(("letter.txt", "text/plain", letter.encode()),),
        )
    )
    assert parsed.office == "Oficina Española de Patentes y Marcas (OEPM)"
    assert [n.last_name for n in parsed.nominees] == ["GARCÍA LÓPEZ"]
