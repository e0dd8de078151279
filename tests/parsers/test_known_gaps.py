"""Shapes seen in real mail that the parser read wrongly: a shorter name that is another
person, possessive phrasings of the labels, sentences and fields run together after a
full stop with no space, prose that only looks like a position label, and a label's value
wrapped onto the next line."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
API = "API Task Force"
BC = "Blockchain Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


# 1. A shorter name is not a back-reference to a longer one (nor the reverse) when it is
# not the longer name's surname, or when it comes with its own account.


def test_han_full_name_after_a_longer_one_with_the_same_start_is_another_person() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐刘洋明先生参加XML4IP工作队。刘洋明先生的WIPO账户用户名为cn-liuyangming，邮箱为liuyangming@office.example。

另外，推荐刘洋先生参加区块链工作队，用户名cn-liuyang，邮箱liuyang@office.example。

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "刘",
            "first_name": "洋明",
            "username": "cn-liuyangming",
            "account_email": "liuyangming@office.example",
        },
        {
            "title": "Mr",
            "last_name": "刘",
            "first_name": "洋",
            "username": "cn-liuyang",
            "account_email": "liuyang@office.example",
        },
    ]
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP,), (BC,)]


def test_han_longer_name_after_a_shorter_one_is_another_person() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐刘洋先生参加XML4IP工作队。刘洋先生的WIPO账户用户名为cn-liuyang，邮箱为liuyang@office.example。

另外，刘洋明先生将参加区块链工作队，用户名cn-liuyangming，邮箱liuyangming@office.example。

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("刘", "洋", "cn-liuyang"),
        ("刘", "洋明", "cn-liuyangming"),
    ]
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP,), (BC,)]


def test_han_shorter_full_name_without_accounts_is_another_person() -> None:
    # Two characters after a three-character name: a whole name (surname 刘), not a mention.
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐刘洋明先生（审查员）参加XML4IP工作队。

此外，我局推荐刘洋先生（工程师）参加区块链工作队。

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.task_forces) for n in parsed.nominees] == [
        ("刘", "洋明", (XML4IP,)),
        ("刘", "洋", (BC,)),
    ]


def test_han_surname_alone_still_names_the_same_person() -> None:
    # The rule above keeps the surname back-reference, a two-character surname included.
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐欧阳明先生参加XML4IP工作队。欧阳先生的WIPO账户用户名为cn-ouyangming，邮箱为ouyangming@office.example。

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert fields(parsed) == [
        {
            "title": "Mr",
            "last_name": "欧阳",
            "first_name": "明",
            "username": "cn-ouyangming",
            "account_email": "ouyangming@office.example",
        }
    ]


def test_latin_name_that_is_the_tail_of_an_earlier_one_with_its_own_account() -> None:
    body = """Dear CWS Secretariat,

With reference to circular C. CWS 175, the Patent Office nominates Ms. Ana Maria Lopez, Senior Examiner, to the XML4IP Task Force. Her username is xx-alopez and her email is alopez@office.example.

We also nominate Ms. Maria Lopez, IT Officer, to the API Task Force. Her username is xx-mlopez and her email is mlopez@office.example.

