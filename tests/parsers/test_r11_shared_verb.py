"""A second person joined by "and" to a nominated one in the same sentence shares the verb
that nominates the first ("Ms X would join A, and Mr Y B")."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, list[str]]]:
    return [(n.last_name, list(n.task_forces)) for n in parsed.nominees]


def test_english_second_person_shares_the_verb() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, here are our candidates: Ms Jane DOE would join the XML4IP Task Force, and Mr John ROE the API Task Force.

Best regards,
"""
    assert people(parse(make_mail(body))) == [
        ("DOE", ["XML4IP Task Force"]),
        ("ROE", ["API Task Force"]),
    ]


def test_french_second_person_without_a_verb_of_his_own() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, voici nos candidatures : M. Paul MARTIN participerait à l'équipe d'experts XML4IP, et Mme Claire DUBOIS à l'équipe d'experts chargée de l'API.

Cordialement,
"""
    assert people(parse(make_mail(body))) == [
        ("MARTIN", ["XML4IP Task Force"]),
        ("DUBOIS", ["API Task Force"]),
    ]


def test_person_joined_to_someone_not_nominated_stays_out() -> None:
    # Negative: thanking two people nominates neither.
    body = """Dear Secretariat,

Further to C. CWS 175, we thank Ms Jane DOE and Mr John ROE for their work on the XML4IP Task Force.

Best regards,
"""
    assert people(parse(make_mail(body))) == []
