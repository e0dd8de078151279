"""Fourth-round shapes in English, French, Spanish and Russian: a numbered task-force list
whose first item reads as a bare label, answers to the Secretariat's request for missing
details (typed between its quoted questions, keyed above it, or inline in an HTML reply), a
forward of a forward, and a value corrected further down the same mail."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
DT = "Digital Transformation Task Force"
NS = "Name Standardization Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_numbered_task_force_list_after_a_sentence_keeps_its_first_item_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, the Registry hereby nominates the officer below to the
following CWS Task Forces:

1. XML4IP Task Force
2. Legal Status Task Force (ST.27)
3. Name Standardization Task Force

Name: DOE Jane (Ms.)
Designation: Senior Examiner
WIPO Account Username: xx-jdoe
Email: jdoe@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.nominees[0].task_forces == (XML4IP, LS, NS)
    assert parsed.nominees[0].unknown_task_forces == ()


def test_numbered_task_force_list_after_a_sentence_keeps_its_first_item_fr() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne la personne ci-dessous pour les équipes
d'experts suivantes :

1. Équipe d'experts chargée de la norme XML4IP
2. Équipe d'experts chargée de la situation juridique
3. Équipe d'experts chargée de la transformation numérique

Nom : DUPONT Marie (Mme)
Fonction : Examinatrice principale
Nom d'utilisateur du compte OMPI : xx-mdupont
Courriel : mdupont@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.nominees[0].task_forces == (XML4IP, LS, DT)
    assert parsed.nominees[0].unknown_task_forces == ()