Best regards,
Patent Office
"""
    parsed = parse(make_mail(body))
    assert fields(parsed) == [
        {
            "title": "Ms",
            "last_name": "Lopez",
            "first_name": "Ana Maria",
            "username": "xx-alopez",
            "account_email": "alopez@office.example",
        },
        {
            "title": "Ms",
            "last_name": "Lopez",
            "first_name": "Maria",
            "username": "xx-mlopez",
            "account_email": "mlopez@office.example",
        },
    ]
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP,), (API,)]


# 2. Labels said as a sentence: "my username is ...", "اسم المستخدم الخاص بي هو ...".


def test_arabic_self_nomination_with_possessive_username_and_address() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، أود أن أرشح نفسي للمشاركة في فرقة العمل المعنية بمعيار XML4IP.

اسمي أحمد الزعبي، وأعمل رئيس قسم المعايير في مكتب براءات الاختراع.
اسم المستخدم الخاص بي هو xx-azoubi
عنوان بريدي الإلكتروني هو a.zoubi@office.example

مع فائق الاحترام،
أحمد الزعبي
"""
    parsed = parse(make_mail(body, sender="أحمد الزعبي <a.zoubi@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert (nominee.username, nominee.account_email) == ("xx-azoubi", "a.zoubi@office.example")
    assert {nominee.last_name, nominee.first_name} == {"الزعبي", "أحمد"}
    assert nominee.task_forces == (XML4IP,)


def test_arabic_possessive_username_and_address_in_prose() -> None:
    body = """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، يرشح مكتب براءات الاختراع السيدة ليلى حداد، رئيسة قسم المعايير، للمشاركة في فرقة العمل المعنية بمعيار XML4IP. اسم مستخدمها هو xx-lhaddad، وعنوان بريدها الإلكتروني هو l.haddad@office.example.

مع فائق الاحترام
"""
    parsed = parse(make_mail(body))
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "حداد",
            "first_name": "ليلى",
            "username": "xx-lhaddad",
            "account_email": "l.haddad@office.example",
        }
    ]


LABELLED_THEN_SAID = {
    "ar": """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، يرشح مكتب براءات الاختراع ما يلي:

الاسم: ليلى حداد
المنصب: رئيسة قسم المعايير
فرقة العمل: فرقة العمل المعنية بمعيار XML4IP
اسم المستخدم الخاص بها هو xx-lhaddad
عنوان بريدها الإلكتروني هو l.haddad@office.example

مع فائق الاحترام
""",
    "en": """Dear CWS Secretariat,

With reference to circular C. CWS 175, the Patent Office nominates:

Name: Leila Haddad
Position: Head of Standards
Task Force: XML4IP Task Force
Her username is xx-lhaddad
Her email address is l.haddad@office.example

Best regards
""",
    "es": """Estimada Secretaría:

En relación con la circular C. CWS 175, la Oficina de Patentes designa a:

Nombre completo: Leila Haddad
Cargo: Jefa de Normas
Equipo Técnico: Equipo Técnico XML4IP
Su nombre de usuario es xx-lhaddad
Su correo electrónico es l.haddad@office.example.

Atentamente
""",
    "fr": """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office des brevets désigne :

Nom : HADDAD
Prénom : Leila
Fonction : Cheffe de la section des normes
Équipe d'experts : Équipe d'experts chargée de la norme XML4IP
Son nom d'utilisateur est « xx-lhaddad »
Son adresse électronique est l.haddad@office.example

Cordialement
""",
    "zh": """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐以下人员：

姓名：哈莉拉
职务：标准处处长
工作队：XML4IP工作队
她的用户名是xx-lhaddad
她的邮箱是l.haddad@office.example

国家知识产权局
""",
}


def test_possessive_label_sentences_under_labelled_lines() -> None:
    for language, body in LABELLED_THEN_SAID.items():
        parsed = parse(make_mail(body))
        assert parsed.language == language
        [nominee] = parsed.nominees
        assert (nominee.username, nominee.account_email) == (
            "xx-lhaddad",
            "l.haddad@office.example",
        ), language
        assert nominee.task_forces == (XML4IP,), language


def test_a_sentence_with_a_copula_is_a_label_only_for_a_username_or_an_address() -> None:
    body = """Dear CWS Secretariat,

With reference to circular C. CWS 175, the Patent Office nominates:

Name: Leila Haddad
Position: Head of Standards
Task Force: XML4IP Task Force
Her position is permanent
Her username is pending
E-mail: l.haddad@office.example

Best regards
"""
    [nominee] = parse(make_mail(body)).nominees
    assert nominee.position == "Head of Standards"
    assert nominee.username is None
    assert nominee.account_email == "l.haddad@office.example"


