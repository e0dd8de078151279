"""A member moved from one task force to another ("please move Ms X from the Legal Status
Task Force to the API Task Force", "transférer M. X de l'équipe ... vers l'équipe ...",
"trasladar a la Sra. X del Equipo ... al Equipo ...", "перевести г-жу X из Целевой группы ...
в Целевую группу ...", "将X从……工作队调至……工作队", "نقل ... من فرقة العمل ... إلى فرقة العمل
..."): only the task force moved to is hers, in a new mail, in a labelled field and in a
reply to the quoted nomination. Without a word of moving, both task forces stay."""

from __future__ import annotations

import pytest

from parsers import Kind
from parsers.task_force_changes import task_force_swaps
from parsers.task_force_moves import move_origins
from parsers.taskforces import find_task_forces, match_task_forces
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_LS, _API = "Legal Status Task Force", "API Task Force"


def _nominees(body: str) -> list[dict[str, object]]:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    return people(parsed)


@pytest.mark.parametrize(
    ("body", "username"),
    [
        (
            "Dear colleagues,\n\nWith reference to circular C. CWS 175, please move Ms Jane DOE "
            "(username: xx-jdoe, e-mail: jane.doe@office.example) from the Legal Status Task "
            "Force to the API Task Force.\n\nBest regards,\nAna Pérez\nIndustrial Property Office",
            "xx-jdoe",
        ),
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous vous prions de transférer "
            "M. Pierre DUPONT (identifiant : xx-pdupont, courriel : pierre.dupont@office.example) "
            "de l'Équipe d'experts chargée de la situation juridique vers l'Équipe d'experts API."
            "\n\nCordialement,\nAna Pérez\nOffice de la propriété industrielle",
            "xx-pdupont",
        ),
        (
            "Estimados colegas:\n\nEn relación con la circular C. CWS 175, les rogamos trasladar "
            "a la Sra. Ana GÓMEZ (usuario: xx-agomez, correo: ana.gomez@office.example) del "
            "Equipo Técnico sobre la Situación Jurídica al Equipo Técnico API.\n\nAtentamente,\n"
            "Luis Pérez\nOficina de Propiedad Industrial",
            "xx-agomez",
        ),
        (
            "Уважаемые коллеги!\n\nВ связи с циркулярным письмом C. CWS 175 просим перевести "
            "г-жу Иванову Анну (учетная запись: xx-aivanova, эл. почта: "
            "anna.ivanova@office.example) из Целевой группы по правовому статусу в Целевую "
            "группу по API.\n\nС уважением,\nПетр Петров\nВедомство промышленной собственности",
            "xx-aivanova",
        ),
        (
            "尊敬的同事：\n\n关于C. CWS 175号通函，请将王芳女士（用户名：cn-wangfang，邮箱："
            "wangfang@office.example）从法律状态工作队调至API工作队。\n\n此致\n国家知识产权局",
            "cn-wangfang",
        ),
    ],
)
def test_moved_member_joins_only_the_task_force_moved_to(body: str, username: str) -> None:
    got = _nominees(body)
    assert [p["username"] for p in got] == [username]
    assert got[0]["task_forces"] == [_API]


def test_arabic_and_traditional_chinese_moves() -> None:
    for text in (
        "نرجو نقل السيدة سوتو من فرقة العمل المعنية بالوضع القانوني إلى فرقة العمل المعنية "
        "بواجهات برمجة التطبيقات.",
        "請將陳大文先生從法律狀態工作隊調至API工作隊。",
    ):
        hits = find_task_forces(text, catalog())
        assert [h.name for h in hits] == [_LS, _API], text
        assert move_origins(text, hits) == frozenset({hits[0].start}), text


def test_a_labelled_field_with_a_move() -> None:
    for value in (
        "moving from the Legal Status TF to the API TF",
        "traslado del Equipo Técnico sobre la Situación Jurídica al Equipo Técnico API",
    ):
        assert match_task_forces(value, catalog()).names == (_API,), value


