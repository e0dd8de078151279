"""An application for an internship or a job is no nomination.

A graduate or a professional who found this address on the CWS pages applies for a WIPO
internship, a fellowship or a vacancy, CV attached: "I would like to apply for the WIPO
Internship Programme", "je souhaite postuler au programme de stages", "me permito
postularme al Programa de Pasantías", "прошу рассмотреть мою кандидатуру на стажировку",
"我希望申请贵组织的实习岗位", "أود التقدم لبرنامج التدريب الداخلي". The details are laid out
like a nominee's (name, post at a firm, e-mail, even a WIPO Account username and the task
forces that interest them), but nobody is nominated by an office.

Near misses keep their reading: an office's nomination with the nominee's CV attached, a
nominee said to have done an internship, and a person putting themself forward for a task
force.
"""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def parse(body: str, subject: str) -> ParsedEmail:
    raw = make_mail(
        body,
        subject=subject,
        sender="Applicant <applicant@mail.example>",
        attachments=(("CV.txt", "text/plain", b"Curriculum vitae\nEducation: LL.M.\n"),),
    )
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


APPLICATIONS = [
    (
        "en",
        "Application - WIPO Internship Programme",
        "Dear Sir or Madam,\n\nI would like to apply for the WIPO Internship Programme 2024, "
        "preferably in the area of technical standards. I found this address on the CWS pages "
        "and I am very interested in the work of the Legal Status Task Force.\n\nMy details:\n"
        "Full name: Jane Roe\nCurrent position: Legal Assistant, Roe & Partners\n"
        "E-mail: jane.roe@mail.example\nWIPO Account username: jroe (I use it for ePCT)\n\n"
        "Please find my CV attached.\n\nKind regards,\nJane Roe\n",
    ),
    (
        "fr",
        "Candidature - programme de stages de l'OMPI",
        "Madame, Monsieur,\n\nJe souhaite postuler au programme de stages de l'OMPI 2024, de "
        "préférence dans le domaine des normes techniques. L'équipe d'experts chargée du "
        "statut juridique m'intéresse particulièrement.\n\nMes coordonnées :\n"
        "Nom complet : Claire Martin\nFonction actuelle : juriste, cabinet Martin & Associés\n"
        "Courriel : claire.martin@mail.example\nNom d'utilisateur du compte OMPI : cmartin\n\n"
        "Vous trouverez mon CV en pièce jointe.\n\nCordialement,\nClaire Martin\n",
    ),
    (
        "es",
        "Postulación Programa de Pasantías OMPI 2024",
        "Estimados señores:\n\nMe permito postularme al Programa de Pasantías de la OMPI 2024, "
        "de preferencia en el área de normas técnicas. Me interesa el trabajo del Equipo "
        "Técnico sobre la Situación Jurídica.\n\nMis datos:\nNombre completo: Ana Rojas Pérez\n"
        "Cargo actual: Asistente jurídica, Rojas & Asociados\nCorreo: ana.rojas@mail.example\n"
        "Usuario de la Cuenta OMPI: arojasp\n\nAdjunto mi hoja de vida.\n\nAtentamente,\n"
        "Ana Rojas Pérez\n",
    ),
    (
        "ru",
        "Заявка на стажировку в ВОИС",
        "Уважаемые коллеги!\n\nПрошу рассмотреть мою кандидатуру на стажировку в ВОИС в 2024 "
        "году, желательно в области технических стандартов. Меня особенно интересует работа "
        "Целевой группы по правовому статусу.\n\nМои данные:\nФ.И.О.: Иванова Анна Сергеевна\n"
        "Должность: юрист, ООО «Пример»\nE-mail: anna.ivanova@mail.example\n"
        "Имя пользователя учетной записи ВОИС: aivanova\n\nРезюме прилагаю.\n\nС уважением,\n"
        "Анна Иванова\n",
    ),
    (
        "zh",
        "实习申请",
        "尊敬的先生/女士：\n\n我希望申请世界知识产权组织2024年实习岗位，最好在技术标准领域。我对法律"
        "状态工作队的工作很感兴趣。\n\n我的信息：\n姓名：王芳\n职务：某律师事务所律师助理\n"
        "电子邮箱：wangfang@mail.example\n产权组织账户用户名：wangfang88\n\n随函附上我的简历。\n\n"
        "此致\n王芳\n",
    ),
    (
        "ar",
        "طلب تدريب داخلي في الويبو",
        "السادة الأفاضل،\n\nأود التقدم لبرنامج التدريب الداخلي في الويبو لعام 2024، ويفضل في مجال "
        "المعايير التقنية. يهمني عمل فرقة العمل المعنية بالوضع القانوني.\n\nبياناتي:\n"
        "الاسم الكامل: سارة أحمد\nالوظيفة الحالية: مساعدة قانونية في مكتب محاماة\n"
        "البريد الإلكتروني: sara.ahmed@mail.example\nاسم المستخدم: sahmed\n\n"
        "مرفق سيرتي الذاتية.\n\nمع خالص التحية،\nسارة أحمد\n",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), APPLICATIONS, ids=[c[0] for c in APPLICATIONS]
)
def test_an_internship_application_is_no_nomination(lang: str, subject: str, body: str) -> None:
    parsed = parse(body, subject)
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert parsed.nominees == ()
    assert parsed.language == lang


def test_an_application_for_a_vacancy_is_no_nomination() -> None:
    body = (
        "Dear colleagues,\n\nI am writing to apply for the vacancy of Information Systems "
        "Officer in the CWS Secretariat. I have worked on the XML4IP Task Force as an "
        "observer.\n\nName: Paul Martin\nE-mail: paul.martin@mail.example\n"
        "Username: pmartin\n\nMy CV is attached.\n"
    )
    parsed = parse(body, "Application for the vacancy")
    assert parsed.kind is Kind.OTHER, parsed.kind_reason


# ------------------------------------------------------------------------------ near misses


def test_an_office_nomination_with_the_nominees_cv_is_read() -> None:
    body = (
        "In reply to C. CWS 175, the Office nominates Ms Jane Roe, Patent Examiner "
        "(jane.roe@office.example, username ca-jroe), to the API Task Force. Please find "
        "her CV attached.\n"
    )
    parsed = parse(body, "C. CWS 175 - nomination")
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Roe"]


def test_a_nominee_who_did_an_internship_is_still_nominated() -> None:
    body = (
        "En respuesta a la circular C. CWS 175, designamos a la Sra. Ana Rojas "
        "(ana.rojas@oficina.example), quien realizó una pasantía en la OMPI en 2019, "
        "para el Equipo Técnico XML4IP.\n"
    )
    parsed = parse(body, "C. CWS 175 - designación")
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Rojas"]


def test_a_nominee_who_also_applies_for_a_fellowship_is_still_nominated() -> None:
    body = (
        "In reply to C. CWS 175, we nominate Mr Paul Martin, IT Officer "
        "(paul.martin@office.example), to the XML4IP Task Force. He is also applying for "
        "the WIPO fellowship programme.\n"
    )
    parsed = parse(body, "C. CWS 175")
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Martin"]