# 3. Sentences and fields run together after a full stop with no space.


def test_chinese_labels_after_full_stops_without_spaces() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，我局推荐以下人员参加XML4IP工作队。姓名：王芳。职务：信息化部专家。用户名：cn-wangfang。邮箱：wangfang@office.example。

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == ("王", "芳")
    assert nominee.position == "信息化部专家"
    assert (nominee.username, nominee.account_email) == ("cn-wangfang", "wangfang@office.example")
    assert nominee.task_forces == (XML4IP,)


def test_chinese_appositive_position_ends_at_the_full_stop() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐王芳女士，信息化部专家组组长。用户名：cn-wangfang。邮箱：wangfang@office.example

国家知识产权局
"""
    [nominee] = parse(make_mail(body)).nominees
    assert nominee.position == "信息化部专家组组长"
    assert nominee.username == "cn-wangfang"


def test_chinese_question_after_a_full_stop_is_its_own_sentence() -> None:
    # The nomination and the question about someone else are two sentences, though no
    # space follows the "。".
    body = """CWS秘书处：

根据C. CWS 175号通函，国家知识产权局推荐王芳女士参加XML4IP工作队，用户名cn-wangfang，邮箱wangfang@office.example。李强先生是否也能参加区块链工作队？

国家知识产权局
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.last_name, n.first_name, n.task_forces) for n in parsed.nominees] == [
        ("王", "芳", (XML4IP,))
    ]


def test_latin_labels_after_full_stops_without_spaces() -> None:
    english = """Dear CWS Secretariat,

With reference to circular C. CWS 175, the Patent Office nominates Ms. Jane Doe, Head of Standards, to the XML4IP Task Force.Username: xx-jdoe.E-mail: j.doe@office.example

Best regards
"""
    spanish = """Estimada Secretaría:

En relación con la circular C. CWS 175, la Oficina de Patentes designa para el Equipo Técnico XML4IP a la Sra. Ana López.Cargo: Jefa de Normas.Usuario: xx-alopez.Correo electrónico: a.lopez@office.example

Atentamente
"""
    [jane] = parse(make_mail(english)).nominees
    assert (jane.username, jane.account_email) == ("xx-jdoe", "j.doe@office.example")
    [ana] = parse(make_mail(spanish)).nominees
    assert ana.position == "Jefa de Normas"
    assert (ana.username, ana.account_email) == ("xx-alopez", "a.lopez@office.example")


def test_a_full_stop_inside_a_username_or_a_reference_stays() -> None:
    body = """Dear CWS Secretariat,

Re: C.CWS.175. The Patent Office nominates Ms. Jane Doe to the XML4IP Task Force (ST.96).
Username: us-jane.doe
E-mail: jane.doe@office.example

Best regards
"""
    [jane] = parse(make_mail(body)).nominees
    assert (jane.username, jane.account_email) == ("us-jane.doe", "jane.doe@office.example")
    assert jane.task_forces == (XML4IP,)


# 4. "Position" as a stance ("Posición común de la Oficina: ...") is no position label;
# the words for a post (Cargo, Puesto, Función, Posición en la Oficina) are.


def test_spanish_common_position_of_the_office_is_prose() -> None:
    body = """Estimada Secretaría:

En respuesta a la circular C. CWS 175, la Oficina Española de Patentes y Marcas (OEPM) designa a la siguiente persona para el Equipo Técnico XML4IP.

Posición común de la Oficina: apoyamos la revisión de la norma ST.96 y participaremos activamente.

Apellido, nombre: GARCÍA RUIZ, Marta (Sra.)
Cargo: Jefa del Servicio de Normas
Usuario: es-mgarcia
Correo electrónico: m.garcia@office.example

Atentamente
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Oficina Española de Patentes y Marcas (OEPM)"
    [nominee] = parsed.nominees
    assert nominee.position == "Jefa del Servicio de Normas"
    assert nominee.task_forces == (XML4IP,)


def test_spanish_common_position_after_the_fields_names_no_task_force() -> None:
    body = """Estimada Secretaría:

