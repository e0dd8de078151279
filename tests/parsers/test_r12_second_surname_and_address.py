"""Two labels of one field for one nominee: a surname in use beside the birth name ("Nom
d'usage" / "Nom de naissance"), and an office address beside the WIPO Account's ("USPTO
e-mail" / "E-mail used for the WIPO Account", maybe "same as above"). Neither starts a
next nominee; the clerk records the surname in use and the account's address."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(n.last_name, n.first_name, n.username, n.account_email) for n in parsed.nominees]


def test_french_usage_surname_over_birth_name() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office a le plaisir de proposer deux candidatures :

Civilité : Mme
Nom d'usage : MOREAU
Nom de naissance : PETIT
Prénom : Claire
Identifiant du compte OMPI : fr-cmoreau
Adresse électronique du compte : claire.moreau@office.example
Équipe d'experts : XML4IP

Civilité : M.
Nom : FAURE
Prénom : Luc
Identifiant du compte OMPI : fr-lfaure
Adresse électronique du compte : luc.faure@office.example
Équipe d'experts : XML4IP

Cordialement,
"""
    assert people(parse(make_mail(body))) == [
        ("MOREAU", "Claire", "fr-cmoreau", "claire.moreau@office.example"),
        ("FAURE", "Luc", "fr-lfaure", "luc.faure@office.example"),
    ]


def test_english_maiden_name_first_then_married_name() -> None:
    body = """Dear Secretariat,

In reply to C. CWS 175 the Office nominates:

Title: Ms
Maiden name: Brown
Married name: Green
First name: Alice
Username: xx-agreen
Task Force: XML4IP Task Force

Regards,
"""
    assert people(parse(make_mail(body))) == [("Green", "Alice", "xx-agreen", None)]


def test_spanish_surname_labels_of_two_nominees_stay_apart() -> None:
    # Negative: the next nominee's plain surname label, after other fields, opens their block.
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a:

Apellido de casada: ROJAS
Nombre: Lucía
Usuario: xx-lrojas
Apellido: MORALES
Nombre: Pedro
Usuario: xx-pmorales

Atentamente,
"""
    assert people(parse(make_mail(body))) == [
        ("ROJAS", "Lucía", "xx-lrojas", None),
        ("MORALES", "Pedro", "xx-pmorales", None),
    ]


def test_english_office_address_and_account_address() -> None:
    body = """Dear CWS Secretariat,

In response to Circular C. CWS 175, the Office nominates the following representatives.

Name: Ortega, Daniel (Mr.)
Position: Examiner
Office e-mail: daniel.ortega@office.example<mailto:daniel.ortega@office.example>
WIPO Account username: xx-dortega
E-mail used for the WIPO Account: d.ortega@example.com<mailto:d.ortega@example.com>
Task Force: Sequence Listings Task Force

Name: Lin, Karen (Ms.)
Position: IT Specialist
Office e-mail: karen.lin@office.example<mailto:karen.lin@office.example>
WIPO Account username: xx-klin
E-mail used for the WIPO Account: same as above
Task Forces: XML4IP Task Force; API Task Force

Thank you,
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [
        ("Ortega", "Daniel", "xx-dortega", "d.ortega@example.com"),
        ("Lin", "Karen", "xx-klin", "karen.lin@office.example"),
    ]
    assert [list(n.task_forces) for n in parsed.nominees] == [
        ["Sequence Listings Task Force"],
        ["XML4IP Task Force", "API Task Force"],
    ]


def test_russian_account_address_first_then_work_address() -> None:
    body = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает:

ФИО: Петров Игорь Сергеевич
Имя пользователя: xx-ipetrov
Электронная почта учетной записи: i.petrov@example.com
Служебная почта: petrov@office.example
Целевая группа: XML4IP

С уважением,
"""
    assert people(parse(make_mail(body))) == [
        ("Петров", "Игорь Сергеевич", "xx-ipetrov", "i.petrov@example.com")
    ]


def test_two_nominees_each_with_one_plain_address() -> None:
    # Negative: one plain e-mail label per nominee, no account label: each their own.
    body = """Dear Secretariat,

The Office nominates:

Name: Ms Jane DOE
E-mail: jane.doe@office.example
Name: Mr John ROE
E-mail: john.roe@office.example

Task force: XML4IP Task Force
"""
    assert [n.account_email for n in parse(make_mail(body)).nominees] == [
        "jane.doe@office.example",
        "john.roe@office.example",
    ]
