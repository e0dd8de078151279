"""A remark in brackets after a username ('us-jroe (created last week)') is not part of it."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

LABELLED = {
    "en": (
        "In reply to C. CWS 175 we nominate:\n\nTitle: Mr\nLast name: Roe\nFirst name: John\n"
        "Position: Patent examiner\nWIPO Accounts username: {u}\n"
        "Account e-mail: j.roe@office.example\nTask force: XML4IP\n\nBest regards,\nOffice\n"
    ),
    "fr": (
        "En réponse à la circulaire C. CWS 175, nous désignons :\n\nCivilité : Mme\n"
        "Nom : Lambert\nPrénom : Sophie\nFonction : Examinatrice\n"
        "Nom d'utilisateur : {u}\nAdresse électronique du compte : s.lambert@office.example\n"
        "Équipe d'experts : XML4IP\n\nCordialement,\nOffice\n"
    ),
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 сообщаем:\n\nОбращение: г-н\n"
        "Фамилия: Иванов\nИмя: Пётр\nДолжность: главный эксперт\nИмя пользователя: {u}\n"
        "Электронная почта: p.ivanov@office.example\nЦелевая группа: XML4IP\n\nС уважением,\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "written", "expected"),
    [
        ("en", "us-jroe (created last week)", "us-jroe"),
        ("fr", "fr-slambert (compte créé le 3 octobre)", "fr-slambert"),
        ("ru", "ru-pivanov (создан вчера)", "ru-pivanov"),
        ("en", "us-jroe [new account]", "us-jroe"),
        ("en", "us-jroe", "us-jroe"),
        # A note that the username is still to come is no username at all.
        ("en", "pending (will be sent later)", None),
        ("fr", "en cours (sera communiqué ultérieurement)", None),
        ("ru", "будет (сообщим дополнительно)", None),
    ],
)
def test_username_remark(language: str, written: str, expected: str | None) -> None:
    parsed = parse_email(make_mail(LABELLED[language].format(u=written)), catalog=catalog())
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username == expected
