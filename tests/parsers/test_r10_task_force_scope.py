"""Which task forces a nominee is put forward for when the mail says "all of them but ..."
or names a unit of the office that shares a task force's subject, and the bilingual name
label "Name / الاسم" that holds the whole name."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.appositives import appositive_position
from parsers.labels import classify_label
from parsers.taskforces import excepted, find_task_forces, match_task_forces
from tests.parsers.mailmaker import catalog, make_mail

SEQL = "Sequence Listings Task Force"
D3 = "3D Task Force"
API = "API Task Force"
BC = "Blockchain Task Force"
LS = "Legal Status Task Force"
XML4IP = "XML4IP Task Force"
DT = "Digital Transformation Task Force"


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("to all task forces except the API Task Force and the Blockchain Task Force", {API, BC}),
        ("Except for ST.26, we nominate him to all the task forces in the Annex.", {SEQL}),
        ("à toutes les équipes d'experts, à l'exception de l'équipe chargée de la 3D", {D3}),
        ("a todos los equipos técnicos, salvo el Equipo Técnico de la Cadena de Bloques", {BC}),
        ("во все целевые группы, кроме Целевой группы по API", {API}),
        ("参加除序列表工作队和3D工作队外的所有工作队", {SEQL, D3}),
        ("所有工作队（区块链工作队除外）", {BC}),
        ("في جميع فرق العمل باستثناء فرقة العمل المعنية بالوضع القانوني", {LS}),
    ],
)
def test_all_but_leaves_the_exceptions_out(text: str, left_out: set[str]) -> None:
    assert excepted(text, catalog()) == left_out


@pytest.mark.parametrize(
    "text",
    [
        # No "all": the named ones are chosen, not left out.
        "to the API Task Force, except that she cannot attend in June",
        # "кроме того" is "moreover".
        "во все целевые группы; кроме того, в Целевую группу по API",
        # The exception is in another sentence than the "all".
        "She joins all task forces. Except for the API Task Force, he does too.",
    ],
)
def test_no_exception_outside_an_all_but(text: str) -> None:
    assert excepted(text, catalog()) == frozenset()


def test_a_field_value_all_but_one() -> None:
    match = match_task_forces("All task forces except Blockchain", catalog())
    assert BC not in match.names
    assert API in match.names
    assert len(match.names) == len(catalog().names) - 1


@pytest.mark.parametrize(
    ("body", "chosen", "left_out"),
    [
        (
            "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, the Patent Office of "
            "Ruritania nominates Ms. Anna Berg, Head of Data, to all the CWS task forces "
            "except the Blockchain Task Force.\nWIPO username: ru-aberg\nE-mail: "
            "anna.berg@office.example\n\nBest regards,\nJohn Smith\n",
            API,
            BC,
        ),
        (
            "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office de la propriété "
            "industrielle désigne Mme Claire Dubois, examinatrice, pour toutes les équipes "
            "d'experts sauf l'équipe d'experts chargée de l'API.\nNom d'utilisateur : "
            "fr-cdubois\nCourriel : claire.dubois@office.example\n\nCordialement,\nPaul Roy\n",
            XML4IP,
            API,
        ),
    ],
)
def test_a_nominee_for_all_but_one(body: str, chosen: str, left_out: str) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    (nominee,) = parsed.nominees
    assert chosen in nominee.task_forces
    assert left_out not in nominee.task_forces


@pytest.mark.parametrize(
    "text",
    [
        "Senior Data Engineer – Digital Transformation Dept.",
        "Chief, Blockchain Div.",
    ],
)
def test_an_abbreviated_unit_is_no_task_force(text: str) -> None:
    assert find_task_forces(text, catalog()) == ()


def test_a_task_force_beside_an_unrelated_abbreviation_stays() -> None:
    hits = find_task_forces("Digital Transformation Task Force (dept. of IT)", catalog())
    assert [h.name for h in hits] == [DT]


@pytest.mark.parametrize("label", ["Name / الاسم", "الاسم / Name"])
def test_a_bilingual_bare_name_label_holds_the_whole_name(label: str) -> None:
    kind = classify_label(label)
    assert kind is not None
    assert kind.field == "person"


def test_a_bilingual_name_label_reads_the_name() -> None:
    body = (
        "السادة أمانة لجنة معايير الويبو،\n\nإشارة إلى التعميم C. CWS 175، يسر المكتب ترشيح:\n\n"
        "Name / الاسم: Ms. Huda AL-HARBI\n"
        "المنصب / Position: Head – Blockchain Unit\n"
        "WIPO Username / اسم المستخدم: xx-halharbi\n"
        "Task Force / فرقة العمل: API Task Force\n\n"
        "مع التحية،\nسالم\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    (nominee,) = parsed.nominees
    assert nominee.last_name == "AL-HARBI"
    assert nominee.task_forces == (API,)


@pytest.mark.parametrize(
    "segment",
    [
        "（WIPO账户用户名：cn-liming；邮箱：liming@office.example）参加API工作队",
        " (WIPO username: xx-jdoe; e-mail: jdoe@office.example) to the API Task Force",
        " (nom d'utilisateur OMPI : fr-cdubois) pour l'équipe d'experts chargée de l'API",
    ],
)
def test_a_bracketed_label_after_the_name_is_no_post(segment: str) -> None:
    assert appositive_position(segment) is None


def test_a_bracketed_post_after_the_name_stays() -> None:
    found = appositive_position("（高级审查员）参加API工作队")
    assert found is not None
    assert found[0] == "高级审查员"


def test_a_long_han_post_right_before_the_name() -> None:
    body = (
        "CWS秘书处：\n\n根据C．CWS 175号通函，我局推荐国家知识产权局专利局专利审查协作北京中心"
        "光电技术发明审查部审查员李明先生（WIPO账户用户名：cn-liming；注册邮箱："
        "liming@office.example）参加API工作队，请予登记。\n\n此致\n敬礼！\n\n王强\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    (nominee,) = parsed.nominees
    assert nominee.position == "国家知识产权局专利局专利审查协作北京中心光电技术发明审查部审查员"
    assert nominee.username == "cn-liming"
    assert nominee.task_forces == (API,)
