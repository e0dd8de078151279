"""Two readings of a person asked for in a sentence.

1. A removal followed by its successor nominates the successor: "please remove Mr X from the
API Task Force and add Ms Y, Senior Examiner, instead", "retirer M. X de l'Équipe ... et
ajouter Mme Y à sa place", "dar de baja al Sr. X del Equipo Técnico ... y, en su lugar,
incluir a la Sra. Y", "исключить г-на X из состава Целевой группы ... и вместо него
включить г-жу Y", "将X先生从API工作队中删除，由Y女士接替", "حذف السيد X من فرقة العمل ...
وإضافة السيدة Y بدلاً منه". The successor joins the task force the one removed leaves (unless
their own words name another), and the one removed is not nominated. A removal alone stays a
withdrawal; one with nobody added ("and add nobody for now"), or with a person added to a
mailing list, nominates nobody.

2. A Russian name no title introduces, in the accusative after a verb ("просим включить
Иванову Анну Сергеевну, главного эксперта, ...", "назначить Петрова Игоря Николаевича,
начальника отдела, ..."): the patronymic's ending tells the case and the sex, so the name and
the post after it are put back in the nominative. A name in the nominative stays as written.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_API = ("API Task Force",)
_XML = ("XML4IP Task Force",)


def _parse(body: str, subject: str = "C. CWS 175") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.task_forces) for n in parsed.nominees
    ]


# --- 2. a Russian name in the accusative after a verb ---------------------------------------

ACCUSATIVE = [
    (
        "f-vnu",
        "В ответ на циркулярное письмо C. CWS 175 просим включить Иванову Анну Сергеевну, "
        "главного эксперта, в Целевую группу по API.",
        ("Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "m-vicha",
        "Прошу назначить Петрова Игоря Николаевича, начальника отдела, в Целевую группу по XML4IP.",
        ("Петров", "Игорь Николаевич", "начальник отдела", _XML),
    ),
    (
        "f-indeclinable-surname",
        "Просим назначить Ким Елену Викторовну, эксперта, в Целевую группу по API.",
        ("Ким", "Елена Викторовна", "эксперт", _API),
    ),
    (
        "f-ilichnu",
        "Просим включить Соколову Марию Ильиничну, ведущего специалиста, в Целевую группу по API.",
        ("Соколова", "Мария Ильинична", "ведущий специалист", _API),
    ),
    (
        "m-indeclinable-surname",
        "Просим назначить Шевченко Ивана Петровича, эксперта, в Целевую группу по API.",
        ("Шевченко", "Иван Петрович", "эксперт", _API),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), ACCUSATIVE, ids=[c[0] for c in ACCUSATIVE])
def test_accusative_untitled_name_in_the_nominative(
    case: str, body: str, expected: tuple[object, ...]
) -> None:
    parsed = _parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert [p[1:] for p in _people(parsed)] == [expected]
    assert parsed.nominees[0].title is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Сообщаем, что в Целевую группу по API назначен Петров Игорь Николаевич, начальник "
            "отдела.",
            ("Петров", "Игорь Николаевич", "начальник отдела", _API),
        ),
        (
            "Сообщаем, что в Целевую группу по API назначена Иванова Анна Сергеевна, главный "
            "эксперт.",
            ("Иванова", "Анна Сергеевна", "главный эксперт", _API),
        ),
    ],
)
def test_nominative_untitled_name_stays_as_written(body: str, expected: tuple[object, ...]) -> None:
    parsed = _parse(body)
    assert [p[1:] for p in _people(parsed)] == [expected]
