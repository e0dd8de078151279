"""Chinese details and Russian titles of the seventh blind round: a title label that lists
its choices ("称谓（先生/女士）: 先生"), and task forces named the Hong Kong way ("專責小組")."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from parsers.names import split_person
from parsers.people import titled_people
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.test_opendocument import ODT, make_odt


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "username", "task_forces")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


# --------------------------------------------------------------- a title label with its choices


def test_chinese_title_label_listing_its_choices_in_full_width_brackets() -> None:
    body = """CWS秘书处：

我局提名以下人员参加工作队：

姓：周
名：海燕
称谓（先生/女士）：女士
职务：审查员
WIPO账户用户名：cn-zhouhaiyan
电子邮箱：zhouhy@office.example
工作队：API工作队
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "周",
            "first_name": "海燕",
            "username": "cn-zhouhaiyan",
            "task_forces": ("API Task Force",),
        }
    ]


def test_traditional_chinese_title_label_with_a_full_width_slash() -> None:
    body = """CWS秘書處：

本局提名：

稱謂（先生／女士）：先生
姓名：何俊傑
職位：高級審查員
WIPO帳戶用戶名：mo-hochunkit
電郵：ck.ho@office.example
工作隊：3D工作隊
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mr", "何", "俊傑", "mo-hochunkit")
    ]


def test_title_label_listing_its_choices_in_english_french_and_russian() -> None:
    assert classify_label("Title (Mr/Mrs/Ms)") == classify_label("称谓（先生/女士）")
    body = """Уважаемые коллеги!

Предлагаем кандидатуру:

Фамилия: Белова
Имя: Ирина
Обращение (г-н/г-жа): г-жа
Должность: главный эксперт
Имя пользователя: ru-ibelova
Эл. почта: i.belova@office.example
Целевая группа: XML4IP
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mrs", "Белова", "Ирина")
    ]
    body = """Madame, Monsieur,

Nous proposons :

Nom : Garnier
Prénom : Luc
Civilité (M./Mme) : M.
Fonction : examinateur
Nom d'utilisateur : fr-lgarnier
Courriel : l.garnier@office.example
Équipe d'experts : XML4IP
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [
        ("Mr", "Garnier", "Luc")
    ]


def test_title_label_left_blank_takes_no_title_from_its_choices() -> None:
    body = """CWS秘书处：

我局提名以下人员：

姓：黄
名：晓明
称谓（先生/女士）：
职务：审查员
WIPO账户用户名：cn-huangxm
电子邮箱：huangxm@office.example
工作队：序列表工作队
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name) for n in parsed.nominees] == [(None, "黄", "晓明")]


def test_full_width_aside_without_choices_still_qualifies_the_label() -> None:
    # "姓（拼音）" is the surname in Latin letters, a second writing of the same surname.
    assert classify_label("姓（拼音）") is None
    body = """CWS秘书处：

我局提名以下人员：

姓：黄
名：晓明
姓（拼音）：HUANG
名（拼音）：Xiaoming
职务：审查员
WIPO账户用户名：cn-huangxm
电子邮箱：huangxm@office.example
工作队：序列表工作队
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("黄", "晓明", "cn-huangxm")
    ]


# --------------------------------------------------------------- Hong Kong's 專責小組


def test_hong_kong_task_force_column_in_an_opendocument_annex() -> None:
    rows = [
        ["稱謂", "姓名", "職位", "WIPO帳戶用戶名", "電郵地址", "專責小組"],
        [
            "女士",
            "蔡慧玲",
            "專利主任",
            "hk-choiwailing",
            "wl.choi@office.example",
            "區塊鏈專責小組",
        ],
        [
            "先生",
            "麥嘉輝",
            "系統分析主任",
            "hk-makkafai",
            "kf.mak@office.example",
            "數碼轉型專責小組、法律狀態專責小組",
        ],
    ]
    body = """CWS秘書處：

本署提名兩位同事，資料詳見附件。

謝謝！
"""
    raw = make_mail(body, attachments=(("提名表.odt", ODT, make_odt(["附件"], rows)),))
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "蔡",
            "first_name": "慧玲",
            "username": "hk-choiwailing",
            "task_forces": ("Blockchain Task Force",),
        },
        {
            "title": "Mr",
            "last_name": "麥",
            "first_name": "嘉輝",
            "username": "hk-makkafai",
            "task_forces": ("Legal Status Task Force", "Digital Transformation Task Force"),
        },
    ]
    assert all(not n.unknown_task_forces for n in parsed.nominees)


def test_hong_kong_task_force_label_in_simplified_and_traditional_letters() -> None:
    assert classify_label("專責小組") == classify_label("工作队")
    assert classify_label("专责小组") == classify_label("工作队")
    body = """Dear CWS Secretariat,

The Intellectual Property Department nominates:

Title: Ms
Name: 林 嘉敏
Post: Trade Marks Officer
WIPO Account username: hk-lamkaman
E-mail: km.lam@office.example
專責小組: 數碼轉型專責小組
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.username, n.task_forces) for n in parsed.nominees] == [
        ("Ms", "hk-lamkaman", ("Digital Transformation Task Force",))
    ]


def test_question_about_a_hong_kong_task_force_nominates_nobody() -> None:
    body = """CWS秘書處：

請問法律狀態專責小組下次會議是甚麼時候？本署仍在考慮是否派員參加。

謝謝！
"""
    parsed = parse(make_mail(body, subject="查詢：法律狀態專責小組"))
    assert parsed.kind is not Kind.NOMINATION
    assert parsed.nominees == ()