En respuesta a la circular C. CWS 175, la Oficina de Patentes designa a la siguiente persona para el Equipo Técnico XML4IP:

Apellido, nombre: GARCÍA RUIZ, Marta (Sra.)
Puesto: Jefa del Servicio de Normas
Usuario: es-mgarcia
Correo electrónico: m.garcia@office.example
Posición común de los Equipos Técnicos: la Oficina apoya la propuesta de la Secretaría.

Atentamente
"""
    parsed = parse(make_mail(body))
    assert not parsed.warnings
    [nominee] = parsed.nominees
    assert nominee.position == "Jefa del Servicio de Normas"
    assert nominee.task_forces == (XML4IP,)


def test_spanish_post_labels() -> None:
    for label in ("Cargo", "Puesto", "Función", "Posición", "Posición en la Oficina"):
        body = f"""Estimada Secretaría:

En respuesta a la circular C. CWS 175, la Oficina de Patentes designa a la siguiente persona para el Equipo Técnico XML4IP:

Apellido, nombre: GARCÍA RUIZ, Marta (Sra.)
{label}: Jefa del Servicio de Normas
Usuario: es-mgarcia
Correo electrónico: m.garcia@office.example

Atentamente
"""
        [nominee] = parse(make_mail(body)).nominees
        assert nominee.position == "Jefa del Servicio de Normas", label


def test_office_stance_in_english_french_and_russian_is_no_position() -> None:
    english = """Dear CWS Secretariat,

With reference to circular C. CWS 175, please find our nomination below.

Position of the Office on the XML4IP Task Force: we support the ST.96 revision.

Name: Jane DOE (Ms.)
Username: xx-jdoe
E-mail: j.doe@office.example
Task Force: XML4IP Task Force

Best regards,
Patent Office
"""
    french = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office des brevets désigne :

Position commune de l'Office : nous soutenons la révision de la norme ST.96.

Nom : MARTIN
Prénom : Claire
Nom d'utilisateur : xx-cmartin
Adresse électronique : c.martin@office.example
Équipe d'experts : Équipe d'experts chargée de la norme XML4IP

Cordialement
"""
    russian = """Уважаемый Секретариат!

Ссылаясь на циркуляр C. CWS 175, Патентное ведомство назначает:

Общая позиция ведомства: мы поддерживаем пересмотр стандарта ST.96.

Фамилия: Иванов
Имя: Пётр
Логин: xx-pivanov
Электронная почта: p.ivanov@office.example
Целевая группа: Целевая группа по XML4IP

С уважением
"""
    for body in (english, french, russian):
        [nominee] = parse(make_mail(body)).nominees
        assert nominee.position is None
        assert nominee.task_forces == (XML4IP,)


# 5. A label's value wrapped onto the next line, in the same paragraph.


def _office_and_first(body: str) -> tuple[str | None, Any]:
    parsed = parse(make_mail(body))
    return parsed.office, parsed.nominees[0]


def test_french_office_wrapped_onto_the_next_line() -> None:
    body = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, veuillez trouver ci-dessous notre désignation.

Nom de l'office : Institut National de la Propriété
Industrielle (INPI)
Nom : MARTIN
Prénom : Claire
Fonction : Cheffe du service des normes
Nom d'utilisateur : fr-cmartin
Adresse électronique : c.martin@office.example
Équipe d'experts : Équipe d'experts chargée de la norme XML4IP

Cordialement
"""
    office, nominee = _office_and_first(body)
    assert office == "Institut National de la Propriété Industrielle (INPI)"
    assert (nominee.last_name, nominee.first_name) == ("MARTIN", "Claire")
    assert nominee.position == "Cheffe du service des normes"


def test_english_office_and_position_wrapped() -> None:
    body = """Dear CWS Secretariat,

With reference to circular C. CWS 175, please find our nomination below.

