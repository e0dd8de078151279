"""A member taken off a task force and a successor added in his place ("Dar de alta, en su
reemplazo", "Add, in his place", "Ajouter, à sa place", "Вместо него добавить"): the
successor is nominated; a removal alone nominates nobody."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees]


# --- one member off, his successor on ---------------------------------------------------

_SUCCESSOR_ES = """Estimados:

En el marco de la circular C. CWS 175, la Oficina solicita:

1) Dar de baja al Sr. Pedro Gómez Ruiz (es-pgomez) del Equipo Técnico XML4IP, ya que dejó la \
institución el 1 de octubre.

2) Dar de alta, en su reemplazo, a:
Sra. Lucía Fernández Soto
Cargo: Jefa de Sistemas
Usuario Cuenta OMPI: es-lfernandez
Correo asociado a la cuenta: lfernandez@office.example
Equipo Técnico: XML4IP

Saludos cordiales,
Ana Pérez
"""

_SUCCESSOR_EN = """Dear colleagues,

With reference to circular C. CWS 175, the Office requests:

1) Remove Mr. John Smith (gb-jsmith) from the XML4IP Task Force, as he left the Office on \
1 October.

2) Add, in his place:
Ms. Jane Brown
Position: Head of IT
WIPO username: gb-jbrown
E-mail: jbrown@office.example
Task Force: XML4IP

Kind regards,
Ann Green
"""

_SUCCESSOR_FR = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office demande :

1) Retirer M. Jean Dupont (fr-jdupont) de l'Équipe d'experts XML4IP, car il a quitté \
l'Office le 1er octobre.

2) Ajouter, à sa place :
Mme Claire Martin
Fonction : Cheffe du service informatique
Nom d'utilisateur OMPI : fr-cmartin
Courriel : cmartin@office.example
Équipe d'experts : XML4IP

Cordialement,
Anne Leroy
"""

_SUCCESSOR_RU = """Уважаемые коллеги,

Ссылаясь на циркулярное письмо C. CWS 175, Ведомство просит:

1) Исключить г-на Иванова Петра (ru-pivanov) из состава Целевой группы по XML4IP в связи с \
увольнением.

2) Вместо него добавить:
г-жа Смирнова Анна
Должность: начальник отдела
Имя пользователя: ru-asmirnova
Эл. почта: asmirnova@office.example
Целевая группа: XML4IP

С уважением,
Ольга Петрова
"""


@pytest.mark.parametrize(
    ("body", "successor"),
    [
        (_SUCCESSOR_ES, ("Mrs", "Fernández Soto", "Lucía", "es-lfernandez")),
        (_SUCCESSOR_EN, ("Ms", "Brown", "Jane", "gb-jbrown")),
        (_SUCCESSOR_FR, ("Mrs", "Martin", "Claire", "fr-cmartin")),
        (_SUCCESSOR_RU, ("Mrs", "Смирнова", "Анна", "ru-asmirnova")),
    ],
)
def test_a_successor_added_in_the_place_of_a_removed_member_is_nominated(
    body: str, successor: tuple[str, ...]
) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert people(parsed) == [successor]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


@pytest.mark.parametrize(
    "body",
    [
        "Estimados:\n\nSolicitamos dar de baja al Sr. Pedro Gómez Ruiz (es-pgomez) del Equipo "
        "Técnico XML4IP (C. CWS 175), ya que dejó la institución.\n\nSaludos,\nAna Pérez\n",
        "Dear colleagues,\n\nPlease remove Mr. John Smith (gb-jsmith) from the XML4IP Task Force "
        "(C. CWS 175). I would add that he retired last month.\n\nKind regards,\nAnn Green\n",
    ],
)
def test_a_removal_alone_nominates_nobody(body: str) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees
