"""A reply to the circular that lists people with the task forces they will take part in,
with no nominating verb and no username ("the following persons will take part in the Task
Forces: Ms X (XML4IP Task Force) ...", "participarán en los Equipos Técnicos las siguientes
personas", "Nos représentants au sein de l'Équipe d'experts API seront ...", "в работе
Целевой группы по XML4IP примут участие", "以下人员参加XML4IP工作队", "سيشارك في فرقة
العمل ..."): the office says who its members will be, which nominates them.

Taking part in a meeting or a CWS session, having taken part, thanking for access or being
the colleague to contact nominates nobody."""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, parse_email
from parsers.participation import takes_part
from tests.parsers.mailmaker import catalog, make_mail

_XML = "XML4IP Task Force"
_API = "API Task Force"


def _parse(body: str, subject: str = "C. CWS 175") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str, list[str]]]:
    # The whole name: how a Spanish name splits into given and family names is not at issue.
    return [
        (n.title, f"{n.first_name} {n.last_name}", sorted(n.task_forces)) for n in parsed.nominees
    ]


# ---------------------------------------------------------------------------------------
# Positive: who will take part, represent the office or be its members.

_TWO = {
    "en_list_items": (
        "With reference to circular C. CWS 175, please be informed that the following persons "
        "will take part in the Task Forces:\n\n"
        "• Ms Ana Perez (XML4IP Task Force)\n"
        "• Mr Luis Martinez (API Task Force)\n\n"
        "Kind regards,\nCarlos Ruiz\nDirector\nNational Industrial Property Office\n",
        [("Ms", "Ana Perez", [_XML]), ("Mr", "Luis Martinez", [_API])],
    ),
    "en_members_of": (
        "Dear Colleagues,\n\nIn reply to circular C. CWS 175, the following officials will be "
        "our members of the API Task Force:\n\n"
        "1. Ms Jane Doe, Senior Examiner\n"
        "2. Mr John Smith, IT Specialist\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        [("Ms", "Jane Doe", [_API]), ("Mr", "John Smith", [_API])],
    ),
    "en_representatives_are": (
        "Dear Sir or Madam,\n\nFurther to circular C. CWS 175, our representatives in the "
        "XML4IP Task Force will be Ms Jane Doe and Mr John Smith.\n\n"
        "Yours sincerely,\nPatent Office of Ruritania\n",
        [("Ms", "Jane Doe", [_XML]), ("Mr", "John Smith", [_XML])],
    ),
    "fr_list_items": (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous vous informons que les "
        "personnes suivantes participeront aux travaux des équipes d'experts :\n\n"
        "• Mme Anne Dupont (Équipe d'experts XML4IP)\n"
        "• M. Luc Martin (Équipe d'experts API)\n\n"
        "Veuillez agréer nos salutations distinguées.\nOffice national de la propriété "
        "industrielle\n",
        [("Mrs", "Anne Dupont", [_XML]), ("Mr", "Luc Martin", [_API])],
    ),
    "fr_representants_seront": (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nos représentants au sein de "
        "l'Équipe d'experts chargée des API seront Mme Anne Dupont et M. Luc Martin.\n\n"
        "Cordialement,\nOffice national de la propriété industrielle\n",
        [("Mrs", "Anne Dupont", [_API]), ("Mr", "Luc Martin", [_API])],
    ),
    "es_list_items": (
        "Con referencia a la circular C. CWS 175, les informamos que participarán en los Equipos "
        "Técnicos las siguientes personas:\n\n"
        "• Sra. Ana Pérez Gómez (Equipo Técnico XML4IP)\n"
        "• Sr. Luis Martínez (Equipo Técnico API)\n\n"
        "Atentamente,\nOficina Nacional de Propiedad Industrial\n",
        [("Mrs", "Ana Pérez Gómez", [_XML]), ("Mr", "Luis Martínez", [_API])],
    ),
    "es_both_after_list": (
        "En respuesta a la circular C. CWS 175, les comunicamos los datos de las siguientes "
        "personas:\n\n"
        "- Sra. Ana Pérez Gómez\n"
        "- Sr. Luis Martínez\n\n"
        "Ambas participarán en el Equipo Técnico XML4IP.\n\n"
        "Atentamente,\nOficina Nacional de Propiedad Industrial\n",
        [("Mrs", "Ana Pérez Gómez", [_XML]), ("Mr", "Luis Martínez", [_XML])],
    ),
    "es_representantes_seran": (
        "Estimados señores:\n\nEn atención a la circular C. CWS 175, nuestros representantes en "
        "el Equipo Técnico API serán la Sra. Ana Pérez Gómez y el Sr. Luis Martínez.\n\n"
        "Saludos cordiales,\nOficina Nacional de Propiedad Industrial\n",
        [("Mrs", "Ana Pérez Gómez", [_API]), ("Mr", "Luis Martínez", [_API])],
    ),
    "ru_list_items": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 сообщаем, что в работе "
        "Целевой группы по XML4IP примут участие следующие сотрудники:\n\n"
        "• г-жа Анна Иванова\n"
        "• г-н Пётр Смирнов\n\n"
        "С уважением,\nНациональное патентное ведомство\n",
        [("Mrs", "Анна Иванова", [_XML]), ("Mr", "Пётр Смирнов", [_XML])],
    ),
    "ru_representatives": (
        "Уважаемые коллеги!\n\nСо ссылкой на циркулярное письмо C. CWS 175 сообщаем, что "
        "представителями Ведомства в Целевой группе по API будут г-жа Анна Иванова и г-н Пётр "
        "Смирнов.\n\n"
        "С уважением,\nНациональное патентное ведомство\n",
        [("Mrs", "Анна Иванова", [_API]), ("Mr", "Пётр Смирнов", [_API])],
    ),
    "zh_list_items": (
        "世界知识产权组织标准委员会秘书处：\n\n"
        "关于C. CWS 175号通函，以下人员参加XML4IP工作队：\n\n"
        "王芳女士\n"
        "李强先生\n\n"
        "国家知识产权局\n",
        [("Mrs", "芳 王", [_XML]), ("Mr", "强 李", [_XML])],
    ),
    "zh_members_are": (
        "世界知识产权组织标准委员会秘书处：\n\n"
        "根据C. CWS 175号通函，我局参加API工作队的人员为王芳女士和李强先生。\n\n"
        "国家知识产权局\n",
        [("Mrs", "芳 王", [_API]), ("Mr", "强 李", [_API])],
    ),
    "ar_list_items": (
        "إشارة إلى التعميم C. CWS 175، نفيدكم بأنه سيشارك في فرقة العمل المعنية بلغة XML4IP "
        "الأشخاص التالية أسماؤهم:\n\n"
        "- السيدة سلمى الحداد\n"
        "- السيد خالد النجار\n\n"
        "وتفضلوا بقبول فائق الاحترام،\nالمكتب الوطني للملكية الصناعية\n",
        [("Mrs", "سلمى الحداد", [_XML]), ("Mr", "خالد النجار", [_XML])],
    ),
    "ar_representatives_are": (
        "إشارة إلى التعميم C. CWS 175، نفيدكم بأن ممثلينا في فرقة العمل المعنية بواجهات "
        "برمجة التطبيقات هم:\n\n"
        "- السيدة سلمى الحداد\n"
        "- السيد خالد النجار\n\n"
        "وتفضلوا بقبول فائق الاحترام،\nالمكتب الوطني للملكية الصناعية\n",
        [("Mrs", "سلمى الحداد", [_API]), ("Mr", "خالد النجار", [_API])],
    ),
}


