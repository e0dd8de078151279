"""Mail that names people, even with their usernames, and nominates nobody by it.

A task force member writing about their work (comments on a draft standard) whose username
no longer reaches the Wiki; another office's candidate the writer only reports on ("X
informed us of its intention to nominate Mr Y"); a sentence opening on its topic ("As
regards the national offices of the member states – they will ...") that a dash does not
turn into a label. Each beside the nomination it must not be mistaken for.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.fields import read_labelled
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
SEQL = "Sequence Listings Task Force"
XML4IP = "XML4IP Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a member whose username no longer reaches the Wiki ----------------------------------

LOST_ACCESS = [
    (
        "en",
        "Dear Secretariat,\n\nAs the Office's representative on the XML4IP Task Force, I attach "
        "our comments on the draft revision of ST.96. I could not post them on the Wiki: my "
        "username xx-hlarsen no longer gives me access to the task force space. Could you pass "
        "them on to the task force leader?\n\nKind regards,\n\nHenrik Larsen\nSenior Adviser, "
        "Standards\nPatent Office of Examplestan\n",
        "Henrik Larsen <hlarsen@office.example>",
    ),
    (
        "es",
        "Estimados colegas:\n\nComo representante de la Oficina en el Equipo Técnico XML4IP, les "
        "envío adjuntos nuestros comentarios sobre el proyecto de la norma ST.96. Mi usuario "
        "xx-mgarcia ya no tiene acceso al espacio del Equipo Técnico en la Wiki. ¿Podrían "
        "hacerlos llegar al responsable?\n\nAtentamente,\n\nMarta García Ruiz\nJefa de "
        "Normas\nOficina de Patentes de Examplestan\n",
        "Marta García Ruiz <mgarcia@office.example>",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nКак представитель ведомства в Целевой группе по XML4IP направляю "
        "наши замечания к проекту стандарта ST.96. Мой логин xx-ivolkov больше не дает доступа "
        "к странице целевой группы на вики-форуме. Прошу передать замечания руководителю "
        "группы.\n\nС уважением,\nИгорь Волков\nВедущий эксперт\nПатентное ведомство "
        "Экзампластана\n",
        "Игорь Волков <ivolkov@office.example>",
    ),
]


@pytest.mark.parametrize(("lang", "body", "sender"), LOST_ACCESS, ids=[c[0] for c in LOST_ACCESS])
def test_member_whose_username_lost_access_nominates_nobody(
    lang: str, body: str, sender: str
) -> None:
    parsed = parse(make_mail(body, subject="XML4IP Task Force - comments on ST.96", sender=sender))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Dear Secretariat,\n\nI have been designated by my Office as its representative on "
            "the XML4IP Task Force. My WIPO username is xx-hlarsen.\n\nKind regards,\n\nHenrik "
            "Larsen\nSenior Adviser, Standards\nPatent Office of Examplestan\n",
            "Henrik Larsen <hlarsen@office.example>",
        ),
        (
            # The member who left is no access problem: the writer replaces him.
            "Estimados colegas:\n\nEl Sr. Pablo Ruiz ya no trabaja en la Oficina. He sido "
            "designada para sustituirlo en el Equipo Técnico XML4IP; mi usuario es "
            "xx-mgarcia.\n\nAtentamente,\n\nMarta García Ruiz\nJefa de Normas\nOficina de "
            "Patentes de Examplestan\n",
            "Marta García Ruiz <mgarcia@office.example>",
        ),
    ],
    ids=["en_designated", "es_replaces_member_who_left"],
)
def test_self_nomination_with_username_stays_a_nomination(body: str, sender: str) -> None:
    parsed = parse(make_mail(body, sender=sender))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert [n.username for n in parsed.nominees] == [
        "xx-hlarsen" if "Larsen" in sender else "xx-mgarcia"
    ]
    assert parsed.nominees[0].task_forces == (XML4IP,)


# --- another office's candidate, reported ------------------------------------------------

REPORTED_PLAN = [
    (
        "en",
        "In reply to circular C. CWS 175, the Regional Patent Organization nominates Ms Anna "
        "Berg, Head of IT, to the API Task Force (username xx-aberg, aberg@rpo.example). "
        "The offices of our member states will send their nominations themselves; the "
        "Examplestan office has informed us of its intention to nominate Mr K.T. Osei to the "
        "Sequence Listings Task Force.",
        ("Berg", "xx-aberg"),
    ),
    (
        "fr",
        "En réponse à la circulaire C. CWS 175, l'Organisation régionale désigne Mme Anna Berg, "
        "chef du service informatique, pour l'Équipe d'experts chargée de l'API (identifiant "
        "xx-aberg, aberg@rpo.example). L'office de l'Examplestan nous a fait part de son "
        "intention de désigner M. K.T. Osei pour l'Équipe d'experts chargée des listages des "
        "séquences.",
        ("Berg", "xx-aberg"),
    ),
    (
        "zh",
        "根据C. CWS 175号通函，本组织提名贝安娜女士（信息技术处处长）参加API工作队，用户名xx-aberg，"
        "邮箱aberg@rpo.example。另外，示例国知识产权局告知我们拟提名王强先生参加序列表工作队。",
        ("贝", "xx-aberg"),
    ),
    (
        "ru",
        "В ответ на циркулярное письмо C. CWS 175 Региональная организация назначает г-жу "
        "Иванову Анну Петровну, начальника отдела ИТ, в Целевую группу по API (имя "
        "пользователя xx-aivanova, aivanova@rpo.example). Национальное ведомство Экзампластана "
        "уведомило нас о своем намерении выдвинуть г-на К.Т. Осипова в Целевую группу по SEQL.",
        ("Иванова", "xx-aivanova"),
    ),
]


@pytest.mark.parametrize(
    ("lang", "body", "nominee"), REPORTED_PLAN, ids=[c[0] for c in REPORTED_PLAN]
)
def test_another_offices_reported_plan_nominates_nobody(
    lang: str, body: str, nominee: tuple[str, str]
) -> None:
    parsed = parse(make_mail(f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n"))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.username) for n in parsed.nominees] == [nominee]
    assert parsed.nominees[0].task_forces == (API,)


@pytest.mark.parametrize(
    "body",
    [
        # What we told others, or our own plan announced: still ours.
        "As we informed the member states, we nominate Mr. Jonas Weber (xx-jweber) to the API "
        "Task Force.",
        "We intend to nominate Mr. Jonas Weber (xx-jweber) to the API Task Force.",
        "Мы сообщаем о намерении назначить г-на Вебера Йонаса (xx-jweber) в Целевую группу по API.",
    ],
    ids=["en_informed_others", "en_own_plan", "ru_own_intention"],
)
def test_own_plan_or_what_we_told_others_stays_a_nomination(body: str) -> None:
    parsed = parse(make_mail(f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert nominee.username == "xx-jweber"
    assert nominee.task_forces == (API,)


# --- a sentence opening on its topic is no dashed label ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Что касается национальных ведомств государств – участников Конвенции, они направят "
        "свои кандидатуры самостоятельно.",
        "As regards the offices of the member states – those that wish to take part – they "
        "will write to you directly.",
        "En ce qui concerne les offices des États membres – ils vous écriront directement.",
    ],
    ids=["ru", "en", "fr"],
)
def test_topic_opening_with_a_dash_is_no_office_label(line: str) -> None:
    fields = read_labelled(f"Уважаемые коллеги!\n\n{line}\n", catalog())
    assert fields.office is None


@pytest.mark.parametrize(
    ("line", "office"),
    [
        (
            "Наименование ведомства — Евразийское патентное ведомство",
            "Евразийское патентное ведомство",
        ),
        ("Name of the Office – Patent Office of Examplestan", "Patent Office of Examplestan"),
    ],
    ids=["ru", "en"],
)
def test_dashed_office_label_still_read(line: str, office: str) -> None:
    fields = read_labelled(f"{line}\n", catalog())
    assert fields.office is not None
    assert fields.office.value == office
