"""A body that only points at an image-only PDF ("Please see attached.", "Adjunto la nota
firmada.", "См. вложение.") under a subject naming the nomination is a nomination whose
nominees are not read yet (a clerk reads them off the scan); a question, a subject naming no
nomination or a covering text saying more is no such pointer."""

from __future__ import annotations

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog
from tests.parsers.scans import with_scan


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def unreadable(parsed: ParsedEmail) -> bool:
    return any(w.code == "attachment_unreadable" for w in parsed.warnings)


# --------------------------------------------------------------- a body that only points at a scan


def test_english_pointer_to_a_scanned_letter_is_a_nomination_without_nominees() -> None:
    body = "Please see attached.\n\nSent from my phone\n"
    parsed = parse(with_scan(body, "C. CWS 175 - DKPTO nomination"))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.nominees == ()
    assert unreadable(parsed)


def test_spanish_and_russian_pointers_to_a_scan_are_nominations() -> None:
    spanish = parse(with_scan("Adjunto la nota firmada.\n\nSaludos\n", "Designación C. CWS 175"))
    russian = parse(
        with_scan("См. вложение.\n\nС уважением,\nА. Петрова\n", "Кандидатуры C. CWS 175")
    )
    for parsed in (spanish, russian):
        assert parsed.kind is Kind.NOMINATION
        assert parsed.nominees == ()
        assert unreadable(parsed)


def test_a_question_about_the_attached_scan_is_no_nomination() -> None:
    body = "Please see attached: is this the form you meant?\n"
    parsed = parse(with_scan(body, "C. CWS 175 - nomination"))
    assert parsed.kind is Kind.OTHER


def test_a_scan_under_a_subject_naming_no_nomination_is_no_nomination() -> None:
    parsed = parse(with_scan("Please see attached.\n", "C. CWS 175 - report of the meeting"))
    assert parsed.kind is Kind.OTHER


def test_a_long_covering_text_is_not_a_mere_pointer() -> None:
    # The text says what it sends, and it is no nomination.
    body = (
        "Please see attached the minutes of our internal meeting on the CWS work plan, "
        "the list of participants, the draft agenda for next year and the comments of our "
        "examiners on the next revision of the standard, as discussed on the phone.\n"
    )
    parsed = parse(with_scan(body, "C. CWS 175 - nomination"))
    assert parsed.kind is Kind.OTHER