@pytest.mark.parametrize("case", sorted(_TWO))
def test_people_who_will_take_part_are_nominated(case: str) -> None:
    body, expected = _TWO[case]
    parsed = _parse(body)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert parsed.reference == "C. CWS 175"
    assert _people(parsed) == expected


_ONE = {
    "en_will_participate": (
        "Dear Colleagues,\n\nWith reference to circular C. CWS 175, Ms Jane Doe, Head of the "
        "Patent Information Section, will participate in the XML4IP Task Force.\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        ("Ms", "Jane Doe", [_XML]),
    ),
    "en_will_represent": (
        "Dear Colleagues,\n\nIn response to C. CWS 175, Mr John Smith will represent our Office "
        "in the API Task Force.\n\nBest regards,\nPatent Office of Ruritania\n",
        ("Mr", "John Smith", [_API]),
    ),
    "fr_participera": (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, Mme Anne Dupont, "
        "examinatrice, participera à l'Équipe d'experts XML4IP.\n\n"
        "Cordialement,\nOffice national de la propriété industrielle\n",
        ("Mrs", "Anne Dupont", [_XML]),
    ),
    "ru_primet_uchastie": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 сообщаем, что в работе "
        "Целевой группы по API примет участие г-н Пётр Смирнов, главный специалист.\n\n"
        "С уважением,\nНациональное патентное ведомство\n",
        ("Mr", "Пётр Смирнов", [_API]),
    ),
    "zh_representative_is": (
        "世界知识产权组织标准委员会秘书处：\n\n"
        "关于C. CWS 175号通函，我局在XML4IP工作队的代表为王芳女士。\n\n"
        "国家知识产权局\n",
        ("Mrs", "芳 王", [_XML]),
    ),
    "ar_will_participate": (
        "إشارة إلى التعميم C. CWS 175، نفيدكم بأن السيدة سلمى الحداد ستشارك في فرقة العمل "
        "المعنية بلغة XML4IP.\n\n"
        "وتفضلوا بقبول فائق الاحترام،\nالمكتب الوطني للملكية الصناعية\n",
        ("Mrs", "سلمى الحداد", [_XML]),
    ),
}


