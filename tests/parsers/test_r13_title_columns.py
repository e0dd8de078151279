"""A table's title column headed by a word for the form of address ("Trato", "Tratamiento",
"Civilité", "Обращение", "称谓") gives each row's title ("Sr.", "Sra.", "г-жа", "女士")."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog())


_ES = """Estimados señores:

En respuesta a la Circular C. CWS 175, designamos a los siguientes funcionarios:

{header}\tNombres\tApellidos\tCargo\tUsuario Cuenta OMPI\tCorreo Cuenta OMPI\tEquipo Técnico
Sr.\tJuan Pablo\tde la Cruz Almánzar\tDirector de Tecnología\tdo-jpdelacruz\tjpdelacruz@office.example\tEquipo Técnico XML4IP
Sra.\tAna Sofía\tdel Rosario Montes de Oca\tEncargada de Invenciones\tdo-adelrosario\tadelrosario@office.example\tEquipo Técnico SEQL

Atentamente,
Patricia Almonte
"""

_RU = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 сообщаем данные экспертов:

{header} | Фамилия | Имя | Должность | Имя пользователя ВОИС | Электронная почта | Целевая группа
г-н | Иванов | Пётр | эксперт | ru-pivanov | pivanov@office.example | Целевая группа по XML4IP
г-жа | Петрова | Анна | главный эксперт | ru-apetrova | apetrova@office.example | Целевая группа по API

С уважением,
Мария Смирнова
"""


@pytest.mark.parametrize(
    ("template", "header", "expected"),
    [
        (_ES, "Trato", [("Mr", "de la Cruz Almánzar"), ("Mrs", "del Rosario Montes de Oca")]),
        (_ES, "Tratamiento", [("Mr", "de la Cruz Almánzar"), ("Mrs", "del Rosario Montes de Oca")]),
        (_RU, "Обращение", [("Mr", "Иванов"), ("Mrs", "Петрова")]),
    ],
)
def test_title_column_gives_each_rows_title(
    template: str, header: str, expected: list[tuple[str, str]]
) -> None:
    parsed = _parse(template.format(header=header))
    assert [(n.title, n.last_name) for n in parsed.nominees] == expected


def test_trato_as_a_labelled_line() -> None:
    body = """En respuesta a la Circular C. CWS 175, designamos a:

Trato: Sra.
Nombres: Ana Sofía
Apellidos: del Rosario Montes de Oca
Usuario Cuenta OMPI: do-adelrosario
Equipo Técnico: Equipo Técnico SEQL
"""
    parsed = _parse(body)
    assert [(n.title, n.first_name) for n in parsed.nominees] == [("Mrs", "Ana Sofía")]


def test_table_without_a_title_column_gives_no_title() -> None:
    parsed = _parse(_ES.replace("{header}\t", "").replace("Sr.\t", "").replace("Sra.\t", ""))
    assert [(n.title, n.first_name) for n in parsed.nominees] == [
        (None, "Juan Pablo"),
        (None, "Ana Sofía"),
    ]


def test_trato_in_a_sentence_is_no_label() -> None:
    body = """En respuesta a la Circular C. CWS 175, designamos a la Sra. Ana Sofía DEL ROSARIO,
usuaria do-adelrosario, para el Equipo Técnico SEQL.

Trato hecho: les enviaremos el oficio firmado la próxima semana.
"""
    parsed = _parse(body)
    assert [(n.title, n.username) for n in parsed.nominees] == [("Mrs", "do-adelrosario")]
