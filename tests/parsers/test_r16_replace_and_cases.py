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


# --- 1. a removal and its successor ---------------------------------------------------------

SUCCESSORS = [
    (
        "en-and-add-instead",
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force and add "
        "Ms Jane Roe, Senior Examiner, instead.",
        ("Ms", "Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "en-and-add",
        "Further to C. CWS 175, please remove Mr John Smith from the XML4IP Task Force and add "
        "Ms Jane Roe, Patent Examiner.",
        ("Ms", "Roe", "Jane", "Patent Examiner", _XML),
    ),
    (
        "en-and-nominate-in-his-place",
        "With reference to C. CWS 175, kindly remove Mr John Smith from the XML4IP Task Force "
        "and nominate Ms Jane Roe, Patent Examiner, in his place.",
        ("Ms", "Roe", "Jane", "Patent Examiner", _XML),
    ),
    (
        "en-next-sentence",
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force. Ms Jane "
        "Roe, Senior Examiner, will take his place.",
        ("Ms", "Roe", "Jane", "Senior Examiner", _API),
    ),
    (
        "fr-a-sa-place",
        "Suite à la circulaire C. CWS 175, nous vous prions de retirer M. Jean Dupont de "
        "l'Équipe d'experts chargée des API et d'ajouter Mme Claire Martin, examinatrice "
        "principale, à sa place.",
        ("Mrs", "Martin", "Claire", "examinatrice principale", _API),
    ),
    (
        "es-en-su-lugar",
        "En relación con la circular C. CWS 175, les solicitamos dar de baja al Sr. Juan "
        "Pérez del Equipo Técnico sobre API y, en su lugar, incluir a la Sra. Ana Ruiz, "
        "examinadora principal.",
        ("Mrs", "Ruiz", "Ana", "examinadora principal", _API),
    ),
    (
        "ru-vmesto-nego",
        "В ответ на циркулярное письмо C. CWS 175 просим исключить г-на Смирнова Олега "
        "Петровича из состава Целевой группы по API и вместо него включить г-жу Иванову Анну "
        "Сергеевну, главного эксперта.",
        ("Mrs", "Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "zh-you-jieti",
        "关于C. CWS 175号通函，请将李明先生从API工作队中删除，由王芳女士（高级审查员）接替。",
        ("Mrs", "王", "芳", "高级审查员", _API),
    ),
    (
        "fr-next-sentence",
        "Suite à la circulaire C. CWS 175, nous vous prions de retirer M. Jean Dupont de "
        "l'Équipe d'experts chargée des API. Mme Claire Martin, examinatrice principale, le "
        "remplacera.",
        ("Mrs", "Martin", "Claire", "examinatrice principale", _API),
    ),
    (
        "es-next-sentence",
        "Les solicitamos dar de baja al Sr. Juan Pérez del Equipo Técnico sobre API. En su "
        "lugar, la Sra. Ana Ruiz, examinadora, participará en dicho Equipo.",
        ("Mrs", "Ruiz", "Ana", "examinadora", _API),
    ),
    (
        "ru-next-sentence",
        "Просим исключить г-на Смирнова Олега Петровича из состава Целевой группы по API. На "
        "его место просим назначить г-жу Иванову Анну Сергеевну, главного эксперта.",
        ("Mrs", "Иванова", "Анна Сергеевна", "главный эксперт", _API),
    ),
    (
        "zh-zengbu",
        "请将李明先生从API工作队中删除，并增补王芳女士（高级审查员）。",
        ("Mrs", "王", "芳", "高级审查员", _API),
    ),
    (
        "ar-next-sentence",
        "يرجى حذف السيد أحمد علي من فرقة العمل المعنية بواجهات برمجة التطبيقات. وستحل محله "
        "السيدة سلمى حداد، فاحصة أولى.",
        ("Mrs", "حداد", "سلمى", "فاحصة أولى", _API),
    ),
    (
        "ar-badalan-minhu",
        "بالإشارة إلى التعميم C. CWS 175، يرجى حذف السيد أحمد علي من فرقة العمل المعنية "
        "بواجهات برمجة التطبيقات وإضافة السيدة سلمى حداد، فاحصة أولى، بدلاً منه.",
        ("Mrs", "حداد", "سلمى", "فاحصة أولى", _API),
    ),
]


@pytest.mark.parametrize(("case", "body", "expected"), SUCCESSORS, ids=[c[0] for c in SUCCESSORS])
def test_successor_of_a_removal_is_nominated(
    case: str, body: str, expected: tuple[object, ...]
) -> None:
    parsed = _parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert _people(parsed) == [expected]


def test_successor_naming_a_task_force_of_her_own_joins_that_one() -> None:
    parsed = _parse(
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force and add "
        "Ms Jane Roe, Examiner, to the XML4IP Task Force."
    )
    assert _people(parsed) == [("Ms", "Roe", "Jane", "Examiner", _XML)]


@pytest.mark.parametrize(
    "body",
    [
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force.",
        "Veuillez retirer M. Jean Dupont de l'équipe d'experts chargée des API.",
        "В ответ на циркулярное письмо C. CWS 175 просим исключить г-на Смирнова Олега "
        "Петровича из состава Целевой группы по API.",
        "关于C. CWS 175号通函，请将李明先生从API工作队中删除。",
        # Someone named next who does not come in: whom to ask, whom it was agreed with.
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force. Please "
        "contact Ms Jane Roe, Head of Section, instead for any questions.",
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force, as agreed "
        "with Ms Jane Roe, Director.",
    ],
)
def test_removal_alone_stays_a_withdrawal(body: str) -> None:
    parsed = _parse(body)
    assert parsed.kind == "other"
    assert parsed.kind_reason == "withdrawal of a nomination"
    assert parsed.nominees == ()


@pytest.mark.parametrize(
    "body",
    [
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force and add "
        "nobody for now.",
        # Added to no task force: the mailing list.
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force and add "
        "Ms Jane Roe to the mailing list.",
        "Further to C. CWS 175, please remove Mr John Smith from the API Task Force and add "
        "Ms Jane Roe in copy of the correspondence.",
    ],
)
def test_removal_without_a_successor_nominates_nobody(body: str) -> None:
    parsed = _parse(body)
    assert parsed.kind == "other", _people(parsed)
    assert parsed.nominees == ()


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
