"""Blind round 5 (en, fr): CSS grids, Notes-style quotes, names with their native script."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from parsers.appositives import appositive_position
from parsers.html import html_has_data_table, html_to_text
from parsers.language import detect_language
from parsers.names import split_person
from parsers.nominates_nobody import declines
from parsers.quotes import split_quotes
from parsers.taskforces import find_task_forces
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_ROW = '<div style="display: table-row">{}</div>'
_CELL = '<div style="display:table-cell;padding:4px">{}</div>'


def _grid(rows: list[list[str]]) -> str:
    body = "".join(_ROW.format("".join(_CELL.format(c) for c in row)) for row in rows)
    return f'<div style="display:table">{body}</div>'


def _html_mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg.set_content(f"<html><body>{body}</body></html>", subtype="html")
    return msg.as_bytes()


def test_css_table_rows_render_as_rows_of_cells() -> None:
    grid = _grid([["Last name", "First name"], ["Doe", "Jane<br>Mary"]])
    assert html_has_data_table(grid)
    assert html_to_text(f"<p>Nominees:</p>{grid}") == (
        "Nominees:\n\nLast name | First name\nDoe | Jane Mary"
    )


def test_css_row_without_cells_stays_a_block() -> None:
    assert html_to_text('<div style="display:table-row">one</div><div>two</div>') == "one\ntwo"


def test_english_css_grid_annex_gives_one_nominee_per_row() -> None:
    grid = _grid(
        [
            ["Task Force(s)", "Title", "Last name", "First name", "Position",
             "WIPO Account username", "E-mail address of the WIPO Account"],
            ["SEQL Task Force", "Ms", "Doe", "Jane", "Examiner", "xx-jdoe", "jdoe@office.example"],
            ["API Task Force", "Mr", "Roe", "Rick", "Analyst", "xx-rroe", "rroe@office.example"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>Dear Sir or Madam, we nominate:</div>{grid}"))
    got = people(parsed)
    assert [(p["title"], p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("Ms", "Doe", "xx-jdoe", ["Sequence Listings Task Force"]),
        ("Mr", "Roe", "xx-rroe", ["API Task Force"]),
    ]


def test_french_css_grid_annex_gives_one_nominee_per_row() -> None:
    grid = _grid(
        [
            ["Titre", "Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel",
             "Équipe(s) d'experts"],
            ["Mme", "Martin", "Claire", "Examinatrice", "xx-cmartin", "cmartin@office.example",
             "Équipe d'experts XML4IP"],
        ]
    )  # fmt: skip
    parsed = parse(_html_mail(f"<div>Madame, Monsieur, nous désignons :</div>{grid}"))
    assert people(parsed) == [
        {
            "title": "Mrs",
            "last_name": "Martin",
            "first_name": "Claire",
            "position": "Examinatrice",
            "username": "xx-cmartin",
            "account_email": "cmartin@office.example",
            "task_forces": ["XML4IP Task Force"],
        }
    ]


@pytest.mark.parametrize(
    "separator",
    [
        '----- Message de "CWS Mail" <cws.mail@wipo.int> le Mar, 10 Oct 2023 14:05:45 +0200 -----',
        '----- Message from "CWS Mail" <cws.mail@wipo.int> on Tue, 10 Oct 2023 14:05 -----',
        "----- Forwarded by Jane Doe/OFFICE on 10/10/2023 14:05 -----",
        "----- Réacheminé par Jeanne Doe/OFFICE le 10/10/2023 14:05 -----",
    ],
)
def test_lotus_notes_headers_start_the_history(separator: str) -> None:
    body = (
        f"Bonjour,\n\nVoici.\n\n{separator}\n\nA : a@office.example\n\nObjet : x\n\nAncien texte\n"
    )
    split = split_quotes(body)
    assert split.new_text == "Bonjour,\n\nVoici."
    assert "Ancien texte" in split.quoted


_REQUEST_FR = """Madame,

Nous vous remercions de votre courriel désignant M. Paul Durand auprès de l'équipe
d'experts chargée de la situation juridique.

Afin de traiter cette désignation, nous vous prions de nous communiquer :
1. la fonction de M. Durand ;
2. son nom d'utilisateur WIPO Accounts (par exemple ca-jsmith) ;
3. l'adresse électronique utilisée pour créer ce compte.

Secrétariat du CWS
Organisation Mondiale de la Propriété Intellectuelle (OMPI)
"""
_REQUEST_EN = """Dear Ms Smith,

Thank you for nominating Ms Anna Berg to the SEQL Task Force. Please send us:
1. her position in the Office;
2. her WIPO Account username (for example ca-jsmith);
3. the e-mail address used for that account.

