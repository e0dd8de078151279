"""The address a nominee's WIPO Account was made with beats an office address given first.

A list item heads each nominee with their name; the lines under it give an office address
("البريد الإلكتروني الرسمي", "Служебный e-mail", "办公邮箱") and, separately, the address
the account is registered with ("البريد المسجل به الحساب", "Адрес учётной записи",
"注册邮箱"). The name heading is read as a listed name, which takes the first address
after it; the labelled account address is the account's, in every language.

Near misses: one address for both stays; an office address alone stays; a name heading
with only the account address stays.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "ar",
        "ردًا على التعميم C. CWS 175، يرشح المكتب الشخص التالي لعضوية فرق العمل:\n\n"
        "   1. السيد عبد الرحمن علي فارح (Abdourahman Ali FARAH)\n"
        "      - الوظيفة: رئيس قسم البراءات\n"
        "      - البريد الإلكتروني الرسمي: {office}\n"
        "      - اسم المستخدم في حساب الويبو: dj-afarah\n"
        "      - البريد المسجل به الحساب: {account}\n"
        "      - فرقة العمل: فرقة العمل المعنية بالوضع القانوني (ST.27)\n\n"
        "مع خالص الشكر والتقدير،\nهودن عبدي\n",
    ),
    (
        "ru",
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем:\n\n"
        "1. г-жа Иванова Анна Сергеевна\n"
        "- Должность: главный эксперт\n"
        "- Служебный e-mail: {office}\n"
        "- Имя пользователя: ru-aivanova\n"
        "- Электронная почта учетной записи ВОИС: {account}\n"
        "- Целевая группа: Целевая группа по API\n\n"
        "С уважением,\nП. Петров\n",
    ),
    (
        "zh",
        "根据C. CWS 175号通函，我局推荐以下人员：\n\n"
        "1. 王芳女士\n"
        "   职务：审查员\n"
        "   办公邮箱：{office}\n"
        "   WIPO账户用户名：cn-wangfang\n"
        "   账户注册邮箱：{account}\n"
        "   工作队：API工作队\n\n"
        "国家知识产权局\n",
    ),
    (
        "en",
        "In reply to C. CWS 175, our Office nominates:\n\n"
        "1. Ms Jane Roe, Senior Examiner\n"
        "   - Office e-mail: {office}\n"
        "   - WIPO username: xx-jroe\n"
        "   - E-mail used for the WIPO Account: {account}\n"
        "   - Task force: API Task Force\n\n"
        "Best regards,\nPaul Smith\n",
    ),
    (
        "es",
        "En respuesta a la circular C. CWS 175, designamos a:\n\n"
        "1. Sra. Ana Ruiz Gómez, examinadora\n"
        "   - Correo institucional: {office}\n"
        "   - Usuario OMPI: es-aruiz\n"
        "   - Correo de la cuenta OMPI: {account}\n"
        "   - Equipo Técnico: Equipo Técnico sobre API\n\n"
        "Atentamente,\nLuis Gil\n",
    ),
    (
        "fr",
        "En réponse à la circulaire C. CWS 175, nous désignons :\n\n"
        "1. Mme Claire Martin, examinatrice\n"
        "   - Courriel professionnel : {office}\n"
        "   - Nom d'utilisateur : fr-cmartin\n"
        "   - Adresse électronique du compte OMPI : {account}\n"
        "   - Équipe d'experts : Équipe d'experts chargée de l'API\n\n"
        "Cordialement,\nPaul Durand\n",
    ),
]

_OFFICE = "n.person@office.example"
_ACCOUNT = "private.person@mail.example"


@pytest.mark.parametrize("body", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_account_address_beats_office_one(body: str) -> None:
    parsed = parse(body.format(office=_OFFICE, account=_ACCOUNT))
    assert [n.account_email for n in parsed.nominees] == [_ACCOUNT]


@pytest.mark.parametrize("body", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_one_address_for_both_stays(body: str) -> None:
    parsed = parse(body.format(office=_OFFICE, account=_OFFICE))
    assert [n.account_email for n in parsed.nominees] == [_OFFICE]


def test_office_address_alone_stays() -> None:
    body = CASES[0][1].replace("      - البريد المسجل به الحساب: {account}\n", "")
    parsed = parse(body.format(office=_OFFICE))
    assert [n.account_email for n in parsed.nominees] == [_OFFICE]
