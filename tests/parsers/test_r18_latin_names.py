"""Names and titles in ordinary Latin and Cyrillic mail.

A Spanish or French title written in full and in small letters inside a sentence ("a la
señora Rosa Elvira Mamani Quispe", "désigne madame Claire Martin") is a title. English
forms of Africa and the Commonwealth ask for "Surname" and "Other names" (the given
names). Under a label asking for the surnames first ("Apellido, nombre (Sra./Sr.)"), the
comma after a title and two surnames parts them from the given names. A title a sentence
gives with the surname alone ("г-на Чобану", "Mr Smith") is the labelled person's below it.
A reply naming the person by one surname ("la Sra. Villacís") keeps the quoted request's
whole name ("María José VILLACÍS ANDRADE").

Near misses: "el señor Director General ha aprobado" names no one; "Other names used" is no
given name; a post after the comma ("Mme Claire DUPONT, Examinatrice") stays a post; a
surname two labelled people share, or a departing member's, gives no title.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


EN = "Dear colleagues,\n\nIn reply to C. CWS 175, {s}\n\nBest regards,\nPaul Roe\n"
FR = "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, {s}\n\nCordialement,\nPaul Roe\n"
ES = "Estimados colegas:\n\nEn respuesta a la circular C. CWS 175, {s}\n\nAtentamente,\nLuis Roe\n"
RU = "Уважаемые коллеги,\n\nВ ответ на циркулярное письмо C. CWS 175 {s}\n\nС уважением,\nП. Петров\n"

LOWER_TITLES = [
    (
        ES,
        "la Oficina designa a la señora Rosa Elvira Mamani Quispe, Ejecutiva de la Subdirección "
        "de Patentes, como su representante ante el Equipo Técnico SEQL.",
        ("Mrs", "Mamani Quispe", "Rosa Elvira"),
    ),
    (
        ES,
        "designamos al señor Jorge Luis Paredes Soto, examinador de patentes, para el Equipo "
        "Técnico XML4IP.",
        ("Mr", "Paredes Soto", "Jorge Luis"),
    ),
    (
        ES,
        "designamos a doña Ana Pérez Gómez, examinadora de patentes, para el Equipo Técnico "
        "XML4IP.",
        ("Mrs", "Pérez Gómez", "Ana"),
    ),
    (
        FR,
        "l'Office désigne madame Claire Martin, examinatrice principale, pour l'équipe "
        "d'experts XML4IP.",
        ("Mrs", "Martin", "Claire"),
    ),
    (
        FR,
        "l'Office désigne monsieur Paul Durand, examinateur, pour l'équipe d'experts XML4IP.",
        ("Mr", "Durand", "Paul"),
    ),
]


@pytest.mark.parametrize(("frame", "sentence", "expected"), LOWER_TITLES)
def test_title_in_small_letters(frame: str, sentence: str, expected: tuple[str, ...]) -> None:
    parsed = parse(frame.format(s=sentence))
    assert parsed.kind == "nomination"
    assert names(parsed) == [expected]


def test_post_addressed_by_its_title_is_no_person() -> None:
    parsed = parse(
        ES.format(
            s="el señor Director General ha aprobado la designación de la señorita Laura Gil "
            "para el Equipo Técnico XML4IP."
        )
    )
    assert names(parsed) == [("Ms", "Gil", "Laura")]


def test_small_letter_salutation_names_no_nominee() -> None:
    parsed = parse(
        "Estimado señor Pérez:\n\nEn respuesta a la circular C. CWS 175, designamos a la señora "
        "Ana Ruiz Díaz para el Equipo Técnico XML4IP.\n\nAtentamente,\nLuis Roe\n"
    )
    assert names(parsed) == [("Mrs", "Ruiz Díaz", "Ana")]


OTHER_NAMES = (
    "The Institute hereby nominates the following officers:\n\n"
    "1.  Surname: Otieno\n    {label}: Brian Ochieng\n    Title: Mr.\n"
    "    Designation: Senior Patent Examiner\n    Task Force: XML4IP Task Force\n\n"
    "2.  Surname: Kamau\n    {label}: Faith Njeri\n    Title: Ms.\n"
    "    Designation: Principal Trade Marks Examiner\n    Task Force: Legal Status Task Force\n"
)


@pytest.mark.parametrize("label", ["Other names", "Other Name(s)", "Christian names"])
def test_surname_and_other_names(label: str) -> None:
    parsed = parse(EN.format(s=OTHER_NAMES.format(label=label)))
    assert names(parsed) == [("Mr", "Otieno", "Brian Ochieng"), ("Ms", "Kamau", "Faith Njeri")]


def test_other_names_used_is_no_given_name() -> None:
    kind = classify_label("Other names used")
    assert kind is None or kind.field != "first_name"
    parsed = parse(
        EN.format(
            s="we nominate:\n\nSurname: Otieno\nOther names: Brian Ochieng\n"
            "Other names used: Bryan Otieno\nTitle: Mr.\nTask Force: XML4IP Task Force\n"
        )
    )
    assert names(parsed) == [("Mr", "Otieno", "Brian Ochieng")]


SURNAMES_COMMA = [
    (
        ES,
        "Apellido, nombre (Sra./Sr.)",
        "Sra. Sánchez-Cid Ortega, Lucía",
        ("Mrs", "Sánchez-Cid Ortega", "Lucía", "Jefa de Área"),
    ),
    (
        ES,
        "Apellido, nombre (Sra./Sr.)",
        "Sra. Sánchez Ortega, María José, Jefa de Área",
        ("Mrs", "Sánchez Ortega", "María José", "Jefa de Área"),
    ),
    (
        FR,
        "Nom, prénom (M./Mme)",
        "Mme DUPONT, Claire",
        ("Mrs", "DUPONT", "Claire", "Jefa de Área"),
    ),
    (
        FR,
        "Nom, prénom (M./Mme)",
        "Mme Dupont-Martin Leroy, Claire",
        ("Mrs", "Dupont-Martin Leroy", "Claire", "Jefa de Área"),
    ),
    (
        EN,
        "Last name, First name (Mr./Mrs./Ms.)",
        "Ms. Smith Jones, Mary",
        ("Ms", "Smith Jones", "Mary", "Jefa de Área"),
    ),
    (
        RU,
        "Фамилия, имя (г-н/г-жа)",
        "г-жа Иванова-Петрова Смирнова, Анна",
        ("Mrs", "Иванова-Петрова Смирнова", "Анна", "Jefa de Área"),
    ),
]


@pytest.mark.parametrize(("frame", "label", "value", "expected"), SURNAMES_COMMA)
def test_surnames_comma_given_names(
    frame: str, label: str, value: str, expected: tuple[str, ...]
) -> None:
    # The post's own line comes last: a post the name line gives is read first.
    block = f"we nominate for the XML4IP Task Force:\n\n{label}: {value}\nCargo: Jefa de Área\n"
    parsed = parse(frame.format(s=block))
    assert [(n.title, n.last_name, n.first_name, n.position) for n in parsed.nominees] == [expected]


SURNAME_ONLY = [
    (
        RU,
        "просим включить в Целевую группу по XML4IP вместо неё г-на Чобану:\n\n"
        "Фамилия, имя: Чобану Виорел\nДолжность: старший эксперт\n",
        ("Mr", "Чобану", "Виорел"),
    ),
    (
        RU,
        "просим включить в Целевую группу по XML4IP г-на Ковальчука:\n\n"
        "Фамилия, имя: Ковальчук Иван\nДолжность: старший эксперт\n",
        ("Mr", "Ковальчук", "Иван"),
    ),
    (
        EN,
        "please add Mr Smith to the XML4IP Task Force:\n\n"
        "Surname: Smith\nFirst name: John\nPosition: Senior Examiner\n",
        ("Mr", "Smith", "John"),
    ),
    (
        ES,
        "designamos a la Sra. Gil para el Equipo Técnico XML4IP:\n\n"
        "Nombre: Laura Gil Pérez\nCargo: examinadora\n",
        ("Mrs", "Gil Pérez", "Laura"),
    ),
    (
        FR,
        "nous désignons Mme Martin pour l'équipe d'experts XML4IP :\n\n"
        "Nom : MARTIN\nPrénom : Claire\nFonction : examinatrice\n",
        ("Mrs", "MARTIN", "Claire"),
    ),
]


@pytest.mark.parametrize(("frame", "text", "expected"), SURNAME_ONLY)
def test_title_with_surname_alone_above_labelled_lines(
    frame: str, text: str, expected: tuple[str, ...]
) -> None:
    parsed = parse(frame.format(s=text))
    assert names(parsed) == [expected]


def test_post_after_a_name_complete_by_its_capitals() -> None:
    label = "Nom, prénom (M./Mme)"
    parsed = parse(
        FR.format(
            s=f"nous désignons pour l'équipe d'experts XML4IP :\n\n{label} : Mme Dupont "
            f"Martin, Claire\n\n{label} : Mme Claire DUPONT, Examinatrice\n"
        )
    )
    assert [(n.last_name, n.first_name, n.position) for n in parsed.nominees] == [
        ("Dupont Martin", "Claire", None),
        ("DUPONT", "Claire", "Examinatrice"),
    ]


def test_departing_member_gives_the_successor_no_title() -> None:
    # "г-жа Русу" leaves; "г-на Чобану" is the one labelled below.
    parsed = parse(
        RU.format(
            s="сообщаем, что г-жа Русу больше не работает в Агентстве. Просим закрыть ей "
            "доступ и включить в Целевую группу по XML4IP вместо неё г-на Чобану:\n\n"
            "Фамилия, имя: Чобану Виорел\nДолжность: старший эксперт\n"
        )
    )
    assert names(parsed) == [("Mr", "Чобану", "Виорел")]


def test_surname_two_labelled_people_share_gives_no_title() -> None:
    parsed = parse(
        EN.format(
            s="please add Ms Smith, Mr Roe and Ms Smith's colleague to the XML4IP Task "
            "Force:\n\nSurname: Smith\nFirst name: John\nPosition: Senior Examiner\n\n"
            "Surname: Roe\nFirst name: Paul\nPosition: Examiner\n\n"
            "Surname: Smith\nFirst name: Anna\nPosition: Examiner\n"
        )
    )
    assert [n.title for n in parsed.nominees] == [None, "Mr", None]


def test_patronymic_of_the_other_gender_gives_no_title() -> None:
    parsed = parse(
        RU.format(
            s="просим включить в Целевую группу по XML4IP г-на Ковальчука и г-на Шевчука:\n\n"
            "ФИО: Ковальчук Иван Петрович\nДолжность: эксперт\n\n"
            "ФИО: Шевчук Анна Сергеевна\nДолжность: эксперт\n"
        )
    )
    assert [n.title for n in parsed.nominees] == ["Mr", None]


REQUEST = (
    "{reply}\n\nRegards,\nPablo Roe\n\nOn 16/10/2023 17:42, CWS Secretariat wrote:\n"
    "> {quoted}\n>\n> Please send us the username and the e-mail address of the WIPO Account.\n"
)
SHORT_NAMES = [
    (
        "En respuesta a su correo, la Sra. Villacís ya creó su Cuenta OMPI. Su nombre de usuario "
        "es ec-mjvillacis y el correo es mjvillacis@office.example.",
        "Le agradecemos la designación de la Sra. María José VILLACÍS ANDRADE, Especialista en "
        "Patentes, en el Equipo Técnico SEQL (C. CWS 175).",
        ("Mrs", "VILLACÍS ANDRADE", "María José"),
    ),
    (
        "En respuesta a su correo, la Sra. Villacís ya creó su Cuenta OMPI. Su nombre de usuario "
        "es ec-mjvillacis y el correo es mjvillacis@office.example.",
        "Le agradecemos la designación de la Sra. María José Villacís Andrade, Especialista en "
        "Patentes, en el Equipo Técnico SEQL (C. CWS 175).",
        ("Mrs", "Villacís Andrade", "María José"),
    ),
    (
        "Suite à votre message, Mme Dupont a créé son compte OMPI : son nom d'utilisateur est "
        "fr-cdupont et l'adresse est cdupont@office.example.",
        "Nous vous remercions de la désignation de Mme Claire DUPONT MARTIN, examinatrice, "
        "pour l'équipe d'experts SEQL (C. CWS 175).",
        ("Mrs", "DUPONT MARTIN", "Claire"),
    ),
]


@pytest.mark.parametrize(("reply", "quoted", "expected"), SHORT_NAMES)
def test_reply_keeps_the_requests_whole_name(
    reply: str, quoted: str, expected: tuple[str, ...]
) -> None:
    parsed = parse(REQUEST.format(reply=reply, quoted=quoted))
    assert names(parsed) == [expected]
    assert parsed.nominees[0].username is not None
