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


def test_typo_corrected_further_down_with_only_the_right_value_ru() -> None:
    body = """Добрый день!

Направляем данные представителей ведомства (циркулярное письмо C. CWS 175).

Представитель 1
Фамилия: Рахимов
Имя, отчество: Фарход Саидович
Имя пользователя: xx-frakhimov
Эл. почта: frakhimov@office.example
Целевая группа: по API

Представитель 2
Фамилия: Назарова
Имя, отчество: Мадина Шералиевна
Имя пользователя: xx-mnazarva
Эл. почта: mnazarova@office.example
Целевая группа: по API

Обратите внимание: в имени пользователя г-жи Назаровой выше допущена опечатка, правильно — xx-mnazarova.
"""
    parsed = parse(make_mail(body))
    assert [n.username for n in parsed.nominees] == ["xx-frakhimov", "xx-mnazarova"]


def test_typo_corrected_further_down_with_only_the_right_value_es_fr_en() -> None:
    labels = {
        "es": (
            "Nombre: Sr. Juan PÉREZ\nUsuario: xx-jperz\nCorreo: jperez@office.example",
            "Perdón, hay un error en el usuario: el correcto es xx-jperez.",
        ),
        "fr": (
            "Nom : M. Jean DUPONT\nIdentifiant : xx-jdupnt\nCourriel : jdupont@office.example",
            "Une coquille s'est glissée : le bon identifiant est xx-jdupont.",
        ),
        "en": (
            "Name: Mr John SMITH\nUsername: xx-jsmth\nE-mail: jsmith@office.example",
            "PS: sorry for the typo, the correct username is xx-jsmith.",
        ),
    }
    for lang, (block, note) in labels.items():
        body = f"C. CWS 175 – API Task Force\n\n{block}\n\n{note}\n"
        parsed = parse(make_mail(body))
        assert [n.username for n in parsed.nominees] == [
            {"es": "xx-jperez", "fr": "xx-jdupont", "en": "xx-jsmith"}[lang]
        ], lang


def test_a_right_value_far_from_every_value_read_replaces_nothing() -> None:
    body = """C. CWS 175 – API Task Force

Name: Mr John SMITH
Username: xx-jsmith
E-mail: jsmith@office.example

The correct address for the Office's general mail is registry@office.example.
"""
    parsed = parse(make_mail(body))
    assert [(n.username, n.account_email) for n in parsed.nominees] == [
        ("xx-jsmith", "jsmith@office.example")
    ]
