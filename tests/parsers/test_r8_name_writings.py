"""A form that asks for the nominee's name twice, in the office's own script and in Latin
letters ("中文姓名" and "英文姓名", "ФИО" and "ФИО (латиницей)"): one nominee, written as the
first of the two labels gives the name, never a second nominee made of the other writing."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees]


def test_name_labels_tell_which_writing_they_ask_for() -> None:
    assert classify_label("英文姓名").writing == "latin"  # type: ignore[union-attr]
    assert classify_label("姓名（拼音）").writing == "latin"  # type: ignore[union-attr]
    assert classify_label("ФИО (латиницей)").writing == "latin"  # type: ignore[union-attr]
    assert classify_label("中文姓名").writing == "native"  # type: ignore[union-attr]
    assert classify_label("姓名").writing == ""  # type: ignore[union-attr]
    # A label asking for both writings in one value holds both, the first one kept.
    assert classify_label("中文姓名/英文姓名").writing == "both"  # type: ignore[union-attr]
    # Only name labels carry a writing: "英文" in another label is no name's writing.
    assert classify_label("职务（英文）").writing == ""  # type: ignore[union-attr]


def test_chinese_and_english_name_lines_are_one_nominee() -> None:
    body = """CWS秘书处：

现报送我局提名人选：

中文姓名：李建华
英文姓名：LI Jianhua
称谓：女士
职务：商标局 审查员
WIPO账户用户名：cn-lijianhua
电子邮箱：lijh@office.example
工作队：区块链工作队

此致
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [("Mrs", "李", "建华", "cn-lijianhua")]


def test_traditional_name_then_pinyin_label_for_two_nominees() -> None:
    body = """CWS秘書處：

本署推薦以下兩位同仁：

姓名：周嘉欣
姓名（拼音）：CHOU Chia-hsin
職稱：專利審查官
WIPO帳號：tw-chouch
電子郵件：chouch@office.example
工作小組：XML4IP工作小組

姓名：吳建宏
姓名（拼音）：WU Chien-hung
職稱：資訊室 專員
WIPO帳號：tw-wuch
電子郵件：wuch@office.example
工作小組：API工作小組
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("周", "嘉欣", "tw-chouch"),
        ("吳", "建宏", "tw-wuch"),
    ]


def test_latin_writing_first_keeps_it_and_drops_the_native_one() -> None:
    # Each nominee written Latin first, then in Han script: still one nominee each.
    body = """CWS秘书处：

英文姓名：ZHAO Min
中文姓名：赵敏
WIPO账户用户名：cn-zhaomin
工作队：API工作队

英文姓名：SUN Lei
中文姓名：孙磊
WIPO账户用户名：cn-sunlei
工作队：区块链工作队
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("ZHAO", "Min", "cn-zhaomin"),
        ("SUN", "Lei", "cn-sunlei"),
    ]


def test_russian_name_and_its_latin_transliteration_are_one_nominee() -> None:
    body = """Уважаемый Секретариат!

Ведомство предлагает следующего кандидата:

ФИО: Абдуллаева Гульнара Рашидовна
ФИО (латиницей): ABDULLAEVA Gulnara
Должность: главный эксперт
Имя пользователя: uz-gabdullaeva
Электронная почта: g.abdullaeva@office.example
Целевая группа: Целевая группа по XML4IP

С уважением,
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Абдуллаева", "Гульнара Рашидовна", "uz-gabdullaeva")
    ]


def test_two_unmarked_name_labels_are_still_two_nominees() -> None:
    # Without a writing on the labels, a second name label is the next nominee.
    body = """CWS秘书处：

姓名：王芳
WIPO账户用户名：cn-wangfang
姓名：刘洋
WIPO账户用户名：cn-liuyang
工作队：API工作队
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("王", "芳"), ("刘", "洋")]


def test_second_latin_name_after_a_latin_one_is_the_next_nominee() -> None:
    # Two nominees given only in Latin letters: the second "英文姓名" is a new person.
    body = """CWS秘书处：

英文姓名：ZHOU Yan
WIPO账户用户名：cn-zhouyan
英文姓名：HE Bin
WIPO账户用户名：cn-hebin
工作队：API工作队
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("ZHOU", "Yan", "cn-zhouyan"),
        ("HE", "Bin", "cn-hebin"),
    ]


def test_one_label_asking_for_both_writings_keeps_the_first() -> None:
    body = """CWS秘書處：

本局推薦下列同仁：

中文姓名/英文姓名：黃志強/HUANG Chih-chiang
稱謂：先生
職稱：資訊室 科長
WIPO帳號：tw-huangcc
電子郵件：huangcc@office.example
工作小組：API工作小組
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [("Mr", "黃", "志強", "tw-huangcc")]


def test_russian_label_asking_for_both_writings_keeps_the_first() -> None:
    body = """Уважаемые коллеги!

ФИО (кириллицей / латиницей): Сулейменов Ерлан Маратович / SULEIMENOV Yerlan
Должность: ведущий эксперт
Логин: kz-esuleimenov
Электронная почта: e.suleimenov@office.example
Целевая группа: Целевая группа по API

С уважением,
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Сулейменов", "Ерлан Маратович", "kz-esuleimenov")
    ]