def test_reply_moving_the_quoted_member() -> None:
    quoted = (
        "\nOn Mon, 2 Oct 2023 at 10:12, Ana Pérez <contact.person@office.example> wrote:\n"
        "> Dear colleagues,\n>\n"
        "> In reply to circular C. CWS 175, the Industrial Property Office nominates:\n>\n"
        "> Name: DOE, Jane (Ms)\n> Position: Head of IT\n> Username: xx-jdoe\n"
        "> E-mail: jane.doe@office.example\n> Task force: Legal Status Task Force\n>\n"
        "> Best regards,\n> Ana Pérez\n"
    )
    for body in (
        "Dear colleagues,\n\nPlease move Ms DOE from the Legal Status Task Force to the API "
        "Task Force.",
        "尊敬的同事：\n\n请将DOE女士从法律状态工作队调至API工作队。",
    ):
        parsed = parse(make_mail(f"{body}\n\nAna Pérez\n{quoted}", subject="Re: C. CWS 175"))
        assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
        got = people(parsed)
        assert [(p["username"], p["task_forces"]) for p in got] == [("xx-jdoe", [_API])], body
    [swap] = task_force_swaps(
        "Просим перевести г-жу Доу из Целевой группы по правовому статусу в Целевую группу по API.",
        catalog(),
        {_LS},
    )
    assert (swap.old, swap.new) == (_LS, (_API,))


def test_both_task_forces_stay_without_a_move() -> None:
    got = _nominees(
        "Dear colleagues,\n\nIn reply to circular C. CWS 175, we nominate Ms Jane DOE "
        "(username: xx-jdoe), from the Legal Status Task Force to the API Task Force, as a "
        "member of both.\n\nBest regards,\nAna Pérez\nIndustrial Property Office"
    )
    assert got[0]["task_forces"] == [_LS, _API]
    got = _nominees(
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons M. Pierre "
        "DUPONT (identifiant : xx-pdupont) pour l'Équipe d'experts chargée de la situation "
        "juridique et l'Équipe d'experts API.\n\nCordialement,\nAna Pérez\n"
        "Office de la propriété industrielle"
    )
    assert got[0]["task_forces"] == [_LS, _API]
    # A move word elsewhere, without "from ... to ...", takes nothing away.
    text = "We moved offices. Ms DOE joins the Legal Status Task Force and the API Task Force."
    assert move_origins(text, find_task_forces(text, catalog())) == frozenset()
    assert match_task_forces("Legal Status TF, API TF", catalog()).names == (_LS, _API)


@pytest.mark.parametrize(
    "text",
    [
        "Please move Ms DOE to the API Task Force from the Legal Status Task Force.",
        "Просим перевести г-жу Доу в Целевую группу по API из Целевой группы по правовому статусу.",
    ],
)
def test_a_move_naming_the_destination_first_leaves_the_second(text: str) -> None:
    hits = find_task_forces(text, catalog())
    assert [h.name for h in hits] == [_API, _LS], text
    assert move_origins(text, hits) == frozenset({hits[1].start}), text


def test_a_destination_first_move_in_a_mail() -> None:
    got = _nominees(
        "Dear colleagues,\n\nWith reference to circular C. CWS 175, please move Ms Jane DOE "
        "(username: xx-jdoe, e-mail: jane.doe@office.example) to the API Task Force from the "
        "Legal Status Task Force.\n\nBest regards,\nAna Pérez\nIndustrial Property Office"
    )
    assert [(p["username"], p["task_forces"]) for p in got] == [("xx-jdoe", [_API])]
    # With no word of moving, "to ... from ..." takes nothing away.
    got = _nominees(
        "Dear colleagues,\n\nIn reply to circular C. CWS 175, we nominate Ms Jane DOE "
        "(username: xx-jdoe) to the API Task Force from the Legal Status Task Force's "
        "members.\n\nBest regards,\nAna Pérez\nIndustrial Property Office"
    )
    assert got[0]["task_forces"] == [_LS, _API]
