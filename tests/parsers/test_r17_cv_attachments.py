"""A CV attached beside a nomination adds no nominee and no value.

The letter names the nominee, their post, account and task forces; the CV attached "for
information" spells the name in another script, gives a private address and lists earlier
posts. Read as a text of the message, it made a second nominee of that address. A CV is
known by its file name ("CV_...", "curriculum", "hoja de vida", "Резюме", "简历", "السيرة
الذاتية") or by its heading ("CURRICULUM VITAE", "Резюме", "个人简历", "السيرة الذاتية").

Near misses: an attached form named as anything else is still read, a French "Résumé des
candidatures" (a summary) too.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, attachments: tuple[tuple[str, str, bytes], ...]) -> ParsedEmail:
    return parse_email(
        make_mail(body, attachments=attachments), catalog=catalog(), options=ParseOptions()
    )


_CV_TEXT = (
    "{heading}\n{name}\nE-mail: {private}\nMobile: +000 0000 0175\n\n"
    "PROFESSIONAL EXPERIENCE\n2016 - 2021  Senior Systems Analyst, e-Government Programme\n"
    "2012 - 2016  Software Engineer, a commercial bank\n"
)

CASES = [
    (
        "ar",
        "بالإشارة إلى التعميم رقم C. CWS 175، نود ترشيح السيد خالد محمد المهندي، رئيس قسم نظم "
        "المعلومات، لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات (API). وقد أنشأ المرشح "
        "حسابه باسم المستخدم qa-kalmuhannadi وبالبريد الإلكتروني kalmuhannadi@moci-qa.example. "
        "ونرفق لكم سيرته الذاتية للاطلاع.",
        "CV_Khalid_AlMuhannadi.txt",
        "CURRICULUM VITAE",
        "Khalid Mohammed Al-Muhannadi",
        "kalmuhannadi@moci-qa.example",
    ),
    (
        "en",
        "In reply to C. CWS 175, we nominate Ms Jane Roe, Senior Examiner, to the API Task "
        "Force. Her WIPO username is xx-jroe (jane.roe@office.example). Her CV is attached.",
        "attachment1.txt",
        "CURRICULUM VITAE",
        "Jane Roe",
        "jane.roe@office.example",
    ),
    (
        "es",
        "En respuesta a la circular C. CWS 175, designamos a la Sra. Ana Ruiz, examinadora, "
        "para el Equipo Técnico sobre API; usuario es-aruiz, correo ana.ruiz@oepm.example. "
        "Adjuntamos su hoja de vida.",
        "Hoja de vida Ana Ruiz.txt",
        "DATOS PERSONALES",
        "Ana María Ruiz Gómez",
        "ana.ruiz@oepm.example",
    ),
    (
        "ru",
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу Иванову Анну Сергеевну, "
        "главного эксперта, в Целевую группу по API; имя пользователя ru-aivanova, адрес "
        "a.ivanova@rupto.example. Резюме прилагается.",
        "Резюме_Иванова.txt",
        "Резюме",
        "Anna Ivanova",
        "a.ivanova@rupto.example",
    ),
    (
        "zh",
        "根据C. CWS 175号通函，我局推荐王芳女士（审查员）参加API工作队，用户名cn-wangfang，"
        "邮箱wangfang@cnipa.example。附上其个人简历供参考。",
        "附件.txt",
        "个人简历",
        "Wang Fang",
        "wangfang@cnipa.example",
    ),
    (
        "fr",
        "En réponse à la circulaire C. CWS 175, nous désignons Mme Claire Martin, "
        "examinatrice, pour l'Équipe d'experts chargée de l'API ; nom d'utilisateur "
        "fr-cmartin, adresse claire.martin@inpi.example. Son curriculum est joint.",
        "curriculum-claire-martin.txt",
        "CLAIRE MARTIN",
        "Claire Martin",
        "claire.martin@inpi.example",
    ),
]


@pytest.mark.parametrize(
    ("body", "filename", "heading", "name", "address"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_cv_adds_no_nominee(
    body: str, filename: str, heading: str, name: str, address: str
) -> None:
    cv = _CV_TEXT.format(heading=heading, name=name, private="someone.private@mail.example")
    parsed = parse(body, ((filename, "text/plain", cv.encode()),))
    assert parsed.kind == "nomination"
    assert [n.account_email for n in parsed.nominees] == [address]


@pytest.mark.parametrize(
    "filename", ["Annex_nomination.txt", "Résumé des candidatures.txt", "CWS175_form.txt"]
)
def test_an_attached_form_is_still_read(filename: str) -> None:
    form = (
        "Last name: Roe\nFirst name: Jane\nTitle: Ms\nPosition: Senior Examiner\n"
        "WIPO username: xx-jroe\nE-mail: jane.roe@office.example\nTask force: API Task Force\n"
    )
    parsed = parse(
        "In reply to C. CWS 175, please find our nomination attached.",
        ((filename, "text/plain", form.encode()),),
    )
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Roe", "xx-jroe")]
