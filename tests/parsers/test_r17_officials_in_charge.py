"""An office asking for the circular in another language names its official in charge,
no nominee.

Before it agrees its candidates, an office asks for the circular, its annex or form in its
own language or in an editable format ("Просим направить текст циркулярного письма и
приложения на русском языке", "Pourriez-vous nous faire parvenir l'annexe en français ?",
"¿Podrían enviarnos el anexo en español?", "请问能否提供通函附件的中文版本？", "هل يمكن
تزويدنا بالمرفق باللغة العربية؟", "Could you send us the annex as a Word file?") and names who
follows the question up, under a heading that says so and in labelled lines like a
nominee's: "Person in charge of this matter:", "Personne chargée de la question :",
"Persona encargada del asunto:", "Ответственное лицо по данному вопросу:", "本事项联系人：",
"المسؤول عن متابعة الموضوع:". Or in a sentence: "The official in charge of this matter is Ms
X (x@office.example)". Nobody is nominated.

Near misses keep their reading: a nominee's labelled block above the same heading is still
read (and the contact under it is not), a heading that calls the person a nominee too keeps
them a nominee, and a nomination that also asks for the annex in French is a nomination.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, subject: str = "C. CWS 175") -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


QUESTIONS = [
    (
        "en",
        "Dear colleagues,\n\nWe have received Circular C. CWS 175 on the nomination of experts "
        "to the Task Forces. Could you send us the annex as a Word file? Our management must "
        "agree on the candidates first.\n\nPerson in charge of this matter:\n"
        "Name: Jane Roe\nPosition: Senior Officer, International Cooperation\n"
        "E-mail: jane.roe@office.example\n\nBest regards,\nIP Office\n",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nNous avons bien reçu la circulaire C. CWS 175 relative à la "
        "désignation de candidats aux équipes d'experts. Pourriez-vous nous faire parvenir "
        "l'annexe en français ? La liste des candidats doit d'abord être validée.\n\n"
        "Personne chargée de la question :\nNom : Claire Martin\n"
        "Fonction : chargée de mission, coopération internationale\n"
        "Courriel : claire.martin@office.example\n\nCordialement,\nL'Office\n",
    ),
    (
        "es",
        "Estimados señores:\n\nHemos recibido la circular C. CWS 175 sobre la designación de "
        "candidatos a los Equipos Técnicos. ¿Podrían enviarnos el anexo en español? Los "
        "candidatos deben ser aprobados por la Dirección.\n\nPersona encargada del asunto:\n"
        "Nombre: Ana Rojas\nCargo: Analista de cooperación internacional\n"
        "Correo: ana.rojas@oficina.example\n\nAtentamente,\nLa Oficina\n",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВедомство получило циркулярное письмо C. CWS 175 о выдвижении "
        "кандидатур в целевые группы КСВ. Просим направить текст приложения на русском языке: "
        "кандидатуры согласуются с руководством.\n\nОтветственное лицо по данному вопросу:\n"
        "Ф.И.О.: Иванова Анна Сергеевна\nДолжность: главный специалист отдела "
        "международного сотрудничества\nE-mail: a.ivanova@office.example\n\nС уважением,\n"
        "Ведомство\n",
    ),
    (
        "zh",
        "尊敬的秘书处：\n\n我局已收到关于提名工作队成员的C. CWS 175号通函。请问能否提供通函附件的"
        "中文版本？提名人选须先经局领导审定。\n\n本事项联系人：\n姓名：王芳\n职务：国际合作处副处长\n"
        "电子邮箱：wangfang@office.example\n\n此致\n国际合作处\n",
    ),
    (
        "ar",
        "السادة الأفاضل،\n\nتلقينا التعميم C. CWS 175 بشأن ترشيح الخبراء في فرق العمل. هل يمكن "
        "تزويدنا بالمرفق باللغة العربية؟ يجب أن توافق الإدارة على المرشحين أولا.\n\n"
        "المسؤول عن متابعة الموضوع:\nالاسم: أحمد علي\nالوظيفة: رئيس قسم التعاون الدولي\n"
        "البريد الإلكتروني: ahmed.ali@office.example\n\nمع خالص التحية،\nالمكتب\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), QUESTIONS, ids=[c[0] for c in QUESTIONS])
def test_the_official_in_charge_of_a_question_is_no_nominee(lang: str, body: str) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()
    assert parsed.language == lang


PROSE = [
    (
        "en",
        "We have received Circular C. CWS 175. Could you tell us whether the form may be "
        "filled in in Spanish? The official in charge of this matter is Ms Jane Roe, Senior "
        "Officer (jane.roe@office.example).\n",
    ),
    (
        "ru",
        "Ведомство получило циркулярное письмо C. CWS 175 о выдвижении кандидатур. Просим "
        "сообщить, можно ли заполнить форму на русском языке. Ответственное лицо по данному "
        "вопросу — главный специалист Иванова Анна Сергеевна (a.ivanova@office.example).\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), PROSE, ids=[c[0] for c in PROSE])
def test_the_official_in_charge_named_in_a_sentence_is_no_nominee(lang: str, body: str) -> None:
    parsed = parse(body)
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()


# ------------------------------------------------------------------------------ near misses


def test_a_nominee_above_the_official_in_charge_is_read_alone() -> None:
    body = (
        "In reply to C. CWS 175, we nominate:\n"
        "Name: Jane Roe\nPosition: Patent Examiner\nUsername: ca-jroe\n"
        "E-mail: jane.roe@office.example\nTask Force: API Task Force\n\n"
        "Person in charge of this matter:\nName: Paul Martin\nPosition: Head of Section\n"
        "E-mail: paul.martin@office.example\n"
    )
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Roe"]


def test_a_heading_calling_the_person_a_nominee_keeps_them_one() -> None:
    body = (
        "En respuesta a la circular C. CWS 175:\n\n"
        "Candidata y persona encargada del asunto:\nNombre: Ana Rojas\n"
        "Cargo: Examinadora de patentes\nNombre de usuario: co-arojas\n"
        "Correo: ana.rojas@oficina.example\nEquipo Técnico: XML4IP\n"
    )
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION
    assert [n.username for n in parsed.nominees] == ["co-arojas"]


def test_a_nomination_that_also_asks_for_the_annex_in_french_is_read() -> None:
    body = (
        "In reply to C. CWS 175, we nominate Ms Jane Roe, Patent Examiner "
        "(jane.roe@office.example). Could you also send us the annex in French?\n"
    )
    parsed = parse(body)
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Roe"]
