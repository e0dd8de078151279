"""A task force handed over from a member to a colleague goes only to the colleague.

"吕建平同志今后只参加XML4IP工作队；法律状态工作队改由夏雨桐同志参加，其信息如下：" above the
colleague's labelled details: the words above name the task force the member keeps and the
one he hands over. Only the one handed over is the colleague's; the member keeps his as it
stands and is nominated by nothing here. Said so in six languages ("will be taken over by",
"sera reprise par", "pasará a cargo de", "передаётся", "تنتقل ... إلى").

Near misses: words above naming two task forces with no hand-over give the person both.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


_XML = "XML4IP Task Force"
_LS = "Legal Status Task Force"

CASES = [
    (
        "zh",
        "CWS秘书处：\n\n关于C. CWS 175号通函，吕建平同志原拟参加XML4IP工作队和法律状态工作队。"
        "因分工调整，吕建平同志今后只参加XML4IP工作队；法律状态工作队改由同处室的夏雨桐同志参加，"
        "其信息如下：\n\n姓名：夏雨桐（女士）\n职务：副处长\nWIPO账户用户名：cn-xiayutong\n"
        "注册邮箱：xiayutong@cnipa.example\n\n谢谢！\n韩冰\n",
        "cn-xiayutong",
    ),
    (
        "en",
        "Dear colleagues,\n\nFurther to C. CWS 175: Mr LYU was nominated to the XML4IP Task "
        "Force and the Legal Status Task Force. He will keep the XML4IP Task Force; the Legal "
        "Status Task Force will be taken over by his colleague, whose details follow:\n\n"
        "Name: Ms Yutong XIA\nPosition: Deputy Director\nWIPO username: cn-xiayutong\n"
        "E-mail: xiayutong@cnipa.example\n\nBest regards,\nBing HAN\n",
        "cn-xiayutong",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, M. Martin avait été désigné pour "
        "l'Équipe d'experts chargée de la norme XML4IP et l'Équipe d'experts chargée de la "
        "situation juridique. Il reste membre de l'Équipe XML4IP ; l'Équipe d'experts chargée "
        "de la situation juridique sera reprise par sa collègue :\n\nNom : DURAND\nPrénom : Claire\n"
        "Civilité : Mme\nFonction : examinatrice\nNom d'utilisateur : fr-cdurand\n"
        "Courriel : claire.durand@inpi.example\n\nCordialement,\nPaul Roux\n",
        "fr-cdurand",
    ),
    (
        "es",
        "Estimados colegas:\n\nEn relación con la circular C. CWS 175, el Sr. Gil fue designado "
        "para el Equipo Técnico XML4IP y el Equipo Técnico sobre la Situación Jurídica. Él "
        "seguirá en el Equipo Técnico XML4IP; el Equipo Técnico sobre la Situación Jurídica "
        "pasará a cargo de su colega:\n\nApellido: RUIZ\nNombre: Ana\nTratamiento: Sra.\n"
        "Cargo: examinadora\nUsuario: es-aruiz\nCorreo: ana.ruiz@oepm.example\n\n"
        "Atentamente,\nLuis Gil\n",
        "es-aruiz",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВ связи с циркулярным письмом C. CWS 175: г-н Петров был выдвинут "
        "в Целевую группу по XML4IP и Целевую группу по правовому статусу. Он остаётся в "
        "Целевой группе по XML4IP; участие в Целевой группе по правовому статусу передаётся "
        "его коллеге:\n\nФамилия: Иванова\nИмя: Анна\nОбращение: г-жа\nДолжность: главный "
        "эксперт\nИмя пользователя: ru-aivanova\nЭлектронная почта: a.ivanova@rupto.example\n\n"
        "С уважением,\nП. Сидоров\n",
        "ru-aivanova",
    ),
    (
        "ar",
        "السادة أمانة لجنة المعايير،\n\nبالإشارة إلى التعميم C. CWS 175، تم ترشيح السيد علي لعضوية "
        "فرقة العمل المعنية بمعيار XML4IP وفرقة العمل المعنية بالوضع القانوني. يبقى السيد علي في "
        "فرقة العمل المعنية بمعيار XML4IP؛ وتنتقل عضوية فرقة العمل المعنية بالوضع القانوني إلى "
        "زميلته:\n\nاسم العائلة: حسن\nالاسم الأول: فاطمة\nاللقب: السيدة\nالوظيفة: فاحصة\n"
        "اسم المستخدم: eg-fhassan\nالبريد الإلكتروني: f.hassan@egypo.example\n\nمع التحية،\n"
        "أحمد محمود\n",
        "eg-fhassan",
    ),
]


@pytest.mark.parametrize(("body", "username"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_only_the_task_force_handed_over(body: str, username: str) -> None:
    parsed = parse(body)
    assert [(n.username, n.task_forces) for n in parsed.nominees] == [(username, (_LS,))]


def test_two_task_forces_above_without_hand_over_stay() -> None:
    body = (
        "Dear colleagues,\n\nIn reply to C. CWS 175, we nominate to the XML4IP Task Force and "
        "the Legal Status Task Force:\n\nName: Ms Yutong XIA\nPosition: Deputy Director\n"
        "WIPO username: cn-xiayutong\nE-mail: xiayutong@cnipa.example\n\nBest regards,\nBing HAN\n"
    )
    parsed = parse(body)
    assert [n.task_forces for n in parsed.nominees] == [(_XML, _LS)]
