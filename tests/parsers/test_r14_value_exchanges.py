"""A reply saying two people of the mail it quotes have each other's values ("the task
forces of our two nominees were switched", "se intercambiaron los usuarios y correos de las
cuentas de los dos designados", "перепутаны логины", "工作队填反了", "تم تبديل عناوين
البريد"): the quoted people are what the office sends, with those values exchanged and
nothing else. A thank-you, a move to a task force, or new values are no exchange."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

# The Secretariat's acknowledgement, quoted below the office's reply.
_ACK = """On Tue, Oct 17, 2023 at 4:20 PM CWS Secretariat <cws.mail@wipo.int> wrote:

> Dear Ms Doe,
>
> We acknowledge with thanks the nominations of the Office in reply to Circular C. CWS 175, \
which we have recorded as follows:
>
> 1. Mr John SMITH
>    Position: Head of Documentation
>    Task Force: API Task Force
>    WIPO Account username: xx-jsmith
>    E-mail: j.smith@office.example
>
> 2. Ms Anna BROWN
>    Position: IT Officer
>    Task Force: XML4IP Task Force
>    WIPO Account username: xx-abrown
>    E-mail: a.brown@office.example
>
> Best regards,
> CWS Secretariat
"""
_OWN_NOMINATION = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a las siguientes personas:

Sra. Lucía PÉREZ
Cargo: Examinadora de Patentes
Equipo Técnico: Equipo Técnico SEQL
Usuario OMPI: xx-lperez
Correo cuenta OMPI: l.perez@office.example

Sr. Diego MORA
Cargo: Analista de Sistemas
Equipo Técnico: Equipo Técnico XML4IP
Usuario OMPI: xx-dmora
Correo cuenta OMPI: d.mora@office.example

Saludos cordiales,
Ana Ruiz"""
# The office's own nomination of the day before, quoted below its correction.
_OWN = (
    "El mié, 11 oct 2023 a las 16:22, Ana Ruiz (<contact.person@office.example>) escribió:\n\n"
    + "\n".join("> " + line for line in _OWN_NOMINATION.splitlines())
    + "\n"
)


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def rows(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.last_name, n.position, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


_SMITH = ("SMITH", "Head of Documentation", "xx-jsmith", "j.smith@office.example")
_BROWN = ("BROWN", "IT Officer", "xx-abrown", "a.brown@office.example")
_PEREZ = ("PÉREZ", "Examinadora de Patentes", "xx-lperez", "l.perez@office.example")
_MORA = ("MORA", "Analista de Sistemas", "xx-dmora", "d.mora@office.example")
_SEQL, _XML = ("Sequence Listings Task Force",), ("XML4IP Task Force",)


def test_task_forces_swapped_above_our_acknowledgement() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nThe task forces of our two nominees were switched in our original"
        " email. Could you please swap them?\n\nBest regards,\nJane Doe\n\n" + _ACK
    )
    assert parsed.kind.value == "nomination"
    # "in our original email" is the mail, not the addresses: those stay.
    assert rows(parsed) == [(*_SMITH, ("XML4IP Task Force",)), (*_BROWN, ("API Task Force",))]


def test_accounts_mixed_up_above_our_acknowledgement() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nSorry: the WIPO accounts of the two nominees were mixed up. "
        "Everything else is right.\n\nJane Doe\n\n" + _ACK
    )
    assert rows(parsed) == [
        (
            "SMITH",
            "Head of Documentation",
            "xx-abrown",
            "a.brown@office.example",
            ("API Task Force",),
        ),
        ("BROWN", "IT Officer", "xx-jsmith", "j.smith@office.example", ("XML4IP Task Force",)),
    ]


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (
            "Estimados señores:\n\nFe de erratas: en nuestro correo de ayer se intercambiaron los"
            " usuarios y correos de las cuentas de los dos designados. El resto no cambia.",
            [
                ("PÉREZ", "Examinadora de Patentes", "xx-dmora", "d.mora@office.example", _SEQL),
                ("MORA", "Analista de Sistemas", "xx-lperez", "l.perez@office.example", _XML),
            ],
        ),
        (
            "Estimados señores:\n\nLos Equipos Técnicos de ambos designados están invertidos; "
            "les ruego corregirlo.",
            [(*_PEREZ, _XML), (*_MORA, _SEQL)],
        ),
        (
            "Madame, Monsieur,\n\nLes noms d'utilisateur de nos deux candidats ont été intervertis"
            " dans notre message ci-dessous.",
            [
                ("PÉREZ", "Examinadora de Patentes", "xx-dmora", "l.perez@office.example", _SEQL),
                ("MORA", "Analista de Sistemas", "xx-lperez", "d.mora@office.example", _XML),
            ],
        ),
        (
            "Уважаемые коллеги!\n\nВ нашем письме ниже у двух кандидатов перепутаны логины. "
            "Просим поменять их местами.",
            [
                ("PÉREZ", "Examinadora de Patentes", "xx-dmora", "l.perez@office.example", _SEQL),
                ("MORA", "Analista de Sistemas", "xx-lperez", "d.mora@office.example", _XML),
            ],
        ),
        (
            "您好：\n\n我们之前的邮件中两位人员的工作队填反了，请互换。",
            [(*_PEREZ, _XML), (*_MORA, _SEQL)],
        ),
        (
            "السادة الأمانة،\n\nنرجو الانتباه إلى أنه تم تبديل عناوين البريد الإلكتروني بين "
            "المرشحين الاثنين في رسالتنا أدناه.",
            [
                ("PÉREZ", "Examinadora de Patentes", "xx-lperez", "d.mora@office.example", _SEQL),
                ("MORA", "Analista de Sistemas", "xx-dmora", "l.perez@office.example", _XML),
            ],
        ),
    ],
)
def test_values_exchanged_above_the_own_nomination(
    reply: str, expected: list[tuple[object, ...]]
) -> None:
    parsed = parse(reply + "\n\nAna Ruiz\n\n" + _OWN)
    assert parsed.kind.value == "nomination"
    assert rows(parsed) == expected


