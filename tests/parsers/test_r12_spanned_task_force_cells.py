"""A table grouped by task force, each task force's cell spanning the rows of its titular
member and deputy (rowspan): the text part writes the cell on the group's first row only,
so every row under it belongs to that task force, and a person in two groups is in both.
The office's sentence may set off the capacity it acts in between its name and the verb
("..., en su calidad de Oficina Nacional ..., se permite comunicar")."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _alternative(text: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Message-ID"] = "<spanned@office.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _task_forces(parsed: ParsedEmail) -> dict[str, list[str]]:
    return {n.username or "": list(n.task_forces) for n in parsed.nominees}


_FR_ROWS = (
    "Task Force\tRole\tLast name, First name (Mr./Mrs./Ms.)\tWIPO Account username\t"
    "E-mail address used for the WIPO Account\n"
    "Sequence Listings Task Force (ST.26)\tTitulaire\tDUPONT, Jean (Mr.)\tjdupont\t"
    "j.dupont@office.example\n"
    "\tSuppléante\tLEROY, Claire (Mrs.)\tcleroy\tc.leroy@office.example\n"
    "Legal Status Task Force (ST.27)\tTitulaire\tLEROY, Claire (Mrs.)\tcleroy\t"
    "c.leroy@office.example\n"
    "\tSuppléant\tMOREAU, Paul (Mr.)\tpmoreau\tp.moreau@office.example\n"
)
_ES_ROWS = (
    "Equipo Técnico\tCalidad\tNombre\tUsuario Cuenta OMPI\tCorreo de la cuenta OMPI\n"
    "Equipo Técnico XML4IP\tTitular\tSra. Ana María Ruiz Gómez\tar-ruiz\taruiz@office.example\n"
    "\tSuplente\tSr. Pedro Luis Soto Vega\tpl-soto\tplsoto@office.example\n"
    "Equipo Técnico sobre la Situación Jurídica (ST.27)\tTitular\tSr. Pedro Luis Soto Vega\t"
    "pl-soto\tplsoto@office.example\n"
    "\tSuplente\tSra. Laura Díaz Pinto\tl-diaz\tldiaz@office.example\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bonjour,\n\nL'Office national de la propriété industrielle désigne un titulaire "
            "et un suppléant pour chaque équipe d'experts :\n\n" + _FR_ROWS + "\nCordialement,",
            {
                "jdupont": ["Sequence Listings Task Force"],
                "cleroy": ["Sequence Listings Task Force", "Legal Status Task Force"],
                "pmoreau": ["Legal Status Task Force"],
            },
        ),
        (
            "Estimados señores:\n\nEl Instituto Nacional de Propiedad Industrial designa a los "
            "siguientes funcionarios como titular y suplente:\n\n" + _ES_ROWS + "\nCordialmente,",
            {
                "ar-ruiz": ["XML4IP Task Force"],
                "pl-soto": ["XML4IP Task Force", "Legal Status Task Force"],
                "l-diaz": ["Legal Status Task Force"],
            },
        ),
    ],
)
def test_rows_under_a_spanning_task_force_cell_share_it(
    body: str, expected: dict[str, list[str]]
) -> None:
    parsed = _parse(make_mail(body))
    assert _task_forces(parsed) == expected


def test_html_rowspan_and_its_text_part_read_alike() -> None:
    html = (
        "<p>The Patent Office nominates a member and a deputy per task force:</p><table>"
        "<tr><th>Task Force</th><th>Role</th><th>Last name, First name</th>"
        "<th>WIPO Account username</th><th>E-mail address used for the WIPO Account</th></tr>"
        '<tr><td rowspan="2">API Task Force</td><td>Member</td><td>STONE, Alice (Ms.)</td>'
        "<td>astone</td><td>a.stone@office.example</td></tr>"
        "<tr><td>Deputy</td><td>WEST, Brian (Mr.)</td><td>bwest</td>"
        "<td>b.west@office.example</td></tr></table>"
    )
    text = (
        "The Patent Office nominates a member and a deputy per task force:\n\n"
        "Task Force\tRole\tLast name, First name\tWIPO Account username\t"
        "E-mail address used for the WIPO Account\n"
        "API Task Force\tMember\tSTONE, Alice (Ms.)\tastone\ta.stone@office.example\n"
        "\tDeputy\tWEST, Brian (Mr.)\tbwest\tb.west@office.example\n"
    )
    parsed = _parse(_alternative(text, html))
    assert _task_forces(parsed) == {"astone": ["API Task Force"], "bwest": ["API Task Force"]}


def test_a_blank_task_force_cell_after_the_names_is_not_spanned() -> None:
    # The task-force column comes last: a blank there is a member given no task force,
    # not a cell spanning from the row above.
    body = (
        "The Patent Office nominates:\n\n"
        "Last name\tFirst name\tWIPO Account username\tE-mail\tTask Force\n"
        "STONE\tAlice\tastone\ta.stone@office.example\tAPI Task Force\n"
        "WEST\tBrian\tbwest\tb.west@office.example\t\n"
    )
    parsed = _parse(make_mail(body))
    assert _task_forces(parsed)["astone"] == ["API Task Force"]
    assert _task_forces(parsed)["bwest"] != ["API Task Force"]


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Respetados señores:\n\nEn atención a la Circular C. CWS 175, la Superintendencia "
            "de Industria y Comercio (SIC) de Colombia, en su calidad de Oficina Nacional de "
            "Propiedad Industrial, se permite designar a la Sra. Ana María Ruiz Gómez para el "
            "Equipo Técnico XML4IP.\n\nCordialmente,",
            "Superintendencia de Industria y Comercio (SIC)",
        ),
        (
            "Madame, Monsieur,\n\nL'Office burundais du droit d'auteur (OBDA), en sa qualité "
            "d'office national, désigne M. Jean DUPONT pour l'équipe d'experts XML4IP.\n\n"
            "Cordialement,",
            "Office burundais du droit d'auteur (OBDA)",
        ),
        (
            "Dear colleagues,\n\nThe Ruritanian Patent Office, in its capacity as the national "
            "office, nominates Ms. Alice STONE for the API Task Force.\n\nBest regards,",
            "Ruritanian Patent Office",
        ),
    ],
)
def test_office_before_the_capacity_it_acts_in(body: str, office: str) -> None:
    parsed = _parse(make_mail(body))
    assert parsed.office == office


def test_a_mission_before_an_adjunct_gives_no_office() -> None:
    # The verb after the adjunct has no clause mark before its sentence within reach: the
    # text before it is another sentence's, which names the mission, no office.
    body = (
        "The Permanent Mission of Ruritania to the United Nations Office and other "
        "International Organizations in Geneva presents its compliments to the International "
        "Bureau of the World Intellectual Property Organization (WIPO) and, with reference to "
        "circular C. CWS 175, has the honour to communicate the nomination of the following "
        "officials of the Ruritanian Patent Office (RPO):\n\n"
        "Ms. Alice STONE, API Task Force, WIPO Account username: astone\n"
    )
    parsed = _parse(make_mail(body))
    assert parsed.office == "Ruritanian Patent Office (RPO)"
