"""Spanish and Russian mail shapes of the third blind round."""

from __future__ import annotations

from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import AF, API, LS, SEQL, parse, people


def test_later_mention_by_both_surnames_shows_where_they_start() -> None:
    body = """Distinguidos señores:

La Oficina designa al Dr. Julio César Mendoza Paz, Jefe de Sistemas, como miembro del Equipo Técnico SEQL.

El Dr. Mendoza Paz aún no tiene Cuenta OMPI.

Atentamente,
Secretaría
"""
    got = people(parse(make_mail(body)))
    assert [(n["last_name"], n["first_name"]) for n in got] == [("Mendoza Paz", "Julio César")]
    assert got[0]["task_forces"] == [SEQL]


def test_later_mention_by_one_surname_leaves_the_split_alone() -> None:
    body = """Estimados:

La Oficina designa a la Sra. Ana María Rojas, Analista, para el Equipo Técnico sobre la Situación Jurídica.

La Sra. Rojas tiene la cuenta co-arojas.
"""
    got = people(parse(make_mail(body)))
    assert [(n["last_name"], n["first_name"], n["task_forces"]) for n in got] == [
        ("Rojas", "Ana María", [LS])
    ]


def test_reference_only_in_the_subject_as_a_document_number() -> None:
    body = """Distinguidos señores:

En atención a la circular de la referencia, la Oficina designa al Sr. Luis Paz, Analista, para el Equipo Técnico SEQL.
"""
    parsed = parse(make_mail(body, subject="Ref.: CWS/175"))
    assert parsed.reference == "C. CWS 175"


def test_name_heading_with_its_title_in_brackets_opens_a_labelled_block() -> None:
    body = """Уважаемые коллеги!

Ведомство сообщает сведения о своих представителях (циркуляр C. CWS 175).

Орлова-Ким Дарья Олеговна (г-жа)
Должность — ведущий эксперт
Целевые группы — по XML4IP
Учётная запись ВОИС — ru-dorlova, dorlova@office.example

Зайцев Пётр (г-н)
Должность — программист
Целевые группы — по правовому статусу
Учётная запись ВОИС — ru-pzaitsev, pzaitsev@office.example
"""
    got = people(parse(make_mail(body)))
    assert [(n["title"], n["last_name"], n["first_name"], n["username"]) for n in got] == [
        ("Mrs", "Орлова-Ким", "Дарья Олеговна", "ru-dorlova"),
        ("Mr", "Зайцев", "Пётр", "ru-pzaitsev"),
    ]
    assert got[1]["task_forces"] == [LS]


def test_full_width_at_sign_is_an_at_sign() -> None:
    body = """Уважаемые коллеги!

По циркуляру C. CWS 175 назначаем:
Ф.И.О.: Зайцев Пётр Ильич (г-н)
Должность: программист
Целевая группа: по правовому статусу
Учётная запись ВОИС: ru-pzaitsev
Эл. почта: pzaitsev＠office.example
"""
    got = people(parse(make_mail(body)))
    assert [n["account_email"] for n in got] == ["pzaitsev@office.example"]


def test_items_led_by_their_task_force_and_a_repeat_by_initials() -> None:
    body = """Уважаемые коллеги!

Ведомство (циркуляр C. CWS 175) назначает следующих представителей:

1. В Целевую группу по ST.37 — г-жа Орлова Дарья Олеговна, ведущий эксперт; учётная запись ru-dorlova, адрес dorlova@office.example.

2. В Целевую группу по правовому статусу — г-н Зайцев Пётр, программист; учётная запись пока не создана, сообщим дополнительно.

3. В Целевую группу по API — г-жа Орлова Д. О. (данные см. в п. 1).
"""
    got = people(parse(make_mail(body)))
    assert [(n["last_name"], n["username"], n["task_forces"]) for n in got] == [
        ("Орлова", "ru-dorlova", [AF, API]),
        ("Зайцев", None, [LS]),
    ]
