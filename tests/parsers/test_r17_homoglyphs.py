"""Cyrillic or Greek letters that look Latin inside a Latin username or address.

An office typing on a Russian or Greek keyboard layout leaves a look-alike letter in a Latin
word: "am-аgevorgyan" with a Cyrillic "а", "jane.rоe@office.example" with a Cyrillic "о". A
WIPO username and an address are Latin, so such a word reads with the Latin letters it
shows, in mail of every language. Words of the text's own script keep their letters: a
Cyrillic word, or one with more look-alikes than Latin letters.

And a list of people written as one sentence each, its clauses split by ";" ("— post;
task force; имя пользователя x; адрес y"), is no table: a clause giving a username after
its words is a value, not a column's label, so no extra nominee is read from the next line.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.homoglyphs import latin_lookalikes
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


CYR_A, CYR_O, CYR_C, CYR_E, CYR_P = "\u0430", "\u043e", "\u0441", "\u0435", "\u0440"
GREEK_O, GREEK_K = "\u03bf", "\u03ba"

LOOKALIKES = [
    (
        "ru-username",
        "Уважаемые коллеги! В ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу Геворгян "
        "Ани Арменовну, ведущего специалиста, в Целевую группу по API. Имя пользователя: "
        f"am-{CYR_A}gevorgyan, адрес учетной записи: a.gevorgyan@aipo.example.",
        "am-agevorgyan",
        "a.gevorgyan@aipo.example",
    ),
    (
        "en-address",
        "Dear colleagues, in reply to C. CWS 175 we nominate Ms Jane Roe, Senior Examiner, to "
        f"the API Task Force. Username: xx-jroe; account e-mail: jane.r{CYR_O}e@office.example.",
        "xx-jroe",
        "jane.roe@office.example",
    ),
    (
        "fr-username",
        "Madame, Monsieur, en réponse à la circulaire C. CWS 175, nous désignons M. Paul Dupont, "
        "examinateur, pour l'Équipe d'experts chargée de l'API. Nom d'utilisateur : "
        f"fr-{CYR_P}dupont ; adresse du compte : p.dupont@inpi.example.",
        "fr-pdupont",
        "p.dupont@inpi.example",
    ),
    (
        "es-greek",
        "Estimados colegas: en respuesta a la circular C. CWS 175, designamos a la Sra. Ana Ruiz, "
        "examinadora, para el Equipo Técnico sobre API. Usuario: es-aruiz; correo de la cuenta: "
        f"ana.ruiz@{GREEK_O}epm.example.",
        "es-aruiz",
        "ana.ruiz@oepm.example",
    ),
    (
        "zh-username",
        "CWS秘书处：根据C. CWS 175号通函，我局推荐王芳女士（审查员）参加API工作队，"
        f"用户名：cn-wangfang{CYR_E}，注册邮箱：wangfang@cnipa.example。",
        "cn-wangfange",
        "wangfang@cnipa.example",
    ),
    (
        "ar-address",
        "ردا على التعميم C. CWS 175، يرشح المكتب السيد أحمد علي، رئيس قسم البراءات، لعضوية فرقة "
        f"العمل المعنية بواجهات برمجة التطبيقات. اسم المستخدم: eg-{GREEK_K}ali، البريد "
        "الإلكتروني للحساب: ahmed.ali@egypo.example.",
        "eg-kali",
        "ahmed.ali@egypo.example",
    ),
]


@pytest.mark.parametrize(
    ("body", "username", "address"), [c[1:] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES]
)
def test_lookalike_letters_read_latin(body: str, username: str, address: str) -> None:
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert [(n.username, n.account_email) for n in parsed.nominees] == [(username, address)]


@pytest.mark.parametrize(
    "text",
    [
        "Целевая группа по XML4IP и Целевая группа по API",
        # A Cyrillic word: most of its letters look like nothing Latin.
        "ru-иванов",
        # More look-alikes than Latin letters: a Cyrillic word with a stray Latin letter.
        f"{CYR_C}{CYR_O}{CYR_P}a",
        "Ανάπτυξη ΚΑΙ API",
        "用户名cn-wangfang，邮箱",
    ],
)
def test_words_of_another_script_stay(text: str) -> None:
    assert latin_lookalikes(text) == text


def test_lookalike_mapping_keeps_offsets() -> None:
    text = f"логин am-{CYR_A}gevorgyan, адрес"
    assert latin_lookalikes(text) == "логин am-agevorgyan, адрес"
    assert len(latin_lookalikes(text)) == len(text)


CLAUSE_LISTS = [
    (
        "ru",
        "Офис выдвигает в целевые группы КСВ (C. CWS 175) следующих специалистов:\n\n"
        "1. Геворгян Ани Арменовна — ведущий специалист отдела экспертизы; Целевая группа по "
        "перечням последовательностей (SEQL); имя пользователя am-gevorgyan; адрес учетной "
        "записи ВОИС a.gevorgyan@aipo.example.\n"
        "2. Мкртчян Тигран Самвелович — начальник отдела; Целевая группа по XML4IP; имя "
        "пользователя am-tmkrtchyan; адрес учетной записи ВОИС t.mkrtchyan@aipo.example.\n",
        ["am-gevorgyan", "am-tmkrtchyan"],
    ),
    (
        "en",
        "In reply to C. CWS 175, our Office nominates:\n\n"
        "1. Ms Jane ROE - Senior Examiner; API Task Force; username xx-jroe; account address "
        "jane.roe@office.example.\n"
        "2. Mr Paul SMITH - Head of Section; XML4IP Task Force; username xx-psmith; account "
        "address paul.smith@office.example.\n",
        ["xx-jroe", "xx-psmith"],
    ),
    (
        "es",
        "En respuesta a la circular C. CWS 175 designamos a:\n\n"
        "1. Sra. Ana RUIZ - examinadora; Equipo Técnico sobre API; usuario es-aruiz; correo "
        "de la cuenta ana.ruiz@oepm.example.\n"
        "2. Sr. Luis GIL - jefe de servicio; Equipo Técnico XML4IP; usuario es-lgil; correo "
        "de la cuenta luis.gil@oepm.example.\n",
        ["es-aruiz", "es-lgil"],
    ),
]


@pytest.mark.parametrize(
    ("body", "usernames"), [c[1:] for c in CLAUSE_LISTS], ids=[c[0] for c in CLAUSE_LISTS]
)
def test_clauses_split_by_semicolons_are_no_table(body: str, usernames: list[str]) -> None:
    parsed = parse(body)
    assert [n.username for n in parsed.nominees] == usernames


def test_semicolon_table_under_a_header_row_still_reads() -> None:
    # A CSV pasted with a header row of bare labels is a table.
    body = (
        "In reply to C. CWS 175, please find our nominees:\n\n"
        "Last name;First name;Username;E-mail;Task force\n"
        "Roe;Jane;xx-jroe;jane.roe@office.example;API Task Force\n"
        "Smith;Paul;xx-psmith;paul.smith@office.example;XML4IP Task Force\n"
    )
    parsed = parse(body)
    assert [(n.last_name, n.username) for n in parsed.nominees] == [
        ("Roe", "xx-jroe"),
        ("Smith", "xx-psmith"),
    ]
