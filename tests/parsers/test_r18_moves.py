"""A member moved from one task force to another is on the new one only.

The mail says where the member sits now ("actuellement membre de l'équipe XML4IP",
"目前是XML4IP工作队成员") or that he stops taking part there ("he will no longer take part
in the XML4IP Task Force", "он больше не будет участвовать в работе группы XML4IP"),
besides the move itself ("passe à l'équipe API", "请将她从XML4IP工作队调整至法律状态工作
队"). Those mentions of the task force left are not his either.

The posts such mails give are read whole: a post in brackets before the membership
clause (which is no post), a post continued after a comma by its department closing the
sentence, and a Russian post headed by "заведующего отделом" made nominative.

Near misses: a successor nominated to the task force left keeps it; a member who stays
on a task force and joins another is on both.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def nominees(body: str) -> list[dict[str, object]]:
    contract = parse(body).to_contract()
    assert contract["kind"] == "nomination"
    people = contract["nominees"]
    assert isinstance(people, list)
    return people


MOVES = [
    (
        "en",
        "Dear colleagues,\n\nFurther to C. CWS 175, Ms Jane Roe, currently a member of the "
        "XML4IP Task Force, will move to the API Task Force. She will no longer take part "
        "in the XML4IP Task Force. Her WIPO username stays xx-jroe.\n\nBest regards,\n"
        "Paul Smith\n",
        "API Task Force",
    ),
    (
        "fr",
        "Bonjour,\n\nSuite à la circulaire C. CWS 175, M. Luc Martin, actuellement membre de "
        "l'équipe d'experts XML4IP, passe à l'équipe d'experts chargée des API. Il cessera de "
        "participer aux travaux de l'équipe XML4IP. Son compte OMPI reste fr-lmartin.\n\n"
        "Cordialement,\nAnne Roy\n",
        "API Task Force",
    ),
    (
        "es",
        "Estimados colegas:\n\nEn relación con la circular C. CWS 175, la Sra. Ana Ruiz, "
        "actualmente miembro del Equipo Técnico XML4IP, pasa al Equipo Técnico sobre API. "
        "Ya no participará en el Equipo Técnico XML4IP. Su usuario OMPI sigue siendo "
        "es-aruiz.\n\nAtentamente,\nLuis Gil\n",
        "API Task Force",
    ),
    (
        "ru",
        "Уважаемые коллеги,\n\nСсылаясь на циркулярное письмо C. CWS 175, просим перевести "
        "г-жу Иванову Анну Сергеевну из Целевой группы по XML4IP в Целевую группу\nпо API. "
        "Она больше не будет участвовать в работе группы XML4IP. Логин ru-aivanova.\n\n"
        "С уважением,\nП. Петров\n",
        "API Task Force",
    ),
    (
        "zh",
        "CWS秘书处：\n\n我局的王芳女士目前是XML4IP工作队成员（按C. CWS 175号通函推荐）。"
        "请将她从XML4IP工作队调整至法律状态工作队，今后她不再参加XML4IP工作队的工作。"
        "用户名：cn-wangfang\n\n国家知识产权局\n",
        "Legal Status Task Force",
    ),
    (
        "ar",
        "السادة أمانة لجنة المعايير،\n\nبالإشارة إلى التعميم C. CWS 175، نرجو نقل السيد أحمد "
        "الزعبي من فرقة العمل المعنية بلغة XML4IP إلى فرقة العمل المعنية بواجهات API. "
        "ولن يشارك بعد الآن في فرقة العمل المعنية بلغة XML4IP. اسم المستخدم: jo-azoubi\n\n"
        "مع خالص التحية،\nهدى علي\n",
        "API Task Force",
    ),
]


@pytest.mark.parametrize(("language", "body", "joined"), MOVES, ids=[m[0] for m in MOVES])
def test_member_moved_is_on_the_new_task_force_only(language: str, body: str, joined: str) -> None:
    people = nominees(body)
    assert len(people) == 1, language
    assert people[0]["task_forces"] == [joined], language


def test_successor_on_the_task_force_left_keeps_it() -> None:
    people = nominees(
        "Bonjour,\n\nSuite à la circulaire C. CWS 175 :\n\n1) M. Luc Martin, actuellement "
        "membre de l'équipe d'experts XML4IP, passe à l'équipe d'experts chargée des API. "
        "Il cessera de participer aux travaux de l'équipe XML4IP.\n\n2) Pour lui succéder au "
        "sein de l'équipe d'experts XML4IP, nous désignons Mme Claire Petit, analyste. "
        "Nom d'utilisateur : fr-cpetit.\n\nCordialement,\nAnne Roy\n"
    )
    tfs = {p["last_name"]: p["task_forces"] for p in people}
    assert tfs == {"Martin": ["API Task Force"], "Petit": ["XML4IP Task Force"]}


def test_member_who_stays_and_joins_another_is_on_both() -> None:
    people = nominees(
        "Dear colleagues,\n\nFurther to C. CWS 175, we nominate Ms Jane Roe to the XML4IP "
        "Task Force and to the API Task Force. Her WIPO username is xx-jroe.\n\n"
        "Best regards,\nPaul Smith\n"
    )
    assert people[0]["task_forces"] == ["XML4IP Task Force", "API Task Force"]


POSTS = [
    (
        "M. Étienne Roy (Gestionnaire, Normes et données de brevets), actuellement membre de "
        "l'équipe d'experts XML4IP, passe à l'équipe d'experts chargée des API.",
        "Gestionnaire, Normes et données de brevets",
    ),
    (
        "nous désignons Mme Sophie Côté, Analyste principale des données, Direction générale "
        "des services informatiques. Elle rejoindra l'équipe d'experts XML4IP.",
        "Analyste principale des données, Direction générale des services informatiques",
    ),
    (
        "nous désignons Mme Sophie Côté, Analyste principale des données, Gatineau. Elle "
        "rejoindra l'équipe d'experts XML4IP.",
        "Analyste principale des données",
    ),
]


@pytest.mark.parametrize(("sentence", "post"), POSTS)
def test_french_post_read_whole(sentence: str, post: str) -> None:
    people = nominees(
        f"Bonjour,\n\nEn réponse à la circulaire C. CWS 175, {sentence} Nom d'utilisateur : "
        "fr-x.\n\nCordialement,\nAnne Roy\n"
    )
    assert people[0]["position"] == post


@pytest.mark.parametrize(
    ("post", "nominative"),
    [
        (
            "заведующего отделом информационных технологий",
            "заведующий отделом информационных технологий",
        ),
        ("главного эксперта отдела патентов", "главный эксперт отдела патентов"),
    ],
)
def test_russian_genitive_post_headed_by_a_participle(post: str, nominative: str) -> None:
    people = nominees(
        "Уважаемые коллеги,\n\nСсылаясь на циркулярное письмо C. CWS 175, выдвигаем "
        f"кандидатуру г-на Осипова Бориса Петровича, {post}, в Целевую группу по API. "
        "Логин ru-bosipov.\n\nС уважением,\nП. Петров\n"
    )
    assert people[0]["position"] == nominative


def test_english_post_closed_by_its_department() -> None:
    people = nominees(
        "Dear colleagues,\n\nFurther to C. CWS 175, we nominate Ms Jane Roe, Senior Data "
        "Analyst, Information Technology Department. She will join the API Task Force. "
        "WIPO username: xx-jroe.\n\nBest regards,\nPaul Smith\n"
    )
    assert people[0]["position"] == "Senior Data Analyst, Information Technology Department"


def test_member_moved_among_other_nominees_is_nominated() -> None:
    people = nominees(
        "Dear colleagues,\n\nFurther to C. CWS 175:\n\n1) Ms Jane Roe will move from the "
        "XML4IP Task Force to the API Task Force.\n\n2) To succeed "
        "her on the XML4IP Task Force, we nominate Mr John Doe, analyst. Username: "
        "xx-jdoe.\n\nBest regards,\nPaul Smith\n"
    )
    tfs = {p["last_name"]: p["task_forces"] for p in people}
    assert tfs == {"Roe": ["API Task Force"], "Doe": ["XML4IP Task Force"]}


def test_member_of_a_board_is_a_post() -> None:
    people = nominees(
        "Dear colleagues,\n\nFurther to C. CWS 175, we nominate Mr John Doe, Member of the "
        "Board of Appeal, for the API Task Force. WIPO username: xx-jdoe.\n\nBest regards,\n"
        "Paul Smith\n"
    )
    assert people[0]["position"] == "Member of the Board of Appeal"
