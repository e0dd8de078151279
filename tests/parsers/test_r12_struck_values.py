"""Values withdrawn in the sender's own markup: text struck through in an HTML table sent
again corrected (<s>, <strike>, <del>, CSS line-through; the text part keeps old and new
side by side), and a resent table's row above the quoted one it corrects."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import parse_email
from parsers.mime import read_message
from parsers.models import ParsedEmail, ParseOptions
from tests.parsers.mailmaker import catalog, make_mail


def _alternative(text: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "RE: C. CWS 175"
    msg["Message-ID"] = "<struck@office.example>"
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


_CASES = [
    (
        "Madame, Monsieur,\n\nVeuillez trouver le tableau corrigé ; les données barrées ne "
        "sont plus valables.",
        ["Civilité", "Nom", "Prénom", "Nom d'utilisateur", "Adresse électronique",
         "Équipe(s) d'experts"],
        ["M.", "HADDAD", "Rami", "{old_user}", "rami.haddad@office.example", "{old_tf}"],
        "<s>{old}</s><br><span style='color:red'>{new}</span>",
    ),
    (
        "Dear Secretariat,\n\nPlease find the corrected table; struck values no longer apply.",
        ["Title", "Last name", "First name", "WIPO Account username", "E-mail", "Task Force"],
        ["Mr.", "HADDAD", "Rami", "{old_user}", "rami.haddad@office.example", "{old_tf}"],
        "<del>{old}</del> <font color=red>{new}</font>",
    ),
    (
        "Estimados señores:\n\nAdjuntamos el cuadro corregido; los datos tachados ya no son "
        "válidos.",
        ["Tratamiento", "Apellido", "Nombre", "Usuario Cuenta OMPI", "Correo", "Equipo Técnico"],
        ["Sr.", "HADDAD", "Rami", "{old_user}", "rami.haddad@office.example", "{old_tf}"],
        "<span style=\"text-decoration: line-through\">{old}</span><br>{new}",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lead", "header", "row", "mark"), _CASES)
def test_struck_through_values_are_withdrawn(
    lead: str, header: list[str], row: list[str], mark: str
) -> None:
    user = mark.format(old="rp-rhaddad", new="rp-ramihaddad")
    task_force = mark.format(old="3D Task Force", new="Blockchain Task Force")
    cells = [c.format(old_user=user, old_tf=task_force) for c in row]
    html = f"<p>{lead}</p><table>{_row(header)}{_row(cells)}</table><p>Regards</p>"
    plain_cells = [
        c.format(old_user="rp-rhaddad rp-ramihaddad", old_tf="3D Task Force Blockchain Task Force")
        for c in row
    ]
    text = f"{lead}\n\n" + "\t".join(header) + "\n" + "\t".join(plain_cells) + "\n\nRegards\n"
    parsed = _parse(_alternative(text, html))
    assert [(n.username, n.task_forces) for n in parsed.nominees] == [
        ("rp-ramihaddad", ("Blockchain Task Force",))
    ]


def test_a_strike_style_nothing_uses_leaves_the_text_part_read() -> None:
    # A style sheet may define a struck class no text wears: nothing is withdrawn.
    html = (
        "<html><head><style>.old {text-decoration: line-through}</style></head><body>"
        "<p>The Patent Office nominates Mr. Rami HADDAD (WIPO Account username: rp-rhaddad) "
        "for the Blockchain Task Force.</p><s> </s></body></html>"
    )
    text = (
        "The Patent Office nominates Mr. Rami HADDAD (WIPO Account username: rp-rhaddad) "
        "for the Blockchain Task Force.\n"
    )
    raw = _alternative(text, html)
    assert read_message(raw, ParseOptions()).body_source == "text/plain"
    assert [n.username for n in _parse(raw).nominees] == ["rp-rhaddad"]


_QUOTED_TABLE = """

-----Original Message-----
From: Office Contact <contact.person@office.example>
Sent: Tuesday, October 17, 2023 2:36 PM
To: cws.mail@wipo.int
Subject: C. CWS 175 - nominations

The Patent Office nominates:

Title\tLast name\tFirst name\tWIPO Account username\tE-mail\tTask Force
Ms.\tKHOURY\tNour\trp-nkhoury\tnour.khoury@office.example\tLegal Status Task Force
Mr.\tHADDAD\tRami\trp-rhaddad\trami.haddad@office.example\t3D Task Force
"""


@pytest.mark.parametrize(
    ("lead", "header"),
    [
        (
            "Dear Secretariat,\n\nFurther to your message, please find the corrected table.",
            "Title\tLast name\tFirst name\tWIPO Account username\tE-mail\tTask Force",
        ),
        (
            "Madame, Monsieur,\n\nSuite à votre message, veuillez trouver le tableau corrigé.",
            "Civilité\tNom\tPrénom\tNom d'utilisateur\tAdresse électronique\tÉquipe(s) d'experts",
        ),
    ],
)
def test_a_resent_table_row_says_which_task_forces_now(lead: str, header: str) -> None:
    body = (
        f"{lead}\n\n{header}\n"
        "Ms.\tKHOURY\tNour\trp-nkhoury\tnour.khoury@office.example\tLegal Status Task Force\n"
        "Mr.\tHADDAD\tRami\trp-ramihaddad\trami.haddad@office.example\tBlockchain Task Force\n"
        "\nRegards,\nLina SAADE\n" + _QUOTED_TABLE
    )
    parsed = _parse(make_mail(body, subject="RE: C. CWS 175 - nominations"))
    assert [(n.username, n.task_forces) for n in parsed.nominees] == [
        ("rp-nkhoury", ("Legal Status Task Force",)),
        ("rp-ramihaddad", ("Blockchain Task Force",)),
    ]
