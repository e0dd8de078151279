"""English and French mail shapes: a nominee writing for the office, bracketed addresses."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"

_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


def test_address_in_brackets_after_the_username_is_the_account_email() -> None:
    body = """Dear Secretariat,

The Patent Office nominates Mr Paul Martin, Head of IT, to the XML4IP Task Force. His
username is rr-pmartin (paul.martin@po.example).

Regards
"""
    (person,) = people(parse(make_mail(body)))
    assert person["username"] == "rr-pmartin"
    assert person["account_email"] == "paul.martin@po.example"


def test_address_of_someone_else_in_a_later_sentence_is_not_taken() -> None:
    body = """Dear Secretariat,

The Patent Office nominates Mr Paul Martin, Head of IT, to the XML4IP Task Force. His
username is rr-pmartin. Questions may go to our registry (registry@po.example).

Regards
"""
    (person,) = people(parse(make_mail(body)))
    assert person["account_email"] is None


def test_nominee_writing_for_the_office_is_read_from_the_signature() -> None:
    body = """Dear CWS Secretariat,

I have been designated by my office to take part in the Legal Status Task Force. My
username is xx-jroe (jane.roe@office.example).

Best regards,

Ms. ROE Jane
Senior Examiner, Patent Division
National Patent Office
Tel. +1 555 0100
"""
    parsed = parse(make_mail(body, sender="ROE Jane <jane.roe@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    assert people(parsed) == [
        {
            "title": "Ms",
            "last_name": "ROE",
            "first_name": "Jane",
            "position": "Senior Examiner, Patent Division",
            "username": "xx-jroe",
            "account_email": "jane.roe@office.example",
            "task_forces": [LS],
        }
    ]


def test_self_nomination_in_french_takes_the_sender_name_without_signature() -> None:
    body = """Bonjour,

J'ai été désignée par mon office pour l'équipe d'experts XML4IP et l'équipe API.
Mon nom d'utilisateur est fr-cmartin, compte créé avec claire.martin@office.example.
"""
    parsed = parse(make_mail(body, sender="Claire Martin <claire.martin@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    (person,) = people(parsed)
    assert (person["first_name"], person["last_name"]) == ("Claire", "Martin")
    assert (person["username"], person["account_email"]) == (
        "fr-cmartin",
        "claire.martin@office.example",
    )
    assert person["task_forces"] == [XML4IP, API]


def test_first_person_question_without_username_nominates_nobody() -> None:
    body = """Dear colleagues,

I have been designated by my office, but I have no WIPO Account yet. Could you tell me
how to create one for the Legal Status Task Force?

Best regards,
Jane Roe
"""
    parsed = parse(make_mail(body, sender="Jane Roe <jane.roe@office.example>"))
    assert parsed.kind is Kind.OTHER, people(parsed)


def test_groupes_label_names_the_task_forces() -> None:
    body = """Bonjour,

En réponse à la circulaire C. CWS 175 :

Organisme : Office national de la propriété industrielle
Nom et prénom : Mme ROE Jeanne
Fonction : Examinatrice
Groupe(s) : Equipe d'experts XML4IP ; Equipe d'experts API
Compte OMPI : xx-jroe
Courriel associé : j.roe@office.example
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP, API]


def test_two_column_table_pasted_with_spaces() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, veuillez trouver la désignation suivante.

Nom de l'office                Office national de la propriété industrielle
Équipe(s) d'experts            Statut juridique (ST.27)
Civilité                       M.
Nom                            ROE
Prénom                         Jean
Poste occupé                   Chef du Service de la documentation
Nom d'utilisateur              xx-jroe
Adresse électronique           jean.roe@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Office national de la propriété industrielle"
    assert people(parsed) == [
        {
            "title": "Mr",
            "last_name": "ROE",
            "first_name": "Jean",
            "position": "Chef du Service de la documentation",
            "username": "xx-jroe",
            "account_email": "jean.roe@office.example",
            "task_forces": [LS],
        }
    ]


def test_office_row_above_a_spreadsheet_header() -> None:
    body = """Office | National Patent Office
Task Force | Title | Last name | First name | Position | Username | E-mail
API | Ms | ROE | Jane | Examiner | xx-jroe | jane.roe@office.example
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "National Patent Office"
    assert [(n["last_name"], n["task_forces"]) for n in people(parsed)] == [("ROE", [API])]
