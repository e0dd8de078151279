"""A sentence that leads in the list of nominees and ends with a colon is no office label.

"يسر الهيئة ترشيح كل من:", "The Office nominates:", "Ведомство выдвигает:" over the nominee's
line: the line below is the first nominee, never the office's name; the office is the one
the signature gives. Labels that name the nominating office stay labels.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from parsers.prose_offices import prose_office
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


LEAD_INS = [
    "يسرّ المكتب ترشيح كل من:",
    "تتشرف الهيئة بترشيح كل من:",
    "The Directorate proposes:",
    "L'Office désigne :",
    "Ведомство выдвигает:",
    "Nos complace proponer a:",
]


@pytest.mark.parametrize("lead", LEAD_INS)
def test_lead_in_sentence_is_no_label(lead: str) -> None:
    assert classify_label(lead.rstrip(" :：")) is None


@pytest.mark.parametrize("lead", LEAD_INS)
def test_office_comes_from_the_signature_not_the_line_below(lead: str) -> None:
    body = (
        f"Dear Secretariat,\n\n{lead}\n\n"
        "Ms Anna BERG, Patent Examiner, username xx-aberg, e-mail a.berg@office.example, "
        "API Task Force\n\nRegards,\nJane Roe\nPatent Office of Examplestan\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("BERG", "Anna")]
    assert parsed.office == "Patent Office of Examplestan"


@pytest.mark.parametrize(
    "label",
    ["Nominating Office", "Office désignant", "Oficina que designa", "Nominee", "الجهة المرشحة"],
)
def test_labels_naming_the_nominator_stay_labels(label: str) -> None:
    # Negative: a participle or a noun of nominating in a label is still a label.
    assert classify_label(label) is not None


def test_arabic_verbal_noun_right_after_the_office_noun_names_no_office() -> None:
    # "يسر الهيئة ترشيح كل من:": the bare office noun is the writer's own office.
    assert prose_office("يسر الهيئة ترشيح كل من:\n\nالسيد أحمد علي") is None
    found = prose_office("يسر الهيئة السعودية للملكية الفكرية ترشيح كل من:\nالسيد أحمد")
    assert found is not None
    assert found.value == "الهيئة السعودية للملكية الفكرية"


@pytest.mark.parametrize(
    "sentence",
    ["The Office nominates:\n\nMr John", "Notre Office a le plaisir de désigner M. Jean DUPONT."],
)
def test_office_kind_alone_names_no_office(sentence: str) -> None:
    assert prose_office(sentence) is None


def test_office_kind_with_its_name_is_still_found() -> None:
    # Negative: a name beside the kind is the office.
    found = prose_office("The Japan Patent Office is pleased to nominate Mr Taro YAMADA.")
    assert found is not None
    assert found.value == "Japan Patent Office"
