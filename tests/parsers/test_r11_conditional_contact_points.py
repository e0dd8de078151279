"""Mail that gives a person's details like a nomination and nominates nobody to a task force.

An office asking whether it may nominate someone at all, the details given only for a yes
("If so, her details are ..."), and an office naming a new contact point for the
Committee's circulars. Each beside the nomination that uses the same words and stays one.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.contact_points import names_contact_point
from parsers.support_questions import asks_if_may_nominate
from parsers.withdrawals import withdrawal_spans
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def _mail(body: str) -> bytes:
    return make_mail(f"{body}\n\nRegards,\nOffice Contact\nPatent Office of Examplestan\n")


# --- may we nominate? details for a yes ---------------------------------------------------

MAY_WE = [
    (
        "en_if_so",
        "Dear Secretariat,\n\nOur office has no staff working on ST.96 at present. Would it be "
        "possible to nominate a consultant from a partner university to the XML4IP Task Force?"
        "\n\nIf so, his details would be:\nName: Mr Tomas Lind\nPosition: Senior Lecturer\n"
        "Username: xx-tlind\nE-mail: tlind@uni.example",
    ),
    (
        "fr_dans_l_affirmative",
        "Madame, Monsieur,\n\nEst-il possible de désigner pour l'équipe d'experts XML4IP une "
        "experte retraitée de l'Office qui travaille encore pour nous à titre de consultante ?"
        "\n\nDans l'affirmative, voici ses coordonnées :\nNom : Mme Hélène Marchand\n"
        "Fonction : consultante\nIdentifiant : xx-hmarchand\nCourriel : hmarchand@mail.example",
    ),
    (
        "ru_esli_da",
        "Уважаемые коллеги!\n\nМожно ли выдвинуть в Целевую группу по API сотрудника "
        "подведомственного института, не являющегося служащим Ведомства?\n\nЕсли да, его "
        "данные:\nФ.И.О.: Орлов Сергей Петрович\nДолжность: научный сотрудник\n"
        "Логин: xx-sorlov\nE-mail: sorlov@inst.example",
    ),
    (
        "zh_ru_ke_yi",
        "CWS秘书处：\n\n您好！请问是否可以提名我局下属研究中心的一名非在编专家参加API工作队？\n\n"
        "如可以，其信息如下：\n姓名：刘洋\n职务：研究员\n用户名：xx-liuyang\n邮箱：liuyang@center.example",
    ),
    (
        "ar_fi_hal_al_muwafaqa",
        "السادة الأمانة،\n\nهل يمكن ترشيح خبير من جامعة وطنية لا يعمل في المكتب لعضوية فرقة "
        "العمل المعنية بواجهات برمجة التطبيقات؟\n\nفي حال الموافقة، بياناته كالتالي:\n"
        "الاسم: السيد كريم منصور\nالمنصب: أستاذ مساعد\nاسم المستخدم: xx-kmansour\n"
        "البريد الإلكتروني: kmansour@uni.example",
    ),
]


@pytest.mark.parametrize(("name", "body"), MAY_WE, ids=[c[0] for c in MAY_WE])
def test_question_whether_it_may_nominate_nominates_nobody(name: str, body: str) -> None:
    assert asks_if_may_nominate(body)
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


NOMINATES = [
    (
        "en_nominates_then_asks_about_access",
        "Dear Secretariat,\n\nWe nominate Mr Tomas Lind (username xx-tlind, "
        "tlind@office.example) to the XML4IP Task Force. Can we nominate him by e-mail only? "
        "We hope so.",
    ),
    (
        "es_nominates_and_asks_about_one_more",
        "Estimados:\n\nDesignamos a la Sra. Ana Ruiz (usuario xx-aruiz, aruiz@office.example) "
        "para el Equipo Técnico API. ¿Podemos designar también a un segundo experto? En caso "
        "afirmativo, les enviaremos sus datos.",
    ),
    (
        "ru_if_you_have_questions",
        "Уважаемые коллеги!\n\nВедомство выдвигает в Целевую группу по API г-на Орлова "
        "Сергея Петровича (логин xx-sorlov, sorlov@office.example). Если у вас есть вопросы, "
        "можно ли связаться с ним напрямую? Да.",
    ),
]


@pytest.mark.parametrize(("name", "body"), NOMINATES, ids=[c[0] for c in NOMINATES])
def test_nomination_with_a_question_stays_one(name: str, body: str) -> None:
    assert not asks_if_may_nominate(body)
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert len(parsed.nominees) == 1


# --- a new contact point ------------------------------------------------------------------

CONTACT_POINTS = [
    (
        "en_new_focal_point",
        "Dear colleagues,\n\nPlease note that as of 1 December the new focal point of our Office "
        "for CWS circulars and surveys is:\n\nName: Ms Petra Novak\nPosition: Head of "
        "International Cooperation\nE-mail: pnovak@office.example\n\nKindly update your records.",
    ),
    (
        "es_nuevo_punto_de_contacto",
        "Estimados colegas:\n\nLes informamos que a partir del 1 de diciembre el punto de contacto "
        "de la Oficina para las circulares del CWS será:\n\nNombre: Sr. Andrés Molina\nCargo: "
        "Director de Relaciones Internacionales\nCorreo: amolina@office.example",
    ),
    (
        "fr_correspondant_designe",
        "Madame, Monsieur,\n\nNous vous informons que M. Paul Girard est désigné comme "
        "correspondant de l'Office pour les circulaires du Comité des normes de l'OMPI, en "
        "remplacement de Mme Roux.\n\nFonction : chef du service juridique\n"
        "Courriel : pgirard@office.example",
    ),
    (
        "zh_lian_xi_ren_bian_geng",
        "CWS秘书处：\n\n您好！因工作调整，我局CWS通函联系人变更为：\n姓名：陈静\n职务：国际合作处 副处长\n"
        "邮箱：chenjing@office.example\n\n请更新贵处的通讯录。",
    ),
    (
        "ar_jihat_al_ittisal",
        "السادة الأمانة،\n\nنود إبلاغكم بأن جهة الاتصال الجديدة للمكتب بشأن تعاميم لجنة "
        "معايير الويبو هي:\nالاسم: السيدة ليلى حسن\nالمنصب: مديرة التعاون الدولي\n"
        "البريد الإلكتروني: lhassan@office.example",
    ),
]


@pytest.mark.parametrize(("name", "body"), CONTACT_POINTS, ids=[c[0] for c in CONTACT_POINTS])
def test_new_contact_point_is_no_nomination(name: str, body: str) -> None:
    assert names_contact_point(body)
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


CONTACT_AND_TASK_FORCE = [
    (
        "en_contact_point_nominated_to_task_force",
        "Dear colleagues,\n\nOur new focal point, Ms Petra Novak (pnovak@office.example), is "
        "also nominated to the API Task Force.",
    ),
    (
        "ru_kontaktnoe_litso_s_loginom",
        "Уважаемые коллеги!\n\nНовым контактным лицом Ведомства назначается:\n"
        "Ф.И.О.: Орлов Сергей Петрович\nДолжность: начальник отдела\n"
        "Логин ВОИС: xx-sorlov\nE-mail: sorlov@office.example",
    ),
    (
        "es_nomination_naming_its_contact",
        "Estimados colegas:\n\nDesignamos para el Equipo Técnico XML4IP a la Sra. Ana Ruiz, "
        "Jefa de Sistemas (aruiz@office.example); ella será también el nuevo punto de contacto.",
    ),
]


@pytest.mark.parametrize(
    ("name", "body"), CONTACT_AND_TASK_FORCE, ids=[c[0] for c in CONTACT_AND_TASK_FORCE]
)
def test_contact_point_with_a_task_force_or_account_stays_a_nomination(
    name: str, body: str
) -> None:
    parsed = parse(_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    assert len(parsed.nominees) == 1


def test_contact_words_without_change_or_verb() -> None:
    assert not names_contact_point("For any question, our contact person is listed below.")
    assert not names_contact_point("Le correspondant habituel reste joignable.")


MAILING_LISTS = [
    "Прежнее контактное лицо, г-на Юсупова, просим исключить из списка рассылки.",
    "Please remove Mr John Smith from our mailing list.",
    "Merci de retirer M. Paul Dupont de la liste de diffusion.",
    "يرجى حذف السيد أحمد علي من القائمة البريدية.",
]


@pytest.mark.parametrize("text", MAILING_LISTS)
def test_leaving_a_mailing_list_is_no_withdrawal(text: str) -> None:
    assert withdrawal_spans(text) == []


def test_leaving_the_list_of_members_is_still_one() -> None:
    assert withdrawal_spans("Просим исключить г-на Юсупова из списка членов группы.")
    assert withdrawal_spans("Merci de retirer M. Paul Dupont de la liste.")
