"""A username cell that points at the account's e-mail gives no username.

"Username: same as e-mail", "Nom d'utilisateur : identique à l'adresse électronique",
"Usuario: el mismo que el correo", "Имя пользователя: совпадает с e-mail", "用户名：与邮箱相同",
"اسم المستخدم: نفس البريد الإلكتروني": the words point at the address the nominee gave for the
account. A WIPO Accounts username holds no "@", so the address is no username: the username
stays missing (the office is asked for it) and the address is the account's e-mail, whether
it stands in the cell or on its own line.

Near misses keep their reading: a username with a remark about the address ("us-jroe (same as
e-mail prefix)") and a username that merely holds the letters "mail".
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


POINTING = [
    (
        "en-label",
        "We nominate Ms Jane Roe, Senior Examiner, for the API Task Force.\n"
        "WIPO Account username: same as e-mail\nE-mail: jane.roe@office.example\n",
        "jane.roe@office.example",
    ),
    (
        "en-address-after-dash",
        "We nominate Ms Jane Roe, Senior Examiner, for the API Task Force.\n"
        "WIPO Account: same as e-mail - jane.roe@office.example\n",
        "jane.roe@office.example",
    ),
    (
        "en-identical",
        "Nominee: Ms Jane Roe\nPosition: Senior Examiner\nTask Force: API Task Force\n"
        "Username: identical to e-mail\nE-mail: jane.roe@office.example\n",
        "jane.roe@office.example",
    ),
    (
        "fr",
        "En réponse à la circulaire C. CWS 175, nous désignons Mme Claire Martin, examinatrice, "
        "pour l'Équipe d'experts chargée de l'API.\n"
        "Nom d'utilisateur : identique à l'adresse électronique\n"
        "Adresse électronique : claire.martin@office.example\n",
        "claire.martin@office.example",
    ),
    (
        "es",
        "En respuesta a la circular C. CWS 175, designamos a la Sra. Ana Torres, Examinadora, "
        "para el Equipo Técnico API.\nUsuario: el mismo que el correo\n"
        "Correo electrónico: ana.torres@office.example\n",
        "ana.torres@office.example",
    ),
    (
        "ru-latin-word",
        "Назначаем г-жу Петрову Анну Сергеевну, главного эксперта, в Целевую группу по API.\n"
        "Имя пользователя: совпадает с e-mail\nE-mail: a.petrova@office.example\n",
        "a.petrova@office.example",
    ),
    (
        "zh",
        "推荐王芳女士（审查员）参加API工作队。\n用户名：与邮箱相同，即wangfang@office.example\n",
        "wangfang@office.example",
    ),
    (
        "ar",
        "نرشح السيدة سلمى الحداد، رئيسة قسم، لفرقة العمل المعنية بـ API.\n"
        "اسم المستخدم: نفس البريد الإلكتروني\nالبريد الإلكتروني: salma@office.example\n",
        "salma@office.example",
    ),
]


@pytest.mark.parametrize(("case", "body", "address"), POINTING, ids=[c[0] for c in POINTING])
def test_pointing_phrase_gives_no_username(case: str, body: str, address: str) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    [nominee] = parsed.nominees
    assert nominee.username is None
    assert "username" in nominee.missing
    assert nominee.account_email == address


@pytest.mark.parametrize(
    ("cell", "username"),
    [("us-jroe (same as e-mail prefix)", "us-jroe"), ("jroe-mail", "jroe-mail")],
)
def test_username_beside_address_words_is_kept(cell: str, username: str) -> None:
    parsed = parse(
        "We nominate Ms Jane Roe, Senior Examiner, for the API Task Force.\n"
        f"Username: {cell}\nE-mail: jane.roe@office.example\n"
    )
    [nominee] = parsed.nominees
    assert nominee.username == username
    assert nominee.account_email == "jane.roe@office.example"
