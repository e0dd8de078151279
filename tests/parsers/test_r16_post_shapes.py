"""A post set off after a name in brackets or between dashes, before the task force.

- "Ms Jane Doe (Senior Patent Examiner) - API Task Force": a bracket holding a post is the
  post, whatever follows it (a dash, a comma, "to the ... Task Force"); a bracket of Latin
  letters after a Latin name is no romanised Han name.
- "Ms Jane Doe - Senior Patent Examiner - API Task Force": a piece between spaced hyphens
  is the post when it is one, in a list item and inside a sentence.
- The same in French, Spanish and Russian ("Mme Claire Martin (examinatrice) – Équipe
  d'experts XML4IP", "Sra. Ana Ruiz (Examinadora de Patentes), Equipo Técnico XML4IP",
  "г-жа Анна Петрова (главный эксперт) – Целевая группа по API").
- Near-misses keep no post: an office's acronym ("(DPMA)"), a nickname ("(Jack)"), an
  aside ("(on leave until May)"), an address in the bracket, a task force between the
  dashes, a romanised Han name ("（Chen Meiling）").
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, list(n.task_forces))
        for n in parsed.nominees
    ]


_LEADS = {
    "en": ("In reply to C. CWS 175, we nominate:", "Best regards"),
    "fr": ("En réponse à la circulaire C. CWS 175, nous désignons :", "Cordialement"),
    "es": ("En respuesta a la circular C. CWS 175, designamos a:", "Atentamente"),
    "ru": ("В ответ на циркулярное письмо C. CWS 175 назначаем:", "С уважением"),
}
_JANE = ("Ms", "Doe", "Jane", "Senior Patent Examiner", ["API Task Force"])
_CLAIRE = ("Mrs", "Martin", "Claire", "examinatrice", ["XML4IP Task Force"])
_ANA = ("Mrs", "Ruiz", "Ana", "Examinadora de Patentes", ["XML4IP Task Force"])
_ANNA = ("Mrs", "Петрова", "Анна", "главный эксперт", ["API Task Force"])

_SHAPES = [
    ("en", "Ms Jane Doe (Senior Patent Examiner) - API Task Force", _JANE),
    ("en", "Ms Jane Doe - Senior Patent Examiner - API Task Force", _JANE),
    ("en", "Ms Jane Doe (Senior Patent Examiner), API Task Force", _JANE),
    ("en", "Ms Jane Doe (Senior Patent Examiner) – API Task Force", _JANE),
    ("fr", "Mme Claire Martin (examinatrice) – Équipe d'experts XML4IP", _CLAIRE),
    ("fr", "Mme Claire Martin (examinatrice), Équipe d'experts XML4IP", _CLAIRE),
    ("fr", "Mme Claire Martin - examinatrice - Équipe d'experts XML4IP", _CLAIRE),
    ("es", "Sra. Ana Ruiz (Examinadora de Patentes), Equipo Técnico XML4IP", _ANA),
    ("es", "Sra. Ana Ruiz (Examinadora de Patentes) - Equipo Técnico XML4IP", _ANA),
    ("es", "Sra. Ana Ruiz - Examinadora de Patentes - Equipo Técnico XML4IP", _ANA),
    ("ru", "г-жа Анна Петрова (главный эксперт) – Целевая группа по API", _ANNA),
    ("ru", "г-жа Анна Петрова (главный эксперт), Целевая группа по API", _ANNA),
    ("ru", "г-жа Анна Петрова - главный эксперт - Целевая группа по API", _ANNA),
]


@pytest.mark.parametrize(("lang", "line", "expected"), _SHAPES)
def test_post_set_off_on_a_line_under_a_nominating_lead(
    lang: str, line: str, expected: tuple[object, ...]
) -> None:
    lead, close = _LEADS[lang]
    parsed = parse(f"{lead}\n\n{line}\n\n{close}\n")
    assert parsed.kind == "nomination"
    assert people(parsed) == [expected]


@pytest.mark.parametrize(("lang", "line", "expected"), _SHAPES)
def test_post_set_off_in_a_list_item(lang: str, line: str, expected: tuple[object, ...]) -> None:
    lead, close = _LEADS[lang]
    parsed = parse(f"{lead}\n\n- {line}\n\n{close}\n")
    assert parsed.kind == "nomination"
    assert people(parsed) == [expected]


def test_two_list_items_each_with_its_bracketed_post() -> None:
    parsed = parse(
        "In reply to C. CWS 175, we nominate:\n\n"
        "1. Ms Jane Doe (Senior Patent Examiner) - API Task Force\n"
        "2. Mr John Smith (Head of Patent Information) - XML4IP Task Force\n\n"
        "Best regards\n"
    )
    assert people(parsed) == [
        _JANE,
        ("Mr", "Smith", "John", "Head of Patent Information", ["XML4IP Task Force"]),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "We are pleased to nominate Ms Jane Doe (Senior Patent Examiner) "
            "to the API Task Force.",
            _JANE,
        ),
        ("We nominate Ms Jane Doe (Senior Patent Examiner) - API Task Force.", _JANE),
        ("We nominate Ms Jane Doe - Senior Patent Examiner - to the API Task Force.", _JANE),
        (
            "Nous désignons Mme Claire Martin (examinatrice) pour l'Équipe d'experts XML4IP.",
            _CLAIRE,
        ),
        (
            "Designamos a la Sra. Ana Ruiz (Examinadora de Patentes) "
            "para el Equipo Técnico XML4IP.",
            _ANA,
        ),
        (
            "Designamos a la Sra. Ana Ruiz (Examinadora de Patentes), Equipo Técnico XML4IP.",
            _ANA,
        ),
        ("Назначаем г-жу Анну Петрову (главный эксперт) – Целевая группа по API.", _ANNA),
    ],
)
def test_post_set_off_in_a_single_sentence(body: str, expected: tuple[object, ...]) -> None:
    parsed = parse(f"{body}\n\nBest regards\n")
    assert parsed.kind == "nomination"
    assert people(parsed) == [expected]


# --- near-misses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ms Jane Doe (DPMA) - API Task Force",
        "Ms Jane Doe (Jack) - API Task Force",
        "Ms Jane Doe (on leave until May) - API Task Force",
        "Ms Jane Doe (1 Main Street, Geneva) - API Task Force",
        "Ms Jane Doe (Rue des Alpes 12) - API Task Force",
        "Ms Jane Doe - API Task Force",
    ],
)
def test_a_bracket_or_dash_piece_that_is_no_post(line: str) -> None:
    parsed = parse(f"In reply to C. CWS 175, we nominate:\n\n{line}\n\nBest regards\n")
    assert people(parsed) == [("Ms", "Doe", "Jane", None, ["API Task Force"])]


def test_an_aside_between_hyphens_in_a_sentence_is_no_post() -> None:
    parsed = parse(
        "We nominate Ms Jane Doe - she chaired the last meeting - to the API Task Force.\n\n"
        "Best regards\n"
    )
    assert people(parsed) == [("Ms", "Doe", "Jane", None, ["API Task Force"])]


def test_a_task_force_in_the_bracket_and_the_post_after_the_dash() -> None:
    parsed = parse(
        "In reply to C. CWS 175, we nominate:\n\n"
        "Ms Jane Doe (API Task Force) - Senior Patent Examiner\n\nBest regards\n"
    )
    assert people(parsed) == [_JANE]


def test_a_romanised_han_name_in_brackets_is_still_no_post() -> None:
    parsed = parse("我局推荐陈美玲女士（Chen Meiling），高级审查员，参加API工作队。\n")
    assert people(parsed) == [("Mrs", "陈", "美玲", "高级审查员", ["API Task Force"])]


@pytest.mark.parametrize(
    "body",
    [
        "نرشح ما يلي:\n\nالسيدة سارة محمود (رئيسة قسم المعلومات) – فرقة العمل المعنية بـ API\n",
        "نرشح ما يلي:\n\nالسيدة سارة محمود (رئيسة قسم المعلومات)، فرقة العمل المعنية بـ API\n",
    ],
)
def test_arabic_post_in_brackets_before_the_task_force(body: str) -> None:
    parsed = parse(f"{body}\nمع التحية\n")
    assert people(parsed) == [("Mrs", "محمود", "سارة", "رئيسة قسم المعلومات", ["API Task Force"])]


@pytest.mark.parametrize("sep", ["，", "— "])
def test_han_post_in_brackets_before_the_task_force(sep: str) -> None:
    parsed = parse(f"我局推荐如下：\n\n陈美玲女士（高级审查员）{sep}API工作队\n\n国家知识产权局\n")
    assert people(parsed) == [("Mrs", "陈", "美玲", "高级审查员", ["API Task Force"])]
