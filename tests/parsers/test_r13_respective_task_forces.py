"""Task forces handed out "respectively": "We nominate Ms X and Mr Y to the XML4IP Task
Force and the API Task Force respectively" puts Ms X on the first and Mr Y on the second
("respectivement", "respectivamente", "соответственно", "分别", "على التوالي"). Without the
word, or with as many task forces as people but not listed in order, each keeps them all."""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML, API, TD = "XML4IP Task Force", "API Task Force", "3D Task Force"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def task_forces(parsed: ParsedEmail) -> list[tuple[str | None, tuple[str, ...]]]:
    assert parsed.kind is Kind.NOMINATION
    return [(n.last_name, n.task_forces) for n in parsed.nominees]


EN = (
    "Dear CWS Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Ms Jane DOE and "
    "Mr John ROE to the XML4IP Task Force and the API Task Force{word}.\n\n"
    "Best regards,\nKenji Sato\nJapan Patent Office\n"
)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (EN.format(word=" respectively"), ("DOE", "ROE")),
        (
            "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons Mme "
            "Jeanne DUPONT et M. Jean MARTIN à l'Équipe d'experts XML4IP et à l'Équipe "
            "d'experts chargée des API respectivement.\n\nCordialement,\nPaul Girard\n"
            "Office de la propriété intellectuelle\n",
            ("DUPONT", "MARTIN"),
        ),
        (
            "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. "
            "Ana GARCÍA y al Sr. Juan PÉREZ para el Equipo Técnico XML4IP y el Equipo Técnico "
            "de API, respectivamente.\n\nAtentamente,\nLuis Torres\n"
            "Instituto Nacional de Propiedad Industrial\n",
            ("GARCÍA", "PÉREZ"),
        ),
        (
            "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает "
            "г-жу Анну ИВАНОВУ и г-на Ивана ПЕТРОВА соответственно в Целевую группу по XML4IP и "
            "Целевую группу по API.\n\nС уважением,\nФедеральная служба по интеллектуальной "
            "собственности\n",
            ("ИВАНОВА", "ПЕТРОВ"),
        ),
        (
            "尊敬的秘书处：\n\n关于C. CWS 175号通函，我局提名张丽华女士和王伟先生分别参加XML4IP"
            "工作队和API工作队。\n\n此致\n国家知识产权局\n",
            ("张", "王"),
        ),
        (
            "السادة أمانة لجنة معايير الويبو المحترمين،\n\nردا على التعميم C. CWS 175، يسر "
            "المكتب ترشيح السيدة سارة أحمد والسيد محمد علي لفرقة العمل المعنية بلغة XML4IP "
            "وفرقة العمل المعنية بواجهات API على التوالي.\n\nمع خالص التحية،\n",
            ("أحمد", "علي"),
        ),
    ],
    ids=["en", "fr", "es", "ru", "zh", "ar"],
)
def test_each_person_gets_the_task_force_in_the_same_place(
    body: str, names: tuple[str, str]
) -> None:
    got = task_forces(parse(body))
    assert [tfs for _name, tfs in got] == [(XML,), (API,)]
    assert [name for name, _tfs in got] == list(names)


def test_task_forces_before_the_word_plural_list() -> None:
    body = (
        "Dear colleagues,\n\nFurther to circular C. CWS 175, we are pleased to nominate "
        "Ms Jane DOE and Mr John ROE to the XML4IP and API Task Forces, respectively.\n\n"
        "Kind regards,\nIntellectual Property Office\n"
    )
    assert task_forces(parse(body)) == [("DOE", (XML,)), ("ROE", (API,))]


def test_a_task_force_added_later_stays_with_its_person() -> None:
    body = EN.format(word=" respectively").replace(
        "respectively.", "respectively. Mr ROE would also like to join the 3D Task Force."
    )
    assert task_forces(parse(body)) == [("DOE", (XML,)), ("ROE", (API, TD))]


def test_addresses_and_task_forces_both_respectively() -> None:
    body = EN.format(word=", respectively").replace(
        "respectively.",
        "respectively. Their e-mails are jane.doe@office.example and "
        "john.roe@office.example respectively.",
    )
    parsed = parse(body)
    assert task_forces(parsed) == [("DOE", (XML,)), ("ROE", (API,))]
    assert [n.account_email for n in parsed.nominees] == [
        "jane.doe@office.example",
        "john.roe@office.example",
    ]


@pytest.mark.parametrize(
    "body",
    [
        EN.format(word=""),
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous désignons Mme Jeanne "
        "DUPONT et M. Jean MARTIN à l'Équipe d'experts XML4IP et à l'Équipe d'experts chargée "
        "des API.\n\nCordialement,\nOffice de la propriété intellectuelle\n",
        "尊敬的秘书处：\n\n关于C. CWS 175号通函，我局提名张丽华女士和王伟先生参加XML4IP工作队和API"
        "工作队。\n\n此致\n国家知识产权局\n",
    ],
    ids=["en", "fr", "zh"],
)
def test_without_the_word_both_keep_both(body: str) -> None:
    assert [tfs for _name, tfs in task_forces(parse(body))] == [(XML, API), (XML, API)]


def test_more_people_than_task_forces_keep_them_all() -> None:
    body = EN.format(word=" respectively").replace("Ms Jane DOE and", "Ms Jane DOE, Dr Ann POE and")
    assert [tfs for _name, tfs in task_forces(parse(body))] == [(XML, API)] * 3


def test_the_word_tied_to_the_posts_hands_out_nothing() -> None:
    body = EN.format(word="").replace(
        "Mr John ROE to",
        "Mr John ROE, heads of the Patent and Trademark divisions respectively, to",
    )
    assert [tfs for _name, tfs in task_forces(parse(body))] == [(XML, API), (XML, API)]
