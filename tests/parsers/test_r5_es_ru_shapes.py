"""Blind round 5 (es, ru, with en where the shape exists): events, transliterations, prose."""

from __future__ import annotations

import pytest

from parsers import Kind
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import SEQL, XML4IP, parse, people

# People registered for an event: names, posts, addresses, a standard's number, but no one
# joins a task force.
EVENT_REGISTRATIONS = [
    (
        "ru_webinar",
        "Регистрация на вебинар",
        """Уважаемые организаторы!

Просим зарегистрировать следующих сотрудников для участия в вебинаре ВОИС по стандарту ST.26,
который состоится 26 октября:

1. г-жа Орлова Мария Петровна — главный эксперт, morlova@office.example
2. г-н Гусев Павел Андреевич — эксперт, pgusev@office.example

Учетные записи ВОИС у обоих уже есть (xx-morlova, xx-pgusev).

С уважением,
Отдел внешних связей
""",
    ),
    (
        "es_seminario",
        "Seminario web ST.26",
        """Estimados organizadores:

Les solicitamos inscribir a las siguientes personas en el seminario web de la OMPI sobre la
norma ST.26 del 26 de octubre:

- Sra. Ana Gómez Ruiz, Examinadora de Patentes, usuario xx-agomez, agomez@office.example
- Sr. Luis Mora Díaz, Examinador de Patentes, usuario xx-lmora, lmora@office.example

Atentamente,
Relaciones Internacionales
""",
    ),
    (
        "en_webinar",
        "Webinar on ST.26",
        """Dear organizers,

Please register the following colleagues for the WIPO webinar on ST.26 on 26 October:

- Ms. Jane Roe, Patent Examiner, WIPO Account xx-jroe, jroe@office.example
- Mr. John Poe, Patent Examiner, WIPO Account xx-jpoe, jpoe@office.example

Best regards,
International Affairs
""",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), EVENT_REGISTRATIONS, ids=[c[0] for c in EVENT_REGISTRATIONS]
)
def test_people_registered_for_an_event_are_not_nominated(
    name: str, subject: str, body: str
) -> None:
    parsed = parse(make_mail(body, subject=subject))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()


def test_a_nomination_that_also_registers_for_a_session_still_nominates() -> None:
    body = """Estimados señores:

La Oficina designa a la Sra. Ana Gómez Ruiz, Examinadora de Patentes (usuario xx-agomez,
agomez@office.example), como miembro del Equipo Técnico SEQL.

La Sra. Gómez también se ha inscrito en la sesión del CWS de diciembre.

Atentamente,
Relaciones Internacionales
"""
    parsed = parse(make_mail(body, subject="Designación"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert [p["task_forces"] for p in people(parsed)] == [[SEQL]]


def test_a_registration_under_the_campaign_circular_is_read_as_a_nomination() -> None:
    body = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 просим зарегистрировать г-жу Орлову Марию Петровну,
главного эксперта (xx-morlova, morlova@office.example), в Целевой группе по XML4IP.

С уважением,
Отдел стандартов
"""
    parsed = parse(make_mail(body, subject="C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION, parsed.to_contract()
    assert [p["task_forces"] for p in people(parsed)] == [[XML4IP]]
