"""Fields written once for several nominees, and values that go on under an empty label."""

from __future__ import annotations

from typing import Any

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
SEQL = "Sequence Listings Task Force"
BC = "Blockchain Task Force"
DT = "Digital Transformation Task Force"

_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


# -- two-column tables pasted with spaces: values continued under an empty label ------------


def test_task_forces_continued_under_an_empty_label_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, please find our form below.

Office                          National Patent Office
Task Forces                     Blockchain Task Force
                                XML4IP Task Force
                                Digital Transformation Task Force
Last name                       ROE
First name                      Jane
Title                           Ms
Position                        Senior Examiner
WIPO username                   xx-jroe
Account e-mail                  jane.roe@office.example

Regards
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP, BC, DT]
    assert person["last_name"] == "ROE"
    assert person["position"] == "Senior Examiner"


def test_position_continued_under_an_empty_label_fr() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, veuillez trouver la désignation suivante.

Nom de l'office                Office national de la propriété industrielle
Équipe(s) d'experts            Statut juridique (ST.27)
Civilité                       M.
Nom                            ROE
Prénom                         Jean
Poste occupé                   Chef du Service
                               de la documentation brevets
Nom d'utilisateur              xx-jroe
Adresse électronique           jean.roe@office.example
"""
    (person,) = people(parse(make_mail(body)))
    assert person["position"] == "Chef du Service de la documentation brevets"
    assert person["task_forces"] == [LS]
    assert person["username"] == "xx-jroe"


def test_an_indented_line_not_on_the_value_column_is_not_a_continuation() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175:

Task Forces                     XML4IP Task Force
Last name                       ROE
First name                      Jane
WIPO username                   xx-jroe
Account e-mail                  jane.roe@office.example

    Blockchain Task Force news: see our website.
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP]