# --------------------------------------------------------------- a Latin name beside the Chinese one


def test_english_given_name_and_latin_surname_before_the_chinese_name() -> None:
    body = """CWS秘书处：

现将我局提名发送如下：

姓　　名：Jessica LI 李娜（女士）
职　　务：专利局审查员
账　　号：cn-jli
电子邮箱：jessica.li@office.example
工 作 队：API工作队
"""
    parsed = parse(make_mail(body))
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "李",
            "first_name": "娜",
            "username": "cn-jli",
            "task_forces": ("API Task Force",),
        }
    ]


def test_chinese_name_before_its_latin_form_under_english_labels() -> None:
    body = """Dear CWS Secretariat,

Please find our nomination below.

Name: 欧阳明 Michael OUYANG
Title: Mr
Position: Senior Engineer
WIPO Account username: cn-mouyang
E-mail: m.ouyang@office.example
Task Force: XML4IP
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mr", "欧阳", "明", "cn-mouyang")
    ]


def test_latin_name_beside_a_chinese_post_or_bracketed_name_is_not_resplit() -> None:
    # A post or a degree after the Latin name is no Chinese name to take instead.
    assert split_person("ZHANG Wei 博士").last_name == "ZHANG"
    assert split_person("Kevin ZHANG 副处长").last_name == "ZHANG"
    # A Chinese name in brackets after the Latin one is a gloss: the Latin name stands.
    assert split_person("WANG Wei (王伟)")[:3] == (None, "WANG", "Wei")
    # Four Han letters beside a Latin name may be a Japanese name ("山田太郎"): no guess.
    assert split_person("YAMADA Taro 山田太郎").last_name != "山"


# --------------------------------------------------------------- titles by initials in the prose

_RU_TABLE = """Ф.И.О.\tДолжность\tЦелевая группа\tИмя пользователя\tЭл. почта
Дроздов Павел Игоревич\tглавный эксперт\tЦелевая группа по XML4IP\tkz-pdrozdov\tp.drozdov@office.example
Сергеева Анна Павловна\tэксперт\tЦелевая группа по API\tkz-asergeeva\ta.sergeeva@office.example
"""


def _titles(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def test_russian_titles_by_initials_in_the_genitive_give_the_table_rows_theirs() -> None:
    # Named in the other order than the table: matched by surname and initials, not place.
    body = (
        "Уважаемые коллеги!\n\n"
        "Ведомство предлагает кандидатуры г-жи А.П. Сергеевой и г-на П.И. Дроздова "
        "для участия в работе целевых групп. Сведения приведены в таблице.\n\n" + _RU_TABLE
    )
    parsed = parse(make_mail(body))
    assert _titles(parsed) == [
        ("Mr", "Дроздов", "Павел Игоревич"),
        ("Mrs", "Сергеева", "Анна Павловна"),
    ]


def test_english_titles_by_initials_give_the_full_names_of_the_table_theirs() -> None:
    body = """Dear colleagues,

The Office nominates Mr A.V. Kovalevich and Mrs O. N. Lukashevich; their details follow.

Full name\tPosition\tTask Force\tWIPO Account username\tE-mail
KOVALEVICH Andrei Viktorovich\tHead of IT Division\tAPI Task Force\tby-akovalevich\ta.kovalevich@office.example
LUKASHEVICH Olga Nikolaevna\tSenior Examiner\t3D Task Force\tby-olukashevich\to.lukashevich@office.example
"""
    parsed = parse(make_mail(body))
    assert _titles(parsed) == [
        ("Mr", "KOVALEVICH", "Andrei Viktorovich"),
        ("Mrs", "LUKASHEVICH", "Olga Nikolaevna"),
    ]


def test_initials_that_fit_no_row_or_a_patronymic_of_the_other_gender_give_no_title() -> None:
    table = _RU_TABLE.replace("Сергеева Анна Павловна", "Шевченко Анна Павловна")
    body = (
        "Уважаемые коллеги!\n\n"
        # Other initials; a man's title beside a surname that does not decline and a woman's
        # patronymic: neither is the row's person for sure, so no title is given.
        "Ведомство предлагает кандидатуры г-на В.И. Дроздова и г-на А.П. Шевченко. "
        "Сведения приведены в таблице.\n\n" + table + "\nИсп.: Шевченко А.П., +7 000 000 00 00\n"
    )
    parsed = parse(make_mail(body))
    assert _titles(parsed) == [
        (None, "Дроздов", "Павел Игоревич"),
        (None, "Шевченко", "Анна Павловна"),
    ]


def test_initials_before_or_after_a_surname_are_the_given_names() -> None:
    assert split_person("г-на А.В. Ковалевича")[:3] == ("Mr", "Ковалевич", "А.В.")
    assert split_person("г-жи О. Н. Лукашевич")[:3] == ("Mrs", "Лукашевич", "О. Н.")
    assert split_person("Ковалевич А.В.")[:3] == (None, "Ковалевич", "А.В.")
    assert split_person("Mr A.V. KOVALEVICH")[:3] == ("Mr", "KOVALEVICH", "A.V.")
    # A middle initial stays with the given name.
    assert split_person("John F. Kennedy")[:3] == (None, "Kennedy", "John F.")


def test_a_titled_name_ends_with_its_sentence() -> None:
    text = "Предлагаем кандидатуру г-на А.В. Иванова. Сведения ниже. We nominate Ms Jane DOE. She is Head."
    assert [(p.title, p.name) for p in titled_people(text)] == [
        ("г-на", "А.В. Иванова."),
        ("Ms", "Jane DOE."),
    ]