def test_the_values_restated_with_their_owners_do_not_undo_the_exchange() -> None:
    parsed = parse(
        "Estimados señores:\n\nAl copiar la tabla se invirtieron el usuario y el correo de la "
        "cuenta de nuestros dos designados. El usuario xx-lperez y el correo "
        "l.perez@office.example son del Sr. Mora; los de su fila (xx-dmora, "
        "d.mora@office.example) son de la Sra. Pérez.\n\nAna Ruiz\n\n" + _OWN
    )
    assert rows(parsed) == [
        ("PÉREZ", "Examinadora de Patentes", "xx-dmora", "d.mora@office.example", _SEQL),
        ("MORA", "Analista de Sistemas", "xx-lperez", "l.perez@office.example", _XML),
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "Dear Secretariat,\n\nThank you, everything below is correct.",
        # New values, not each other's.
        "Dear Secretariat,\n\nBoth nominees have switched to new e-mail addresses: "
        "j.smith@new.example and a.brown@new.example.",
    ],
)
def test_no_exchange(reply: str) -> None:
    parsed = parse(reply + "\n\nJane Doe\n\n" + _ACK)
    assert [n.account_email for n in parsed.nominees if n.last_name == "SMITH"] != [
        "a.brown@office.example"
    ]
    assert all(
        n.task_forces != ("XML4IP Task Force",) for n in parsed.nominees if n.last_name == "SMITH"
    )


def test_a_move_for_one_person_exchanges_nothing() -> None:
    parsed = parse(
        "Dear Secretariat,\n\nCould you please switch Mr Smith to the Legal Status Task Force?"
        "\n\nJane Doe\n\n" + _ACK
    )
    brown = [n for n in parsed.nominees if n.last_name == "BROWN"]
    assert all(n.task_forces == ("XML4IP Task Force",) and n.username == "xx-abrown" for n in brown)
    assert all(
        n.task_forces != ("XML4IP Task Force",) for n in parsed.nominees if n.last_name == "SMITH"
    )


def test_two_of_three_unnamed_exchange_nothing() -> None:
    three = _ACK.replace(
        "> Best regards,",
        ">\n> 3. Mr Paul GREEN\n>    Position: Examiner\n>    Task Force: Legal Status Task "
        "Force\n>    WIPO Account username: xx-pgreen\n>    E-mail: p.green@office.example\n>\n"
        "> Best regards,",
    )
    parsed = parse(
        "Dear Secretariat,\n\nThe usernames of two of our nominees were swapped.\n\n"
        "Jane Doe\n\n" + three
    )
    # Each username read, if any, is still its own person's.
    assert all(
        n.username is None or n.username.endswith((n.last_name or "?").lower())
        for n in parsed.nominees
    )


def test_two_of_three_named_are_exchanged() -> None:
    three = _ACK.replace(
        "> Best regards,",
        ">\n> 3. Mr Paul GREEN\n>    Position: Examiner\n>    Task Force: Legal Status Task "
        "Force\n>    WIPO Account username: xx-pgreen\n>    E-mail: p.green@office.example\n>\n"
        "> Best regards,",
    )
    parsed = parse(
        "Dear Secretariat,\n\nThe usernames of Mr Smith and Mr Green were swapped in our "
        "list; both are otherwise right.\n\nJane Doe\n\n" + three
    )
    names = {n.last_name: n.username for n in parsed.nominees}
    assert names["SMITH"] == "xx-pgreen"
    assert names["GREEN"] == "xx-jsmith"
    assert names["BROWN"] == "xx-abrown"
