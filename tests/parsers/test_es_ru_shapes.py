"""Spanish and Russian mail shapes: questions, bare label lines, replacements, forwards."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
AF = "Authority File Task Force"
API = "API Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    return [n.model_dump() for n in parsed.nominees]


def test_question_about_a_member_nominates_nobody() -> None:
    body = """Добрый день!

В связи с письмом C. CWS 175 просим уточнить: может ли г-н Белов Олег Иванович, член
Целевой группы XML4IP, быть также включен в Целевую группу по API под той же учетной
записью (kz-obelov)?

С уважением,
Отдел стандартов
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER, people(parsed)


def test_request_worded_as_a_question_still_nominates() -> None:
    body = """Dear colleagues,

With reference to C. CWS 175, could you please add Ms. Jane ROE, Senior Examiner, to the API
Task Force? Her username is us-jroe and her e-mail jane.roe@office.example.

Regards
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("ROE", "us-jroe")]
