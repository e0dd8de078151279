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


# --- looking back: a nomination sent before, a member who continues ----------------------

LOOKS_BACK = [
    (
        "en_nothing_to_add",
        "Thank you for your reminder. The Patent Office of Examplestan has nothing to add to "
        "its nomination sent on 2 October 2023 (Ms Lena Novak, API Task Force, username "
        "xx-lnovak).",
    ),
    (
        "fr_arrived",
        "Suite à votre rappel : notre candidature (Mme Claire Fabre, Équipe d'experts chargée "
        "de l'API, identifiant xx-cfabre) a été envoyée le 2 octobre 2023. Pourriez-vous "
        "vérifier si elle a bien été reçue ?",
    ),
    (
        "es_already_sent",
        "En respuesta a su recordatorio, les informamos que nuestra designación (Sra. Laura "
        "Méndez, Equipo Técnico de API, usuario xx-lmendez) fue enviada el 2 de octubre de "
        "2023. No tenemos nada que añadir.",
    ),
    (
        "ru_continues",
        "Ведомство подтверждает, что его представитель в Целевой группе по API г-н П.С. "
        "Ковалев продолжит работу в ее составе. Учетная запись (xx-pkovalev) у него уже есть, "
        "никаких действий со стороны Секретариата не требуется. Новых кандидатур ведомство "
        "не выдвигает.",
    ),
    (
        "zh_already_submitted",
        "收到提醒，谢谢。我局已于2023年10月2日提交提名（王强先生，API工作队，用户名xx-wangqiang），"
        "没有需要补充的内容，请确认是否已收到。",
    ),
    (
        "ar_continues",
        "نود إفادتكم بأن السيد سامي حداد سيواصل تمثيل المكتب في فرقة العمل المعنية بواجهات "
        "برمجة التطبيقات (اسم المستخدم xx-shaddad)، ولا يلزم اتخاذ أي إجراء من جانبكم.",
    ),
]


@pytest.mark.parametrize(("name", "body"), LOOKS_BACK, ids=[c[0] for c in LOOKS_BACK])
def test_mail_that_only_looks_back_nominates_nobody(name: str, body: str) -> None:
    parsed = parse(
        make_mail(
            f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n",
            subject="Re: Reminder: C. CWS 175",
        )
    )
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


STILL_NOMINATIONS = [
    (
        "en_adds_a_second",
        "Further to our nomination sent on 2 October 2023 (Ms Lena Novak), we also nominate "
        "Mr. Jonas Weber (xx-jweber) to the API Task Force. We have nothing to add otherwise.",
    ),
    (
        "en_member_remains_short",
        "Mr. Jonas Weber remains our representative on the API Task Force; his username is "
        "xx-jweber.",
    ),
    (
        "en_joins_no_action_needed",
        "Mr. Jonas Weber, Head of IT, will join the API Task Force (username xx-jweber). He "
        "already has his account, so no further action is required on our side.",
    ),
    (
        "en_correction_of_earlier_mail",
        "Our nomination sent on 2 October 2023 had a typo: the username of Mr. Jonas Weber "
        "(API Task Force) is xx-jweber.",
    ),
    (
        "ru_own_nomination_no_others",
        "Ведомство назначает г-на Вебера Йонаса (xx-jweber) в Целевую группу по API. Новых "
        "кандидатур в другие целевые группы ведомство не выдвигает.",
    ),
]


@pytest.mark.parametrize(("name", "body"), STILL_NOMINATIONS, ids=[c[0] for c in STILL_NOMINATIONS])
def test_nomination_beside_looking_back_stays_a_nomination(name: str, body: str) -> None:
    parsed = parse(make_mail(f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n"))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert "xx-jweber" in [n.username for n in parsed.nominees]


def test_nomination_sent_again_as_labelled_block_under_quoted_reminder() -> None:
    body = (
        "Dear colleagues,\n\nThank you for your reminder. We already sent our nomination on "
        "2 October 2023; did it arrive? Here it is again, nothing to add:\n\n"
        "Task force: API Task Force\nName: Mr Jonas Weber\nPosition: Head of IT\n"
        "WIPO username: xx-jweber\nE-mail: jonas.weber@office.example\n\nRegards,\n"
        "Office Contact\n\n"
        "On Mon, 16 Oct 2023 at 10:00, CWS Mail <cws.mail@wipo.int> wrote:\n"
        "> This is a reminder that nominations in reply to C. CWS 175 are due by 20 October.\n"
        "> For each representative please send: task force, title, last name, first name,\n"
        "> position, WIPO Accounts username and e-mail address.\n"
    )
    parsed = parse(make_mail(body, subject="RE: Reminder: C. CWS 175"))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.username) == ("Weber", "xx-jweber")
    assert nominee.task_forces == (API,)