Name of Office: Directorate General of Intellectual Property of the
Ministry of Law and Human Rights
Name: Jane DOE (Ms.)
Position: Head of the Standards and Classification
Section, Patent Examination Division
Username: id-jdoe
E-mail: j.doe@office.example
Task Force: XML4IP Task Force

Best regards
"""
    office, nominee = _office_and_first(body)
    assert office == (
        "Directorate General of Intellectual Property of the Ministry of Law and Human Rights"
    )
    assert nominee.position == (
        "Head of the Standards and Classification Section, Patent Examination Division"
    )
    assert nominee.username == "id-jdoe"


def test_wrapped_values_in_spanish_russian_chinese_and_arabic() -> None:
    spanish = """Estimada Secretaría:

En respuesta a la circular C. CWS 175, la Oficina de Patentes designa a:

Apellido, nombre: GARCÍA RUIZ, Marta (Sra.)
Cargo: Jefa del Servicio de
Normas y Documentación
Usuario: es-mgarcia
Correo electrónico: m.garcia@office.example
Equipo Técnico: Equipo Técnico XML4IP
Atentamente,
Marta García
"""
    russian = """Уважаемый Секретариат!

Ссылаясь на циркуляр C. CWS 175, направляем кандидатуру.

Ведомство: Федеральная служба по
интеллектуальной собственности (Роспатент)
ФИО: Иванов Пётр Сергеевич
Должность: начальник отдела
Логин: ru-pivanov
Электронная почта: p.ivanov@office.example
Целевая группа: Целевая группа по XML4IP

С уважением
"""
    chinese = """CWS秘书处：

根据C. CWS 175号通函，现推荐如下：

主管局名称：国家知识产权局专利局专利审查协作
江苏中心
姓名：孙丽娜（女士）
职务：信息化部 系统架构师
用户名：cn-sunlina
邮箱：sunlina@office.example
工作队：区块链工作队

国家知识产权局
"""
    arabic = """السادة أمانة لجنة معايير الويبو،

إشارة إلى التعميم C. CWS 175، نرشح ما يلي:

اسم المكتب: الهيئة السعودية
للملكية الفكرية
الاسم: ليلى حداد
المنصب: رئيسة قسم المعايير
اسم المستخدم: sa-lhaddad
البريد الإلكتروني: l.haddad@office.example
فرقة العمل: فرقة العمل المعنية بمعيار XML4IP

مع فائق الاحترام
"""
    _, marta = _office_and_first(spanish)
    assert marta.position == "Jefa del Servicio de Normas y Documentación"
    assert marta.task_forces == (XML4IP,)
    office, _ = _office_and_first(russian)
    assert office == "Федеральная служба по интеллектуальной собственности (Роспатент)"
    office, _ = _office_and_first(chinese)
    assert office == "国家知识产权局专利局专利审查协作江苏中心"
    office, _ = _office_and_first(arabic)
    assert office == "الهيئة السعودية للملكية الفكرية"


def test_a_line_under_a_value_that_is_no_part_of_it_stays_out() -> None:
    # A name heading the next block, an address line before a phone label, a closing
    # line: none of them continues the value above.
    body = """Dear CWS Secretariat,

With reference to circular C. CWS 175, please find our nominations below.

Office: Patent Office
12 Main Street
Phone: +1 555 0100 000
Name: Jane DOE (Ms.)
Position: Head of Standards
Username: xx-jdoe
E-mail: j.doe@office.example
Task Force: XML4IP Task Force
John Smith
Position: Examiner
Username: xx-jsmith
E-mail: j.smith@office.example
Task Force: API Task Force
Best regards
"""
    parsed = parse(make_mail(body))
    assert parsed.office == "Patent Office"
    assert not parsed.warnings
    assert [n.task_forces for n in parsed.nominees] == [(XML4IP,), (API,)]
    assert [n.position for n in parsed.nominees] == ["Head of Standards", "Examiner"]
