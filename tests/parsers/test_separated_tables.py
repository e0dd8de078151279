"""Tables whose cells are split by tabs (pasted from a spreadsheet) or ";" (a CSV file)."""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

HEADER = ["Office", "Task Force", "Title", "Last name", "First name", "Position",
          "WIPO Accounts username", "E-mail"]  # fmt: skip
ROWS = [
    ["Example Patent Office", "XML4IP Task Force", "Mr", "DOE", "John", "Examiner", "po-jdoe",
     "john.doe@po.example"],
    ["Example Patent Office", "API Task Force", "Ms", "ROE", "Jane", "IT officer", "po-jroe",
     "jane.roe@po.example"],
]  # fmt: skip


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ]


EXPECTED = [
    ("Mr", "DOE", "John", "Examiner", "po-jdoe", "john.doe@po.example"),
    ("Ms", "ROE", "Jane", "IT officer", "po-jroe", "jane.roe@po.example"),
]


@pytest.mark.parametrize("separator", ["\t", ";"])
def test_rows_under_a_header_of_labels_are_nominees(separator: str) -> None:
    table = "\n".join(separator.join(row) for row in [HEADER, *ROWS])
    parsed = parse(
        make_mail(f"Dear colleagues,\n\nIn reply to C. CWS 175:\n\n{table}\n\nRegards\n")
    )
    assert parsed.kind == Kind.NOMINATION
    assert parsed.office == "Example Patent Office"
    assert people(parsed) == EXPECTED
    assert [list(n.task_forces) for n in parsed.nominees] == [
        ["XML4IP Task Force"],
        ["API Task Force"],
    ]


def test_a_csv_attachment_header_row_is_no_letterhead() -> None:
    csv = "\n".join(";".join(row) for row in [HEADER, *ROWS]) + "\n"
    raw = make_mail(
        "Please find attached our nominations in reply to C. CWS 175.\n\nRegistry\n",
        attachments=(("nominations.csv", "text/csv", csv.encode()),),
    )
    parsed = parse(raw)
    assert parsed.office == "Example Patent Office"
    assert people(parsed) == EXPECTED


def test_label_pairs_joined_by_semicolons_are_no_header() -> None:
    body = (
        "In reply to C. CWS 175 we nominate:\n\n"
        "Nom : DOE ; Prénom : John ; Fonction : Examinateur ; Nom d'utilisateur : po-jdoe ; "
        "Courriel : john.doe@po.example\n\nCordialement\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees] == [
        ("DOE", "John", "Examinateur", "po-jdoe")
    ]


def test_a_task_force_list_split_by_semicolons_stays_one_field() -> None:
    body = (
        "In reply to C. CWS 175, the Example Patent Office nominates Mr John DOE, Examiner.\n"
        "Task forces: XML4IP Task Force; API Task Force; 3D Task Force; Blockchain Task Force\n"
        "Username: po-jdoe\nE-mail: john.doe@po.example\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("DOE", "po-jdoe")]
    assert list(parsed.nominees[0].task_forces) == [
        "XML4IP Task Force", "API Task Force", "Blockchain Task Force", "3D Task Force"
    ]  # fmt: skip
