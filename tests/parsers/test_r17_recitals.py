"""Earlier nominees recalled in the sentence that adds a new one are not nominated again.

"Further to our letter of 6 October, in which we nominated Mr X to the XML4IP Task Force
and Ms Y to the Legal Status Task Force, we are pleased to also nominate Mr Z ...": the
clause from the recalling words ("in which we nominated", "par lequel nous avons désigné",
"en la que designamos", "которым были выдвинуты", "此前已推荐", "التي رشحنا بموجبها") to the
sentence's own nominating verb is context. Only Mr Z is nominated, with his own task force.

And Outlook's phone footer ("Get Outlook for Android", "الحصول على Outlook لـ Android")
under the writer's signature leaves the signature above it, with the office it names.

Near misses: a recital with no nominating verb after it in its sentence stays as read; two
people nominated in one sentence stay both.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "en",
        "Dear colleagues,\n\nFurther to our letter of 6 October 2023 (C. CWS 175), in which we "
        "nominated Mr Karl Weber to the XML4IP Task Force and Ms Rita Hahn to the Legal Status "
        "Task Force, we are pleased to also nominate Mr Tom Berg, Senior Engineer, to the "
        "Blockchain Task Force; his username is xx-tberg.\n\nBest regards,\nAnna Roe\n",
        ("Berg", "xx-tberg"),
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nSuite à notre courrier du 6 octobre 2023 (C. CWS 175), par lequel "
        "nous avons désigné M. Karl Weber pour l'Équipe d'experts chargée de la norme XML4IP et "
        "Mme Rita Hahn pour l'Équipe d'experts chargée de la situation juridique, nous désignons "
        "également M. Tom Berg, ingénieur principal, pour l'Équipe d'experts chargée de la "
        "chaîne de blocs ; son nom d'utilisateur est fr-tberg.\n\nCordialement,\nAnna Roe\n",
        ("Berg", "fr-tberg"),
    ),
    (
        "es",
        "Estimados colegas:\n\nEn alcance a nuestra nota del 6 de octubre de 2023 (C. CWS 175), "
        "en la que designamos al Sr. Karl Weber para el Equipo Técnico XML4IP y a la Sra. Rita "
        "Hahn para el Equipo Técnico sobre la Situación Jurídica, designamos también al Sr. Tom "
        "Berg, ingeniero, para el Equipo Técnico sobre la Cadena de Bloques; su usuario es "
        "es-tberg.\n\nAtentamente,\nAnna Roe\n",
        ("Berg", "es-tberg"),
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВ дополнение к нашему письму от 6 октября 2023 г. (C. CWS 175), "
        "которым были выдвинуты г-н Петров Иван Сергеевич в Целевую группу по XML4IP и г-жа "
        "Смирнова Анна Петровна в Целевую группу по правовому статусу, выдвигаем также г-на "
        "Сидорова Олега Ивановича, ведущего инженера, в Целевую группу по блокчейну; имя "
        "пользователя ru-osidorov.\n\nС уважением,\nА. Роу\n",
        ("Сидоров", "ru-osidorov"),
    ),
    (
        "ar",
        "السادة أمانة لجنة معايير الويبو،\n\nإلحاقاً برسالتنا المؤرخة في 6 أكتوبر 2023 (C. CWS "
        "175)، التي رشحنا بموجبها السيد كمال الجبالي لعضوية فرقة العمل المعنية بمعيار XML4IP "
        "والسيدة ريم الحمامي لعضوية فرقة العمل المعنية بالوضع القانوني، يسعدنا أن نرشح أيضاً "
        "السيد محمد الطرابلسي، مهندس أول، لعضوية فرقة العمل المعنية بالبلوكشين (Blockchain)، "
        "علماً بأن اسم المستخدم الخاص به هو tn-mtrabelsi.\n\nمع فائق التقدير،\n\nسنية القروي\n",
        ("الطرابلسي", "tn-mtrabelsi"),
    ),
]


@pytest.mark.parametrize(("body", "nominee"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_only_the_new_nominee(body: str, nominee: tuple[str, str]) -> None:
    parsed = parse(body)
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        (*nominee, ("Blockchain Task Force",))
    ]


def test_two_nominated_in_one_sentence_stay() -> None:
    parsed = parse(
        "In reply to C. CWS 175, we nominate Mr Karl Weber to the XML4IP Task Force and "
        "Ms Rita Hahn to the Legal Status Task Force."
    )
    assert [n.last_name for n in parsed.nominees] == ["Weber", "Hahn"]


FOOTERS = [
    (
        "ar",
        "السادة أمانة لجنة معايير الويبو،\n\nيسعدنا أن نرشح السيد محمد الطرابلسي، مهندس أول، "
        "لعضوية فرقة العمل المعنية بالبلوكشين (C. CWS 175)، واسم المستخدم الخاص به هو "
        "tn-mtrabelsi.\n\nسنية القروي\nرئيسة مصلحة التعاون الدولي\n"
        "المعهد الوطني للمواصفات والملكية الصناعية\n\nالحصول على Outlook لـ Android\n",
        "المعهد الوطني للمواصفات والملكية الصناعية",
    ),
    (
        "en",
        "Dear colleagues,\n\nIn reply to C. CWS 175, we nominate Mr Tom Berg, Senior Engineer, "
        "to the Blockchain Task Force; his username is xx-tberg.\n\nAnna Roe\nHead of "
        "International Cooperation\nNational Institute of Standardization and Industrial "
        "Property\n\nGet Outlook for Android\n",
        "National Institute of Standardization and Industrial Property",
    ),
]


@pytest.mark.parametrize(("body", "office"), [c[1:] for c in FOOTERS], ids=[c[0] for c in FOOTERS])
def test_outlook_phone_footer_leaves_signature_above(body: str, office: str) -> None:
    assert parse(body).office == office