CWS Secretariat
World Intellectual Property Organization (WIPO)
"""


def test_french_labelled_answers_above_a_notes_quoted_request() -> None:
    body = (
        "Bonjour,\n\nVoici les éléments demandés pour M. Durand :\n\n"
        "- fonction : Ingénieur brevets\n- identifiant : xx-pdurand\n"
        "- adresse du compte : pdurand@office.example\n\nCordialement,\n\nJeanne Roux\n"
        "Office national de la propriété industrielle (ONPI)\n\n\n"
        '----- Message de "CWS Mail" <cws.mail@wipo.int> le Mar, 10 Oct 2023 14:05 -----\n\n'
        "A : jroux@office.example\n\nObjet : C. CWS 175 - informations manquantes\n\n\n"
        + _REQUEST_FR
    )
    parsed = parse(make_mail(body, subject="Réponse : C. CWS 175 - informations manquantes"))
    assert parsed.office == "Office national de la propriété industrielle (ONPI)"
    assert people(parsed) == [
        {
            "title": "Mr",
            "last_name": "Durand",
            "first_name": "Paul",
            "position": "Ingénieur brevets",
            "username": "xx-pdurand",
            "account_email": "pdurand@office.example",
            "task_forces": ["Legal Status Task Force"],
        }
    ]


def test_english_labelled_answers_above_a_quoted_request() -> None:
    quoted = "\n".join(f"> {line}" if line else ">" for line in _REQUEST_EN.splitlines())
    body = (
        "Dear Secretariat,\n\nPlease find the details for Ms Berg:\n\n"
        "Position: Patent Examiner\nUsername: xx-aberg\nE-mail: aberg@office.example\n\n"
        "Best regards,\nJane Smith\n\n"
        f"On Tue, 10 Oct 2023 at 14:05, CWS Mail <cws.mail@wipo.int> wrote:\n{quoted}\n"
    )
    got = people(parse(make_mail(body, subject="Re: C. CWS 175 - missing information")))
    assert [(p["first_name"], p["last_name"], p["username"], p["task_forces"]) for p in got] == [
        ("Anna", "Berg", "xx-aberg", ["Sequence Listings Task Force"])
    ]


def test_a_thank_you_above_a_quoted_request_nominates_nobody() -> None:
    quoted = "\n".join(f"> {line}" if line else ">" for line in _REQUEST_EN.splitlines())
    body = (
        "Dear Secretariat,\n\nThank you, we will reply next week.\n\nBest regards,\nJane Smith\n\n"
        f"On Tue, 10 Oct 2023 at 14:05, CWS Mail <cws.mail@wipo.int> wrote:\n{quoted}\n"
    )
    assert people(parse(make_mail(body, subject="Re: C. CWS 175 - missing information"))) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Name: KIM Min-jun (김민준), Mr.\nPosition: Deputy Director of the Division", "en"),
        ("Nom : IVANOV Ivan (Иванов Иван), M.\nFonction : chef de la section des brevets", "fr"),
        ("Please note that Ms TANAKA Yuki（田中 由紀）will attend the meeting with us", "en"),
        ("특허청은 다음 전문가를 추천합니다", "ko"),
        ("特許庁は次の専門家を推薦します", "ja"),
    ],
)
def test_a_name_in_its_own_script_leaves_the_mail_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("written", "title", "last", "first"),
    [
        ("KIM Min-jun (김민준), Mr.", "Mr", "KIM", "Min-jun"),
        ("Min-jun KIM (김민준), Mr.", "Mr", "KIM", "Min-jun"),
        ("Mme IVANOVA Olga (Иванова Ольга)", "Mrs", "IVANOVA", "Olga"),
        ("WANG Wei (王伟), Ms", "Ms", "WANG", "Wei"),
    ],
)
def test_the_native_script_in_brackets_after_a_latin_name_is_dropped(
    written: str, title: str, last: str, first: str
) -> None:
    assert tuple(split_person(written)) == (title, last, first)


@pytest.mark.parametrize(
    "sentence",
    [
        "La Division n'est pas en mesure, faute de ressources, de désigner un représentant.",
        "L'Office ne désignera pas de représentant cette année.",
        "We are not in a position to nominate anybody to the task forces this year.",
        "The Office is unable to nominate a representative at this stage.",
        "La Oficina no está en condiciones de designar un representante este año.",
        "Роспатент не сможет назначить представителя в этом году.",
    ],
)
def test_a_refusal_naming_a_contact_nominates_nobody(sentence: str) -> None:
    body = (
        f"Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175 : {sentence}\n\n"
        "Nous souhaitons suivre les travaux de l'équipe d'experts XML4IP. Notre point de "
        "contact reste :\n\nMme Jeanne Roux\nChef de section\njroux@office.example\n\n"
        "Cordialement,\nJeanne Roux\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.kind == "other"
    assert people(parsed) == []


@pytest.mark.parametrize(
    "text",
    [
        "We do not have a username yet for Mr X, whom we nominate to the SEQL Task Force.",
        "We are unable to nominate anyone to the 3D Task Force, but we nominate Mr X to XML4IP.",
        "Please do not hesitate to contact us. We nominate Mr X.",
    ],
)
def test_a_negation_that_does_not_govern_every_nominating_verb_is_no_refusal(text: str) -> None:
    assert not declines(text)


def test_a_refusal_beside_a_username_is_still_a_nomination() -> None:
    body = (
        "Dear Sir or Madam,\n\nWe are not in a position to nominate anyone to the 3D Task "
        "Force. For the XML4IP Task Force:\n\nName: Ms Jane DOE\nPosition: Examiner\n"
        "Username: xx-jdoe\nE-mail: jdoe@office.example\n\nBest regards,\nJohn Roe\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.kind == "nomination"
    assert [p["username"] for p in people(parsed)] == ["xx-jdoe"]


@pytest.mark.parametrize(
    "intro",
    [
        "In reply to the invitation to the eleventh session of the Committee on WIPO Standards\n"
        "(CWS/11), Geneva, 4 to 8 December 2023, please find below the composition of the\n"
        "delegation of our Office:",
        "Suite à l'invitation à la onzième session du Comité des normes de l'OMPI, veuillez\n"
        "trouver ci-dessous la composition de la délégation de notre Office :",
    ],
)
def test_a_delegation_to_a_session_nominates_nobody(intro: str) -> None:
    body = (
        f"Dear Sir or Madam,\n\n{intro}\n\nHead of delegation:\nTitle: Ms\nName: Jane DOE\n"
        "Position: Director\nE-mail: jdoe@office.example\n\nDelegate:\nTitle: Mr\nName: John ROE\n"
        "Position: Senior Manager (member of the XML4IP Task Force)\nE-mail: jroe@office.example\n"
        "\nBest regards,\nAnn Poe\n"
    )
    parsed = parse(make_mail(body, subject="CWS/11 - registration of the delegation"))
    assert parsed.kind == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ms Doe, Senior IT Architect, Digital Transformation Department", []),
        ("M. Roux, chef de projet, Direction de la transformation numérique", []),
        ("Sr. Ruiz, Jefe, Departamento de Situación Jurídica", []),
        ("to the Digital Transformation Task Force", ["Digital Transformation Task Force"]),
        ("l'équipe d'experts chargée de la transformation numérique", ["Digital Transformation Task Force"]),
        ("Task forces: digital transformation; legal status", ["Digital Transformation Task Force", "Legal Status Task Force"]),
    ],
)  # fmt: skip
def test_a_department_named_like_a_task_force_is_no_task_force(
    text: str, expected: list[str]
) -> None:
    assert [hit.name for hit in find_task_forces(text, catalog())] == expected


def test_a_two_piece_position_wrapped_onto_the_next_line() -> None:
    body = (
        "Dear colleagues,\n\nWe nominate Ms Elena Rossi, Senior IT Architect, Digital\n"
        "Transformation Department, to the 3D Task Force. Her username is xx-erossi and her\n"
        "address erossi@office.example.\n\nKind regards,\nAnna Poe\n"
    )
    (got,) = people(parse(make_mail(body)))
    assert got["position"] == "Senior IT Architect, Digital Transformation Department"
    assert got["task_forces"] == ["3D Task Force"]


def test_a_french_post_in_a_directorate_named_like_a_task_force() -> None:
    body = (
        "Madame, Monsieur,\n\nNous désignons M. Paul Roux, chef de projet, Direction de la\n"
        "transformation numérique, pour l'équipe d'experts XML4IP. Son identifiant est "
        "xx-proux et son adresse proux@office.example.\n\nCordialement,\nAnne Poe\n"
    )
    (got,) = people(parse(make_mail(body)))
    assert got["task_forces"] == ["XML4IP Task Force"]


@pytest.mark.parametrize(
    "segment",
    [
        ", que l'Office désigne par la présente pour l'équipe d'experts XML4IP",
        ", qu'il désigne pour l'équipe d'experts XML4IP",
        ", whom the Office hereby nominates to the XML4IP Task Force",
        ", which the Office nominates",
    ],
)
def test_a_relative_clause_after_the_name_is_no_post(segment: str) -> None:
    assert appositive_position(segment) is None


def test_a_post_after_the_name_is_still_read() -> None:
    found = appositive_position(", Senior Examiner, to the XML4IP Task Force")
    assert found is not None
    assert found[0] == "Senior Examiner"
