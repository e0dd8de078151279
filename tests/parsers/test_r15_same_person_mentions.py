"""The same person named twice: once in full ("г-жи Бердыевой Гульшат Батыровны", "Ms Jane
Smith", "la Sra. Ana María García López"), then by initials and surname ("Г.Б. Бердыеву",
"J. Smith", "A. M. García López"). The later mention adds to that person (a task force)
instead of making a second nominee; other initials, another surname or a title of the
other sex name someone else. A Russian surname after a verb that governs the accusative
("включить Г.Б. Бердыеву", "назначить И.П. Сидорова") or after "кандидатуру" (genitive)
is read in the nominative when the given names are initials; one that does not decline
stays as written."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from parsers.initials_mentions import initials_mention
from parsers.names import split_person
from parsers.russian_cases import governed_object
from tests.parsers.mailmaker import catalog, make_mail

LS = "Legal Status Task Force"
API = "API Task Force"


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(n.last_name, n.first_name, tuple(n.task_forces)) for n in parsed.nominees]


# ------------------------------------------------ a Russian surname a verb puts in its case


@pytest.mark.parametrize(
    ("governor", "written", "nominative"),
    [
        ("включить", "Г.Б. Бердыеву", "Г.Б. Бердыева"),
        ("включить", "Бердыеву Г.Б.", "Бердыева Г.Б."),
        ("включить", "БЕРДЫЕВУ Г.Б.", "БЕРДЫЕВА Г.Б."),
        ("назначить", "А.С. Ильину", "А.С. Ильина"),
        ("выдвигаем", "Е.А. Петровскую", "Е.А. Петровская"),
        ("рекомендуем", "О. Толстую", "О. Толстая"),
        ("зарегистрировать", "Н.В. Петрову-Водкину", "Н.В. Петрова-Водкина"),
        ("назначить", "И.П. Сидорова", "И.П. Сидоров"),
        ("включить", "И.И. Петровского", "И.И. Петровский"),
        ("выдвинули", "К.М. Асанбаева", "К.М. Асанбаев"),
        ("кандидатуру", "Г.Б. Бердыевой", "Г.Б. Бердыева"),
        ("кандидатуру", "И.П. Сидорова", "И.П. Сидоров"),
        ("кандидатуру", "Е.А. Петровской", "Е.А. Петровская"),
    ],
)
def test_a_surname_a_verb_governs_is_read_in_the_nominative(
    governor: str, written: str, nominative: str
) -> None:
    assert " ".join(governed_object(written.split(), governor)) == nominative


@pytest.mark.parametrize(
    ("governor", "written"),
    [
        ("включить", "О.Н. Шевчук"),  # a woman's surname in a consonant does not decline
        ("включить", "А.Б. Гуцу"),  # a Romanian surname as it is named
        ("включить", "Г.Б. Бердыев"),  # a man's nominative: nothing to undo
        ("включение", "Г.Б. Бердыевой"),  # a noun, not the verb: its case is not the object's
        ("включена", "Г.Б. Бердыева"),  # "будет включена Г.Б. Бердыева": the subject
        ("назначить", "Сидорова Алина"),  # a whole given name in the nominative: a woman
        ("назначить", "Касымова Жылдыз"),  # a whole given name: no verb's case to undo
    ],
)
def test_what_no_verb_inflects_is_kept(governor: str, written: str) -> None:
    assert governed_object(written.split(), governor) == written.split()


def _ru_one(sentence: str) -> str:
    return f"Уважаемые коллеги,\n\n{sentence}\n\nС уважением,\nОтдел патентной информации\n"


@pytest.mark.parametrize(
    ("sentence", "last", "first"),
    [
        ("Просим включить Г.Б. Бердыеву в Целевую группу по API.", "Бердыева", "Г.Б."),
        ("Просим включить Бердыеву Г.Б. в Целевую группу по API.", "Бердыева", "Г.Б."),
        ("Предлагаем назначить И.П. Сидорова в Целевую группу по API.", "Сидоров", "И.П."),
        ("Выдвигаем Е.А. Петровскую в Целевую группу по API.", "Петровская", "Е.А."),
        ("Направляем кандидатуру Г.Б. Бердыевой в Целевую группу по API.", "Бердыева", "Г.Б."),
        # Kept as written: what does not decline, and a subject in the nominative.
        ("Просим включить О.Н. Шевчук в Целевую группу по API.", "Шевчук", "О.Н."),
        ("Просим включить А.Б. Гуцу в Целевую группу по API.", "Гуцу", "А.Б."),
        ("В Целевую группу по API будет включена Г.Б. Бердыева.", "Бердыева", "Г.Б."),
    ],
)
def test_an_untitled_russian_name_by_initials_after_a_verb(
    sentence: str, last: str, first: str
) -> None:
    assert _people(_parse(_ru_one(sentence))) == [(last, first, (API,))]


# ------------------------------------------------ initials and surname: the same person


def _ru(later: str) -> str:
    return (
        "Уважаемые коллеги,\n\n"
        "Просим включить г-жу Бердыеву Гульшат Батыровну, ведущего специалиста отдела "
        "патентной информации, в Целевую группу по правовому статусу. Имя пользователя "
        "учетной записи ВОИС: tm-gberdyyeva.\n\n"
        f"{later}\n\n"
        "С уважением,\nОтдел международного сотрудничества\n"
    )


def _en(later: str) -> str:
    return (
        "Dear colleagues,\n\n"
        "We nominate Ms Jane Smith, Senior Examiner, to the Legal Status Task Force. Her WIPO "
        "Accounts username is xx-jsmith.\n\n"
        f"{later}\n\n"
        "Best regards,\nInternational Affairs Division\n"
    )


def _fr(later: str) -> str:
    return (
        "Madame, Monsieur,\n\n"
        "Nous désignons M. Jean-Pierre Dupont, examinateur, pour l'Équipe d'experts chargée de "
        "la situation juridique. Son nom d'utilisateur est fr-jpdupont.\n\n"
        f"{later}\n\n"
        "Veuillez agréer nos salutations distinguées.\nDivision des affaires internationales\n"
    )


def _es(later: str) -> str:
    return (
        "Estimados colegas:\n\n"
        "Designamos a la Sra. Ana María García López, examinadora, para el Equipo Técnico sobre "
        "la Situación Jurídica. Su nombre de usuario es es-agarcia.\n\n"
        f"{later}\n\n"
        "Atentamente,\nDivisión de Asuntos Internacionales\n"
    )


@pytest.mark.parametrize(
    ("body", "last", "first"),
    [
        (
            _ru("Дополнительно просим включить Г.Б. Бердыеву также в Целевую группу по API."),
            "Бердыева",
            "Гульшат Батыровна",
        ),
        (
            _ru("Кроме того, просим включить Бердыеву Г.Б. в Целевую группу по API."),
            "Бердыева",
            "Гульшат Батыровна",
        ),
        (
            _ru("Просим также выдвинуть Г. Бердыеву в Целевую группу по API."),
            "Бердыева",
            "Гульшат Батыровна",
        ),
        (_en("We also nominate Ms J. Smith to the API Task Force."), "Smith", "Jane"),
        (_en("We also nominate J. Smith to the API Task Force."), "Smith", "Jane"),
        (
            _fr("Nous désignons également M. J.-P. Dupont pour l'Équipe d'experts API."),
            "Dupont",
            "Jean-Pierre",
        ),
        (
            _es("Designamos también a la Sra. A. M. García López para el Equipo Técnico API."),
            None,
            None,
        ),
    ],
)
def test_a_later_mention_by_initials_adds_to_the_person(
    body: str, last: str | None, first: str | None
) -> None:
    parsed = _parse(body)
    assert len(parsed.nominees) == 1, _people(parsed)
    nominee = parsed.nominees[0]
    assert list(nominee.task_forces) == [LS, API]
    if last is not None:
        assert (nominee.last_name, nominee.first_name) == (last, first)
    assert nominee.username in ("tm-gberdyyeva", "xx-jsmith", "fr-jpdupont", "es-agarcia")


@pytest.mark.parametrize(
    ("body", "second"),
    [
        # Other initials, another surname: someone else.
        (
            _ru("Дополнительно просим включить А.Б. Бердыеву в Целевую группу по API."),
            ("Бердыева", "А.Б.", (API,)),
        ),
        (
            _ru("Дополнительно просим включить Г.Б. Атаеву в Целевую группу по API."),
            ("Атаева", "Г.Б.", (API,)),
        ),
        (_en("We also nominate Ms K. Smith to the API Task Force."), ("Smith", "K.", (API,))),
        (
            _en("We also nominate Ms J. Smithson to the API Task Force."),
            ("Smithson", "J.", (API,)),
        ),
        # A title of the other sex.
        (_en("We also nominate Mr J. Smith to the API Task Force."), ("Smith", "J.", (API,))),
        (
            _es("Designamos también a la Sra. A. L. García López para el Equipo Técnico API."),
            ("García López", "A. L.", (API,)),
        ),
    ],
)
def test_other_initials_or_surname_name_someone_else(
    body: str, second: tuple[str, str, tuple[str, ...]]
) -> None:
    parsed = _parse(body)
    assert len(parsed.nominees) == 2, _people(parsed)
    assert list(parsed.nominees[0].task_forces) == [LS]
    last, first, task_forces = second
    other = parsed.nominees[1]
    # (A Spanish name's two surnames are split elsewhere: only the words are asked for.)
    written = f"{other.first_name} {other.last_name}"
    assert first in written, written
    assert last in written, written
    assert tuple(other.task_forces) == task_forces


def test_a_mention_with_an_account_of_its_own_is_someone_else() -> None:
    parsed = _parse(
        _en("We also nominate Ms J. Smith (username xx-jsmith2) to the API Task Force.")
    )
    assert [n.username for n in parsed.nominees] == ["xx-jsmith", "xx-jsmith2"]


# ------------------------------------------------ across texts: the reply above its quote


_QUOTED = (
    "\n\n-----Original Message-----\n"
    "From: Office Contact <contact.person@office.example>\n"
    "Sent: Monday, October 2, 2023 9:30 AM\n"
    "To: cws.mail@wipo.int\n"
    "Subject: C. CWS 175 - nomination\n\n"
)


def test_initials_above_the_own_quoted_nomination_name_its_person() -> None:
    body = (
        "Dear colleagues,\n\nWe also nominate Ms J. Smith to the API Task Force.\n\n"
        "Best regards,\nInternational Affairs Division"
        + _QUOTED
        + "Dear colleagues,\n\nWe nominate Ms Jane Smith, Senior Examiner, to the Legal "
        "Status Task Force. Her WIPO Accounts username is xx-jsmith.\n\nBest regards,\n"
        "International Affairs Division\n"
    )
    parsed = _parse(body)
    assert len(parsed.nominees) == 1, _people(parsed)
    nominee = parsed.nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Smith", "Jane")
    assert nominee.username == "xx-jsmith"
    assert API in nominee.task_forces


def test_russian_initials_above_the_own_quoted_nomination_name_its_person() -> None:
    body = (
        "Уважаемые коллеги,\n\nДополнительно просим включить Г.Б. Бердыеву также в Целевую "
        "группу по API.\n\nС уважением,\nОтдел международного сотрудничества"
        + _QUOTED
        + "Уважаемые коллеги,\n\nПросим включить г-жу Бердыеву Гульшат Батыровну, ведущего "
        "специалиста, в Целевую группу по правовому статусу. Имя пользователя: "
        "tm-gberdyyeva.\n\nС уважением,\nОтдел международного сотрудничества\n"
    )
    parsed = _parse(body)
    assert len(parsed.nominees) == 1, _people(parsed)
    nominee = parsed.nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Бердыева", "Гульшат Батыровна")
    assert nominee.username == "tm-gberdyyeva"
    assert API in nominee.task_forces


# ------------------------------------------------ the rule itself


@pytest.mark.parametrize(
    ("mention", "full", "same"),
    [
        ("J. Smith", "Ms Jane Smith", True),
        ("Ms J. Smith", "Ms Jane Smith", True),
        ("J. A. Smith", "Jane Anne Smith", True),
        ("J.-P. Dupont", "M. Jean-Pierre Dupont", True),
        ("M. J.-P. Dupont", "M. Jean-Pierre Dupont", True),
        ("A. García", "Sra. Ana María García López", True),
        ("Г.Б. Бердыева", "г-жи Бердыевой Гульшат Батыровны", True),
        ("Бердыева Г.Б.", "г-жа Бердыева Гульшат Батыровна", True),
        ("Г.Б. Бердыевой", "г-жа Бердыева Гульшат Батыровна", True),
        ("K. Smith", "Ms Jane Smith", False),
        ("J. Smithson", "Ms Jane Smith", False),
        ("Mr J. Smith", "Ms Jane Smith", False),
        ("A. J. Smith", "Ms Jane Smith", False),
        ("Jane Smith", "Ms Jane Smith", False),  # no initials: another rule's business
        ("Б.Г. Бердыева", "г-жа Бердыева Гульшат Батыровна", False),
        ("Г.Б. Бердыев", "г-жа Бердыева Гульшат Батыровна", False),  # a man's nominative
        ("г-н Г.Б. Бердыев", "г-жа Бердыева Гульшат Батыровна", False),
    ],
)
def test_initials_mention(mention: str, full: str, same: bool) -> None:
    assert initials_mention(split_person(mention), split_person(full)) is same