@pytest.mark.parametrize("case", sorted(_ONE))
def test_one_person_who_will_take_part_is_nominated(case: str) -> None:
    body, expected = _ONE[case]
    parsed = _parse(body)
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert _people(parsed) == [expected]


# ---------------------------------------------------------------------------------------
# Negative: near-misses that nominate nobody.

_NOBODY = {
    "en_out_of_office": (
        "I am out of the office until 20 October with limited access to e-mail. For matters "
        "concerning the CWS Task Forces and circular C. CWS 175, please contact Ms Ana Perez "
        "(ana.perez@office.example), who will take care of your request.\n\n"
        "Carlos Ruiz\n",
        "Automatic reply: C. CWS 175",
    ),
    "es_out_of_office": (
        "Estaré fuera de la oficina hasta el 20 de octubre. Para asuntos relativos a los "
        "Equipos Técnicos del CWS, pueden dirigirse a la Sra. Ana Pérez Gómez "
        "(ana.perez@office.example).\n\nCarlos Ruiz\n",
        "Respuesta automática: C. CWS 175",
    ),
    "en_attended_meeting": (
        "Dear Colleagues,\n\nThe following persons attended the meeting of the XML4IP Task "
        "Force on 12 May:\n\n"
        "- Ms Ana Perez\n"
        "- Mr Luis Martinez\n\n"
        "The minutes will follow.\n\nBest regards,\nPatent Office of Ruritania\n",
        "XML4IP Task Force meeting",
    ),
    "en_meeting_invitation": (
        "Dear Colleagues,\n\nThe following persons will take part in the online meeting of the "
        "XML4IP Task Force on 12 June 2024:\n\n"
        "- Ms Ana Perez\n"
        "- Mr Luis Martinez\n\n"
        "Please find the agenda attached.\n\nBest regards,\nPatent Office of Ruritania\n",
        "Invitation: XML4IP Task Force meeting",
    ),
    "es_meeting_participants": (
        "Estimados colegas:\n\nLes informamos que participarán en la reunión del Equipo Técnico "
        "XML4IP del 12 de junio las siguientes personas:\n\n"
        "- Sra. Ana Pérez Gómez\n"
        "- Sr. Luis Martínez\n\n"
        "Atentamente,\nOficina Nacional de Propiedad Industrial\n",
        "Reunión del Equipo Técnico XML4IP",
    ),
    "en_thanks_for_wiki_access": (
        "Dear Secretariat,\n\nThank you for granting Ms Ana Perez access to the wiki of the "
        "XML4IP Task Force. She will take part in the discussions from now on.\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        "RE: C. CWS 175 - wiki access",
    ),
    "en_reminder_field_list": (
        "Dear Colleagues,\n\nThis is a reminder that replies to circular C. CWS 175 should "
        "give, for each person who will take part in the Task Forces: title (Mr/Ms), family "
        "name, given name, position, task force, WIPO Account username and e-mail address.\n\n"
        "CWS Secretariat\n",
        "Reminder: C. CWS 175",
    ),
    "es_cws_session": (
        "Con referencia a la circular C. CWS 175, les informamos que la Sra. Ana Pérez Gómez "
        "participará en la 11.ª sesión del CWS.\n\n"
        "Atentamente,\nOficina Nacional de Propiedad Industrial\n",
        "C. CWS 175",
    ),
    "en_cws_session": (
        "With reference to circular C. CWS 175, Ms Ana Perez will take part in the eleventh "
        "session of the Committee on WIPO Standards.\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        "C. CWS 175",
    ),
    "en_participated": (
        "Dear Colleagues,\n\nWith reference to circular C. CWS 175, the following persons "
        "participated in the XML4IP Task Force in 2022:\n\n"
        "- Ms Ana Perez\n"
        "- Mr Luis Martinez\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        "C. CWS 175",
    ),
    "en_question_about_representative": (
        "Dear Colleagues,\n\nCould you please tell us whether our representative in the XML4IP "
        "Task Force, Mr John Smith, still has access to the wiki?\n\n"
        "Best regards,\nPatent Office of Ruritania\n",
        "C. CWS 175",
    ),
    "fr_representant_retraite": (
        "Madame, Monsieur,\n\nNotre représentant au sein de l'Équipe d'experts XML4IP, M. Luc "
        "Martin, a pris sa retraite. Nous vous communiquerons le nom de son successeur.\n\n"
        "Cordialement,\nOffice national de la propriété industrielle\n",
        "C. CWS 175",
    ),
    "zh_took_part": (
        "世界知识产权组织标准委员会秘书处：\n\n王芳女士参加了XML4IP工作队的工作。\n\n国家知识产权局\n",
        "C. CWS 175",
    ),
    "ar_participated": (
        "إشارة إلى التعميم C. CWS 175، شاركت السيدة سلمى الحداد في فرقة العمل المعنية بلغة "
        "XML4IP.\n\nوتفضلوا بقبول فائق الاحترام،\nالمكتب الوطني للملكية الصناعية\n",
        "C. CWS 175",
    ),
    "ru_uchastvovali": (
        "Уважаемые коллеги!\n\nСо ссылкой на циркулярное письмо C. CWS 175 сообщаем, что в "
        "работе Целевой группы по XML4IP участвовали г-жа Анна Иванова и г-н Пётр Смирнов.\n\n"
        "С уважением,\nНациональное патентное ведомство\n",
        "C. CWS 175",
    ),
}


