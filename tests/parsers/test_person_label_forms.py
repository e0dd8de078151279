"""A person's label in its feminine or plural form, or with a participle, reads like the
masculine one: "Experta: Ana GÓMEZ", "Представительница: ...", "Experte désignée : ...",
"Nominees: ...". Labels that only look alike ("Nominated by", "Expert group") stay apart.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


FORMS = [
    "Experta",
    "Representante designada",
    "Candidata",
    "Nominada",
    "Представительница",
    "Кандидатка",
    "Experte",
    "Désignée",
    "Experte désignée",
    "Déléguée",
    "Designated expert",
    "Nominees",
    "المرشحة",
]


@pytest.mark.parametrize("label", FORMS)
def test_feminine_plural_and_participle_forms_are_person_labels(label: str) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == "person"


@pytest.mark.parametrize("label", ["Nominated by", "Expert group", "Designated Office"])
def test_look_alikes_are_no_person_label(label: str) -> None:
    kind = classify_label(label)
    assert kind is None or kind.field != "person"


@pytest.mark.parametrize(
    ("label", "post", "user"),
    [
        ("Experta", "Cargo", "Usuario"),
        ("Представительница", "Должность", "Логин"),
        ("Experte désignée", "Fonction", "Identifiant"),
    ],
)
def test_name_after_a_feminine_label_is_read(label: str, post: str, user: str) -> None:
    body = (
        f"Bonjour,\n\n{label}: Ana GÓMEZ\n{post}: Examinadora\n{user}: xx-agomez\n"
        "E-mail: a.gomez@office.example\n\nJuan Roe\nPatent Office of Examplestan\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("GÓMEZ", "Ana", "xx-agomez")
    ]
