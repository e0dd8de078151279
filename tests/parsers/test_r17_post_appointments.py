"""An official appointed to a post is not nominated to a task force.

A mission's note verbale or an office's letter announces who now heads the office: "the
appointment of Mr X as Director General", "la nomination de M. X en qualité de Directeur
général", "el nombramiento del Sr. X como Director General", "о назначении г-на Х на
должность Генерального директора", "任命王伟同志为局长", "تعيين السيد أحمد علي مديرا عاما",
with the new head's contact details. The appointing words are nominating words in most of
the six languages, but no circular, task force or account is in sight: other mail.

Near misses keep their reading: a nomination to a task force that also mentions an
appointment, a nominee whose post is said to be new, and a nomination under the circular
whose nominee was appointed to a post earlier.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, subject: str) -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


APPOINTMENTS = [
    (
        "en",
        "Appointment of the new Director General",
        "The Permanent Mission of the Republic of Examplia presents its compliments to the "
        "World Intellectual Property Organization (WIPO) and has the honour to inform it of "
        "the appointment of Mr John SMITH as Director General of the Industrial Property "
        "Office, replacing Ms Mary BROWN.\n\nHis contact details are:\n"
        "E-mail: dg@ipo.example\nTel.: +000 20 000 00\n",
    ),
    (
        "fr",
        "Nomination du nouveau Directeur Général",
        "La Mission permanente de la République d'Exemplie présente ses compliments à "
        "l'Organisation Mondiale de la Propriété Intellectuelle (OMPI) et a l'honneur de "
        "l'informer de la nomination, par décret n° 2023-118, de Monsieur MARTIN Paul en "
        "qualité de Directeur Général de l'Office de la Propriété Industrielle.\n\n"
        "Ses coordonnées sont les suivantes :\nCourriel : dg@opi.example\n",
    ),
    (
        "es",
        "Nombramiento del nuevo Director General",
        "La Misión Permanente de la República de Ejemplia saluda atentamente a la "
        "Organización Mundial de la Propiedad Intelectual (OMPI) y tiene el honor de "
        "informarle del nombramiento del Sr. Carlos PÉREZ GÓMEZ como Director General del "
        "Instituto de Propiedad Industrial.\n\nSus datos de contacto:\n"
        "Correo: dg@ipi.example\n",
    ),
    (
        "ru",
        "О назначении Генерального директора",
        "Постоянное представительство Республики Примерия свидетельствует свое уважение "
        "Всемирной организации интеллектуальной собственности (ВОИС) и имеет честь сообщить "
        "о назначении г-на Иванова Петра Сергеевича на должность Генерального директора "
        "Ведомства интеллектуальной собственности.\n\nКонтактные данные:\n"
        "E-mail: dg@ipo.example\n",
    ),
    (
        "zh",
        "关于新任局长的照会",
        "某国常驻日内瓦代表团向世界知识产权组织致意，并谨通知：经国务院决定，任命王伟同志为国家"
        "知识产权局局长。\n\n联系方式：\n电子邮箱：wangwei@ipo.example\n",
    ),
    (
        "ar",
        "تعيين المدير العام الجديد",
        "تهدي البعثة الدائمة لجمهورية المثال تحياتها إلى المنظمة العالمية للملكية الفكرية "
        "(الويبو) وتتشرف بإبلاغها بتعيين السيد أحمد علي مديرا عاما لمكتب الملكية الصناعية.\n\n"
        "بيانات الاتصال:\nالبريد الإلكتروني: dg@ipo.example\n",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), APPOINTMENTS, ids=[c[0] for c in APPOINTMENTS]
)
def test_a_head_of_office_appointed_is_no_nominee(lang: str, subject: str, body: str) -> None:
    parsed = parse(body, subject)
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()
    assert parsed.language == lang


def test_an_appointment_announced_in_an_attached_note_is_no_nomination() -> None:
    note = APPOINTMENTS[1][2]
    raw = make_mail(
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint la note verbale relative à la "
        "nomination du nouveau Directeur Général de l'Office.\n",
        subject="Note verbale - Nomination du nouveau Directeur Général",
        attachments=(("note.txt", "text/plain", note.encode()),),
    )
    parsed = parse_email(raw, catalog=catalog(), options=ParseOptions())
    assert parsed.kind is Kind.OTHER, parsed.kind_reason


# ------------------------------------------------------------------------------ near misses


def test_a_nomination_that_mentions_an_appointment_is_read() -> None:
    body = (
        "Following the appointment of Mr John Smith as Director General, the Office "
        "nominates Ms Jane Roe, Head of IT (jane.roe@office.example), to the API Task Force.\n"
    )
    parsed = parse(body, "C. CWS 175")
    assert parsed.kind is Kind.NOMINATION
    assert "Roe" in [n.last_name for n in parsed.nominees]


def test_a_nominee_appointed_to_a_new_post_is_still_nominated() -> None:
    body = (
        "En respuesta a la circular C. CWS 175, designamos a la Sra. Ana Rojas "
        "(ana.rojas@oficina.example), nombrada Directora de la División de Informática en mayo.\n"
    )
    parsed = parse(body, "C. CWS 175 - designación")
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Rojas"]


def test_a_nominee_with_a_task_force_named_new_director_is_read() -> None:
    body = (
        "В ответ на циркулярное письмо C. CWS 175 сообщаем о назначении нового директора "
        "департамента Иванова Петра Сергеевича (p.ivanov@office.example) экспертом в "
        "Целевую группу по XML4IP.\n"
    )
    parsed = parse(body, "C. CWS 175")
    assert parsed.kind is Kind.NOMINATION
    assert [n.task_forces for n in parsed.nominees] == [("XML4IP Task Force",)]
