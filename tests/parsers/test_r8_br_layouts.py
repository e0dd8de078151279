"""Layouts of the eighth blind round: an account's e-mail under a second account label after
its username ("Nom d'utilisateur : x" then "Adresse du compte : x@y"), and a name heading
that gives the name again in other letters before its title ("Григорян Анна (Grigoryan
Anna), г-жа")."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def accounts(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("last_name", "first_name", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


# ------------------------------------------- the account's e-mail last in each nominee's block


def test_french_account_address_closing_each_block_stays_with_its_nominee() -> None:
    body = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office tunisien désigne :

1.
Titre : Mme
Nom : TRABELSI
Prénom : Leïla
Fonction : Ingénieure
Équipe d'experts : XML4IP
Nom d'utilisateur : tn-ltrabelsi
Adresse du compte : l.trabelsi@office.example

2.
Titre : M.
Nom : GHARBI
Prénom : Sami
Fonction : Examinateur
Équipe d'experts : API
Nom d'utilisateur : tn-sgharbi
Adresse du compte : s.gharbi@office.example

Cordialement,
Hela Ben Salah
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert accounts(parsed) == [
        {
            "last_name": "TRABELSI",
            "first_name": "Leïla",
            "username": "tn-ltrabelsi",
            "account_email": "l.trabelsi@office.example",
        },
        {
            "last_name": "GHARBI",
            "first_name": "Sami",
            "username": "tn-sgharbi",
            "account_email": "s.gharbi@office.example",
        },
    ]


def test_spanish_account_address_after_the_username_in_each_block() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a:

Nombre: Carla
Apellido: MÉNDEZ
Cargo: Examinadora
Equipo técnico: Equipo Técnico de la Norma ST.26
Usuario: uy-cmendez
Dirección de la cuenta: cmendez@office.example

Nombre: Diego
Apellido: SOSA
Cargo: Analista
Equipo técnico: Equipo Técnico XML4IP
Usuario: uy-dsosa
Dirección de la cuenta: dsosa@office.example

Atentamente,
Inés Pereyra
"""
    parsed = parse(make_mail(body))
    assert accounts(parsed) == [
        {
            "last_name": "MÉNDEZ",
            "first_name": "Carla",
            "username": "uy-cmendez",
            "account_email": "cmendez@office.example",
        },
        {
            "last_name": "SOSA",
            "first_name": "Diego",
            "username": "uy-dsosa",
            "account_email": "dsosa@office.example",
        },
    ]


def test_account_address_opening_each_block_stays_with_the_nominee_it_opens() -> None:
    # The address comes first in each block: the second block's address is its own
    # nominee's, not a second address of the nominee above it.
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Account address: n.okafor@office.example
Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor

Account address: t.adeyemi@office.example
Last name: ADEYEMI
First name: Tolu
Username: ng-tadeyemi

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    assert accounts(parsed) == [
        {
            "last_name": "OKAFOR",
            "first_name": "Ngozi",
            "username": "ng-nokafor",
            "account_email": "n.okafor@office.example",
        },
        {
            "last_name": "ADEYEMI",
            "first_name": "Tolu",
            "username": "ng-tadeyemi",
            "account_email": "t.adeyemi@office.example",
        },
    ]


def test_a_second_address_does_not_replace_the_e_mail_already_given() -> None:
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor
E-mail: n.okafor@office.example
Account address: ngozi.okafor@office.example

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    first = accounts(parsed)[0]
    assert first["username"] == "ng-nokafor"
    assert first["account_email"] == "n.okafor@office.example"


def test_second_username_that_is_no_address_still_opens_the_next_nominee() -> None:
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor
Account: ng-nokafor2

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    assert all(n.account_email is None for n in parsed.nominees)
    assert parsed.nominees[0].username == "ng-nokafor"


# ------------------------------ a heading naming the nominee twice, then the title after a comma


def names(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "username")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_russian_headings_with_the_latin_name_in_brackets_before_the_title() -> None:
    body = """Уважаемые господа!

В ответ на циркулярное письмо C. CWS 175 ведомство назначает следующих специалистов:

1. Саркисян Гаяне Ашотовна (Sargsyan Gayane), г-жа
Должность: главный специалист
Учетная запись ВОИС: am-gsargsyan
E-mail: gsargsyan@office.example
Целевая группа: Целевая группа по XML4IP

2. Мелик-Адамян Давид Арменович (Melik-Adamyan Davit), г-н
Должность: ведущий специалист
Учетная запись ВОИС: am-dmelikadamyan
E-mail: dmelikadamyan@office.example
Целевая группа: Целевая группа по API

С уважением,
Нарине Акопян
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert names(parsed) == [
        {
            "title": "Mrs",
            "last_name": "Саркисян",
            "first_name": "Гаяне Ашотовна",
            "username": "am-gsargsyan",
        },
        {
            "title": "Mr",
            "last_name": "Мелик-Адамян",
            "first_name": "Давид Арменович",
            "username": "am-dmelikadamyan",
        },
    ]


def test_english_headings_with_the_native_name_in_brackets_and_a_titled_signer() -> None:
    body = """Dear colleagues,

In reply to circular C. CWS 175 the Office nominates:

1. KHACHATRYAN Mariam (Хачатрян Мариам), Ms
Position: Head of Trademark Examination
Username: am-mkhachatryan
E-mail: mkhachatryan@office.example
Task Force: Legal Status Task Force

2. TER-GRIGORYAN Aram (Тер-Григорян Арам), Mr
Position: IT specialist
Username: am-atergrigoryan
E-mail: atergrigoryan@office.example
Task Force: XML4IP Task Force

Best regards,

HAKOBYAN Narine (Акопян Нарине), Ms
Tel.: +374 10 00 00 00
E-mail: n.hakobyan@office.example
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [
        {
            "title": "Ms",
            "last_name": "KHACHATRYAN",
            "first_name": "Mariam",
            "username": "am-mkhachatryan",
        },
        {
            "title": "Mr",
            "last_name": "TER-GRIGORYAN",
            "first_name": "Aram",
            "username": "am-atergrigoryan",
        },
    ]


def test_a_bracketed_post_before_the_title_is_no_second_writing_of_the_name() -> None:
    # "(отдел 3)" holds a number: not the name in other letters, so the line is no heading.
    body = """Уважаемые господа!

В ответ на циркулярное письмо C. CWS 175 ведомство назначает:

1. Саркисян Гаяне Ашотовна (отдел 3), г-жа
Должность: главный специалист
Учетная запись ВОИС: am-gsargsyan
E-mail: gsargsyan@office.example
Целевая группа: Целевая группа по XML4IP

С уважением,
Нарине Акопян
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name) for n in parsed.nominees] == [(None, None)]
    assert parsed.nominees[0].username == "am-gsargsyan"

