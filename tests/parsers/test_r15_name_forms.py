"""Name forms read wrong before: initials that open the given names ("Mr. R.M. Kasun
Bandara", as Sri Lanka writes them) are no surname in capitals; a bracket inside a name
(a degree after the salutation, "Dr. (Ing.) Jan KOCH", "Mme (Dr) Claire DUPONT", or a
nickname, "John (Jack) SMITH") no longer ends it; a Russian surname that does not decline
("Гуцу", "Джапаридзе", "Гарсия") stays as written after a dative title, and a man named
in the prepositional ("о господине Олеге Иванове") is read in the nominative."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def _en(name: str) -> str:
    return (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Office nominates "
        f"{name}, Senior Examiner, to the XML4IP Task Force. WIPO Accounts username: "
        "lk-nominee, e-mail: nominee@office.example\n\nBest regards,\nOffice Contact\n"
    )


def _fr(name: str) -> str:
    return (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne "
        f"{name}, examinateur principal, pour l'Équipe d'experts chargée de la norme XML4IP. "
        "Nom d'utilisateur : fr-nominee, courriel : nominee@office.example\n\n"
        "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
    )


def _es(name: str) -> str:
    return (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina designa a "
        f"{name}, examinador principal, para el Equipo Técnico XML4IP. Nombre de usuario: "
        "es-nominee, correo: nominee@office.example\n\nAtentamente,\n"
    )


def _labelled(name: str) -> str:
    return (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, please find our nominee for "
        f"the XML4IP Task Force:\n\nName: {name}\nPosition: Senior Examiner\n"
        "WIPO Accounts username: lk-nominee\nE-mail: nominee@office.example\n\nBest regards,\n"
    )


# -- initials that open the given names ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "title", "last", "first"),
    [
        ("Mr. R.M. Kasun Bandara", "Mr", "Bandara", "R.M. Kasun"),
        ("Ms. W.M.D. Nadeeka Perera", "Ms", "Perera", "W.M.D. Nadeeka"),
        ("Mr. R.M. Kasun BANDARA", "Mr", "BANDARA", "R.M. Kasun"),
        ("Mr. BANDARA R.M. Kasun", "Mr", "BANDARA", "R.M. Kasun"),
        # Near-misses that keep their reading.
        ("Mr. A.K.M. Rahman", "Mr", "Rahman", "A.K.M."),
        ("SMITH, J.R.", None, "SMITH", "J.R."),
        ("J. R. Smith", None, "Smith", "J. R."),
        ("Mr. J.R. SMITH", "Mr", "SMITH", "J.R."),
        ("Bandara R.M.K.", None, "Bandara", "R.M.K."),
        ("г-на А.В. Ковалевича", "Mr", "Ковалевич", "А.В."),
    ],
)
def test_initials_are_given_names(written: str, title: str | None, last: str, first: str) -> None:
    assert tuple(split_person(written)) == (title, last, first)


def test_initials_opening_a_given_name_in_english_prose() -> None:
    parsed = parse(_en("Mr. R.M. Kasun Bandara"))
    assert people(parsed) == [("Mr", "Bandara", "R.M. Kasun")]


def test_initials_opening_a_given_name_in_french_prose() -> None:
    parsed = parse(_fr("M. A.K.M. Fazlul HAQUE"))
    assert people(parsed) == [("Mr", "HAQUE", "A.K.M. Fazlul")]


def test_initials_opening_a_given_name_under_a_label() -> None:
    parsed = parse(_labelled("Mr. R.M. Kasun Bandara"))
    assert people(parsed) == [("Mr", "Bandara", "R.M. Kasun")]


# -- a bracket inside a name ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "title", "last", "first"),
    [
        ("Dr. (Ing.) Jan KOCH", None, "KOCH", "Jan"),
        ("Mme (Dr) Claire DUPONT", "Mrs", "DUPONT", "Claire"),
        ("John (Jack) SMITH", None, "SMITH", "John"),
        ("Mr. John (Jack) Smith", "Mr", "Smith", "John"),
        ("Mary Ann (Annie) SMITH", None, "SMITH", "Mary Ann"),
        # A bracketed salutation stays the title.
        ("Dr. (Mrs.) Ngozi OKAFOR", "Mrs", "OKAFOR", "Ngozi"),
        ("LIM Wei Jie (Mr)", "Mr", "LIM", "Wei Jie"),
    ],
)
def test_a_bracket_inside_a_name(written: str, title: str | None, last: str, first: str) -> None:
    assert tuple(split_person(written)) == (title, last, first)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_en("Dr. (Ing.) Jan KOCH"), (None, "KOCH", "Jan")),
        (_en("Mr. John (Jack) SMITH"), ("Mr", "SMITH", "John")),
        (_fr("Mme (Dr) Claire DUPONT"), ("Mrs", "DUPONT", "Claire")),
        (_es("la Sra. (Dra.) Ana PÉREZ"), ("Mrs", "PÉREZ", "Ana")),
        (_labelled("Dr. (Ing.) Jan KOCH"), (None, "KOCH", "Jan")),
        (_labelled("John (Jack) SMITH"), (None, "SMITH", "John")),
        (_labelled("Mme (Dr) Claire DUPONT"), ("Mrs", "DUPONT", "Claire")),
    ],
)
def test_a_bracket_inside_a_name_in_mail(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert people(parse(body)) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A bracket after the whole name is no part of it.
        (_labelled("Jan KOCH (DPMA)"), (None, "KOCH", "Jan")),
        (_labelled("Jan Koch (DPMA) Senior Examiner"), (None, "Koch", "Jan")),
        (_labelled("Ms Jane DOE (Head of Section)"), ("Ms", "DOE", "Jane")),
        (_en("Mr Jan KOCH (Germany)"), ("Mr", "KOCH", "Jan")),
        (_en("Mr Jan KOCH (DPMA)"), ("Mr", "KOCH", "Jan")),
    ],
)
def test_a_bracket_after_a_name_stays_out(
    body: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert people(parse(body)) == [expected]


# -- Russian: surnames that do not decline, the prepositional --------------------------


@pytest.mark.parametrize(
    ("written", "title", "last", "first"),
    [
        # Dative: a surname that does not decline stays as written.
        ("г-ну Петру Гуцу", "Mr", "Гуцу", "Петр"),
        ("г-ну Игорю Чобану", "Mr", "Чобану", "Игорь"),
        ("господину Олегу Русу", "Mr", "Русу", "Олег"),
        ("г-ну Ивану Пую", "Mr", "Пую", "Иван"),
        ("г-ну Ивану Гарсия", "Mr", "Гарсия", "Иван"),
        ("г-ну Олегу Черных", "Mr", "Черных", "Олег"),
        ("г-ну Игорю Дурново", "Mr", "Дурново", "Игорь"),
        ("г-же Нино Джапаридзе", "Mrs", "Джапаридзе", "Нино"),
        # ... and one that declines is put back.
        ("г-ну Петру Иванову", "Mr", "Иванов", "Петр"),
        ("г-ну Игорю Шевчуку", "Mr", "Шевчук", "Игорь"),
        ("г-ну Олегу Гайдаю", "Mr", "Гайдай", "Олег"),
        ("г-ну Льву Толстому", "Mr", "Толстой", "Лев"),
        # Prepositional.
        ("господине Олеге Иванове", "Mr", "Иванов", "Олег"),
        ("г-не Сергее Петровиче Смирнове", "Mr", "Смирнов", "Сергей Петрович"),
        ("г-не Павле Шевчуке", "Mr", "Шевчук", "Павел"),
        ("г-не Илье Петросяне", "Mr", "Петросян", "Илья"),
        ("господине Петре Гуцу", "Mr", "Гуцу", "Петр"),
        ("г-не Игоре Джапаридзе", "Mr", "Джапаридзе", "Игорь"),
        ("г-не Олеге Шевченко", "Mr", "Шевченко", "Олег"),
        ("г-не Льве Толстом", "Mr", "Толстой", "Лев"),
        ("г-не Андрее Петровском", "Mr", "Петровский", "Андрей"),
        ("г-же Анне Петровой", "Mrs", "Петрова", "Анна"),
    ],
)
def test_russian_oblique_names(written: str, title: str, last: str, first: str) -> None:
    assert tuple(split_person(written)) == (title, last, first)


def _ru(sentence: str) -> str:
    return (
        f"Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 {sentence}\n\n"
        "С уважением,\n"
    )


def test_dative_romanian_surname_in_prose() -> None:
    body = _ru(
        "просим предоставить г-ну Петру Гуцу, главному эксперту, доступ к форуму Целевой "
        "группы по XML4IP. Имя пользователя: md-pgutu, эл. почта: gutu@office.example"
    )
    assert [(n.title, n.last_name) for n in parse(body).nominees] == [("Mr", "Гуцу")]


def test_dative_declined_surname_in_prose() -> None:
    body = _ru(
        "просим предоставить г-ну Петру Иванову, главному эксперту, доступ к форуму Целевой "
        "группы по XML4IP. Имя пользователя: ru-pivanov, эл. почта: ivanov@office.example"
    )
    assert people(parse(body)) == [("Mr", "Иванов", "Петр")]


def test_prepositional_names_in_prose() -> None:
    body = _ru(
        "направляем сведения о господине Олеге Иванове, главном эксперте, которого Ведомство "
        "выдвигает в Целевую группу по XML4IP. Имя пользователя: ru-oivanov, "
        "эл. почта: ivanov@office.example"
    )
    parsed = parse(body)
    assert people(parsed) == [("Mr", "Иванов", "Олег")]
    assert [n.position for n in parsed.nominees] == ["главный эксперт"]


def test_prepositional_woman_in_prose() -> None:
    body = _ru(
        "направляем сведения о г-же Анне Петровой, ведущем эксперте, кандидатуру которой "
        "Ведомство выдвигает в Целевую группу по XML4IP. Имя пользователя: ru-apetrova, "
        "эл. почта: petrova@office.example"
    )
    parsed = parse(body)
    assert people(parsed) == [("Mrs", "Петрова", "Анна")]
    assert [n.position for n in parsed.nominees] == ["ведущий эксперт"]
