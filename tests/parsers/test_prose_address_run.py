"""A long run of address characters with no "@" (a mangled or base64 body) is read at once."""

from __future__ import annotations

import time

from parsers import Kind, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def test_addresses_after_two_people_and_a_long_run_without_at_sign() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Mr Tom Reed and "
        "Ms Jane Holt to the API Task Force. Their e-mails are t.reed@office.example and "
        "j.holt@office.example respectively.\n\n" + "A" * 60_000 + "\n"
    )
    started = time.perf_counter()
    result = parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())
    assert time.perf_counter() - started < 3.0
    assert result.kind is Kind.NOMINATION
    assert [n.account_email for n in result.nominees] == [
        "t.reed@office.example",
        "j.holt@office.example",
    ]