@pytest.mark.parametrize("case", sorted(_NOBODY))
def test_near_misses_nominate_nobody(case: str) -> None:
    body, subject = _NOBODY[case]
    parsed = _parse(body, subject=subject)
    assert parsed.kind is not Kind.NOMINATION, _people(parsed)


@pytest.mark.parametrize(
    "sentence",
    [
        "the following persons will take part in the Task Forces:",
        "Mr John Smith will represent our Office in the API Task Force.",
        "nos représentants au sein de l'Équipe d'experts XML4IP seront",
        "participarán en los Equipos Técnicos las siguientes personas:",
        "в работе Целевой группы по XML4IP примут участие следующие сотрудники:",
        "我局参加API工作队的人员为",
        "ممثلونا في فرقة العمل هم:",
    ],
)
def test_participation_cues(sentence: str) -> None:
    assert takes_part(sentence, catalog())


@pytest.mark.parametrize(
    "sentence",
    [
        "the following persons attended the meeting of the XML4IP Task Force on 12 May:",
        "the following persons participated in the XML4IP Task Force:",
        "la Sra. Ana Pérez participará en la 11.ª sesión del CWS.",
        "в работе Целевой группы по XML4IP участвовали",
        "Ms Ana Perez will take part in the meeting of the API Task Force.",
        "Ms Ana Perez will take part in the discussions.",
    ],
)
def test_not_participation_cues(sentence: str) -> None:
    assert not takes_part(sentence, catalog())
