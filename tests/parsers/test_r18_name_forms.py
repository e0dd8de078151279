"""Names in capitals, married surnames and Chinese posts and names, as offices write them.

A whole name in capitals marks no surname: the language's order holds (given names first
in English, French and Spanish mail, two surnames in Spanish; the formal Russian order),
unless the mail names the person elsewhere in a way that marks it ("Smith, John", "Mr
Smith", "John SMITH"). A married surname keeps its link ("NGOMA épouse MABIALA", "Dupont née
Martin", "López casada con Pérez", "Иванова (урожд. Петрова)"). A Chinese post may come in a
later clause ("职务为…", "其职务是…"), and a unit's long name before a Han name leaves the
name whole.

Near misses: "Ms Anna ROE" keeps ROE; "née en 1980" is a birth year; a company in capitals
is no person; "推荐以下同志" names nobody.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, **kw: str) -> ParsedEmail:
    return parse_email(make_mail(body, **kw), catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


EN = "Dear colleagues,\n\nIn reply to C. CWS 175, {s}\n\nBest regards,\nPaul Roe\n"
FR = "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, {s}\n\nCordialement,\nPaul Roe\n"
ES = "Estimados colegas:\n\nEn respuesta a la circular C. CWS 175, {s}\n\nAtentamente,\nLuis Gil\n"
RU = "Уважаемые коллеги,\n\nВ ответ на циркулярное письмо C. CWS 175 {s}\n\nС уважением,\nП. Петров\n"
ZH = "尊敬的秘书处：\n\n根据C. CWS 175号通函，{s}\n\n国家知识产权局\n"

CAPS = [
    (EN, "please add JOHN SMITH to the API Task Force.", (None, "SMITH", "JOHN")),
    (
        EN,
        "please add Mr JOHN A. SMITH, Patent Examiner, to the API Task Force.",
        ("Mr", "SMITH", "JOHN A."),
    ),
    (
        FR,
        "nous désignons MARIE DUPONT, examinatrice, pour l'Équipe d'experts chargée de l'API.",
        (None, "DUPONT", "MARIE"),
    ),
    (
        FR,
        "nous désignons Mme MARIE DE LA FUENTE, examinatrice, pour l'Équipe d'experts chargée "
        "de l'API.",
        ("Mrs", "DE LA FUENTE", "MARIE"),
    ),
    (
        ES,
        "designamos a la Sra. ANA PÉREZ GÓMEZ, examinadora, para el Equipo Técnico sobre API.",
        ("Mrs", "PÉREZ GÓMEZ", "ANA"),
    ),
    (
        RU,
        "выдвигаем г-на ИВАНОВА ИВАНА ИВАНОВИЧА, главного эксперта, в Целевую группу по API.",
        ("Mr", "ИВАНОВ", "ИВАН ИВАНОВИЧ"),
    ),
    # Another mention marks the surname: a title before it alone, or "Surname, Given".
    (
        EN,
        "please add SMITH JOHN to the API Task Force. Mr Smith is a patent examiner.",
        (None, "SMITH", "JOHN"),
    ),
    (
        FR,
        "nous désignons DUPONT MARIE, examinatrice, pour l'Équipe d'experts chargée de l'API. "
        "Mme Dupont travaille au service des brevets.",
        (None, "DUPONT", "MARIE"),
    ),
    (
        ES,
        "designamos a ANA RUIZ para el Equipo Técnico sobre API.\n\nDatos: Ruiz, Ana - "
        "examinadora de patentes.",
        (None, "RUIZ", "ANA"),
    ),
]


@pytest.mark.parametrize(("frame", "sentence", "expected"), CAPS)
def test_whole_name_in_capitals(frame: str, sentence: str, expected: tuple[str, ...]) -> None:
    parsed = parse(frame.format(s=sentence))
    assert parsed.kind == "nomination"
    assert names(parsed) == [expected]


def test_capitals_beside_a_marked_surname() -> None:
    parsed = parse(
        EN.format(
            s="please add JOHN SMITH to the API Task Force and Ms Anna ROE to the XML4IP "
            "Task Force."
        )
    )
    assert names(parsed) == [(None, "SMITH", "JOHN"), ("Ms", "ROE", "Anna")]


def test_a_company_in_capitals_is_no_person() -> None:
    parsed = parse(
        EN.format(s="please add Mr PAUL DURAND of ACME IP SERVICES LTD to the API Task Force.")
    )
    assert names(parsed) == [("Mr", "DURAND", "PAUL")]


MARRIED = [
    (
        FR,
        "nous désignons Mme Claire NGOMA épouse MABIALA, Chef de service, pour l'Équipe "
        "d'experts chargée de l'API.",
        ("Mrs", "NGOMA épouse MABIALA", "Claire", "Chef de service"),
    ),
    (
        FR,
        "nous désignons :\n\n- Claire NGOMA épouse MABIALA, Chef de service, Équipe d'experts "
        "chargée de l'API",
        (None, "NGOMA épouse MABIALA", "Claire", "Chef de service"),
    ),
    (
        FR,
        "nous désignons :\n\n- NGOMA épouse MABIALA Clarisse, Informaticienne, Équipe d'experts "
        "chargée de l'API",
        (None, "NGOMA épouse MABIALA", "Clarisse", "Informaticienne"),
    ),
    (
        FR,
        "nous désignons Mme Marie Dupont née Martin, examinatrice, pour l'Équipe d'experts "
        "chargée de l'API.",
        ("Mrs", "Dupont née Martin", "Marie", "examinatrice"),
    ),
    (
        EN,
        "we nominate Mrs Jane Smith (née Brown), Senior Examiner, for the API Task Force.",
        ("Mrs", "Smith (née Brown)", "Jane", "Senior Examiner"),
    ),
    (
        ES,
        "designamos a la Sra. María López casada con Pérez, examinadora, para el Equipo "
        "Técnico sobre API.",
        ("Mrs", "López casada con Pérez", "María", "examinadora"),
    ),
    (
        RU,
        "выдвигаем г-жу Иванову (урожд. Петрову) Анну, главного эксперта, в Целевую группу по API.",
        ("Mrs", "Иванова (урожд. Петрова)", "Анна", "главный эксперт"),
    ),
    (
        RU,
        "выдвигаем:\n\n1. Иванова (урожд. Петрова) Анна Сергеевна, главный эксперт, Целевая "
        "группа по API",
        (None, "Иванова (урожд. Петрова)", "Анна Сергеевна", "главный эксперт"),
    ),
]


@pytest.mark.parametrize(("frame", "sentence", "expected"), MARRIED)
def test_married_surname_kept_whole(frame: str, sentence: str, expected: tuple[str, ...]) -> None:
    parsed = parse(frame.format(s=sentence))
    assert parsed.kind == "nomination"
    assert [
        (*name, n.position) for name, n in zip(names(parsed), parsed.nominees, strict=True)
    ] == [expected]


def test_born_in_a_year_is_no_maiden_name() -> None:
    parsed = parse(
        FR.format(
            s="nous désignons Mme Marie Dupont née Martin, examinatrice, et Mme Claire Roy née "
            "en 1980 à Lyon, ingénieure, pour l'Équipe d'experts chargée de l'API."
        )
    )
    assert names(parsed) == [("Mrs", "Dupont née Martin", "Marie"), ("Mrs", "Roy", "Claire")]


ZH_POSTS = [
    ("我局提名王芳，女，职务为专利审查员，参加API工作队。", ("Mrs", "王", "芳", "专利审查员")),
    ("我局提名王芳女士参加API工作队，其职务是专利审查员。", ("Mrs", "王", "芳", "专利审查员")),
    ("我局提名王芳女士参加API工作队，职务为专利审查员。", ("Mrs", "王", "芳", "专利审查员")),
    (
        "我局提名李强，男，现任数据管理处处长，参加API工作队。",
        ("Mr", "李", "强", "数据管理处处长"),
    ),
    (
        "我局提名国家知识产权局专利局审查业务管理部王芳女士参加API工作队。",
        ("Mrs", "王", "芳", None),
    ),
    (
        "我局提名国家知识产权局专利局审查业务管理部王芳同志参加API工作队。",
        (None, "王", "芳", None),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ZH_POSTS)
def test_chinese_posts_and_names(sentence: str, expected: tuple[str | None, ...]) -> None:
    parsed = parse(ZH.format(s=sentence))
    assert parsed.kind == "nomination"
    assert [
        (*name, n.position) for name, n in zip(names(parsed), parsed.nominees, strict=True)
    ] == [expected]


def test_comrades_counted_are_no_name() -> None:
    parsed = parse(ZH.format(s="我局推荐以下同志参加API工作队：王芳，女，职务为专利审查员。"))
    assert [
        (*name, n.position) for name, n in zip(names(parsed), parsed.nominees, strict=True)
    ] == [("Mrs", "王", "芳", "专利审查员")]
