"""More shapes seen in real mail that the parser read wrongly: a lone name label holding
the whole name, a sender nominating themself, and a post stated in a sentence."""

from __future__ import annotations

from typing import Any

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


# 1. A lone "Nombre:", "Nom :" or "Имя:" with no surname label in its block holds the
# whole name; beside a surname label it stays the first name.


def _es_block(name_lines: str, username: str = "es-jperez") -> str:
    return f"""Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a:

{name_lines}
Cargo: Jefe de Sección
Usuario de la cuenta OMPI: {username}
Correo: juan.perez@oepm.example
Equipo técnico: XML4IP
"""


def test_spanish_lone_nombre_with_two_surnames_is_the_whole_name() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Juan Pérez García")))
    assert names(parsed) == [("Pérez García", "Juan")]
    assert parsed.nominees[0].position == "Jefe de Sección"


def test_spanish_lone_nombre_with_the_surname_in_capitals() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Sra. María José LÓPEZ RUIZ", "es-mlopez")))
    assert names(parsed) == [("LÓPEZ RUIZ", "María José")]
    assert parsed.nominees[0].title == "Mrs"


def test_spanish_nombre_beside_a_surname_label_stays_the_first_name() -> None:
    after = parse(make_mail(_es_block("Nombre: Juan Carlos\nApellidos: Pérez García")))
    assert names(after) == [("Pérez García", "Juan Carlos")]
    before = parse(make_mail(_es_block("Apellidos: Pérez García\nNombre: Juan Carlos")))
    assert names(before) == [("Pérez García", "Juan Carlos")]


def test_spanish_lone_nombre_of_one_word_stays_the_first_name() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Juan")))
    assert names(parsed) == [(None, "Juan")]


def test_french_lone_nom_is_the_whole_name() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne :

Nom : DUPONT Marie
Fonction : Chef de service
Nom d'utilisateur : fr-mdupont
Courriel : marie.dupont@inpi.example
Équipe d'experts : XML4IP
"""
    assert names(parse(make_mail(body))) == [("DUPONT", "Marie")]
    one = body.replace("DUPONT Marie", "Jean-Pierre MARTIN").replace("fr-mdupont", "fr-jmartin")
    assert names(parse(make_mail(one))) == [("MARTIN", "Jean-Pierre")]


def test_french_nom_beside_a_first_name_label_stays_the_surname() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne :

Nom : DE LA FONTAINE
Prénom : Marie Claire
Fonction : Chef de service
Nom d'utilisateur : fr-mdelafontaine
Équipe d'experts : XML4IP
"""
    assert names(parse(make_mail(body))) == [("DE LA FONTAINE", "Marie Claire")]
    # A surname of several words in capitals, alone, is still only a surname.
    alone = body.replace("Prénom : Marie Claire\n", "")
    assert names(parse(make_mail(alone))) == [("DE LA FONTAINE", None)]


def _ru_block(name_lines: str) -> str:
    return f"""Уважаемые коллеги,

В ответ на циркуляр C. CWS 175 ведомство назначает:

{name_lines}
Должность: главный эксперт
Имя пользователя: ru-pivanov
Эл. почта: p.ivanov@rupto.example
Целевая группа: XML4IP
"""


def test_russian_lone_imya_is_the_whole_name_surname_first() -> None:
    parsed = parse(make_mail(_ru_block("Имя: Иванов Пётр Сергеевич")))
    assert names(parsed) == [("Иванов", "Пётр Сергеевич")]


def test_russian_imya_with_a_patronymic_or_a_surname_label_stays_the_given_name() -> None:
    labelled = parse(make_mail(_ru_block("Имя: Пётр Сергеевич\nФамилия: Иванов")))
    assert names(labelled) == [("Иванов", "Пётр Сергеевич")]
    # A given name and patronymic, with no surname anywhere: no surname is made up.
    bare = parse(make_mail(_ru_block("Имя: Пётр Сергеевич")))
    assert names(bare) == [(None, "Пётр Сергеевич")]


def test_an_explicit_first_name_label_of_two_words_stays_the_first_name() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate:

First name: Mary Ann
Position: Examiner
WIPO Account username: xx-mann
Task Force: XML4IP Task Force
"""
    assert names(parse(make_mail(body))) == [(None, "Mary Ann")]
    es = _es_block("Nombre de pila: Juan Carlos")
    assert names(parse(make_mail(es))) == [(None, "Juan Carlos")]


def test_chinese_lone_mingzi_is_the_whole_name() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，我局提名：

名字：欧阳明
职务：审查员
用户名：cn-ouyangming
工作队：XML4IP工作队
"""
    assert names(parse(make_mail(body))) == [("欧阳", "明")]
    labelled = body.replace("名字：欧阳明", "姓：欧阳\n名字：明")
    assert names(parse(make_mail(labelled))) == [("欧阳", "明")]
