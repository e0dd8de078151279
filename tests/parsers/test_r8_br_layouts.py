"""Layouts of the eighth blind round: an account's e-mail under a second account label after
its username ("Nom d'utilisateur : x" then "Adresse du compte : x@y"), and a name heading
that gives the name again in other letters before its title ("Григорян Анна (Grigoryan
Anna), г-жа"), and answers typed under the lines of a quoted form
("> - Last name, First name" over "马，晓燕（女士）", "> Cargo:" over its answer)."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.answers import answer_pairs, labelled_answers
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def accounts(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("last_name", "first_name", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


# ------------------------------------------- the account's e-mail last in each nominee's block


def test_french_account_address_closing_each_block_stays_with_its_nominee() -> None:
    body = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office tunisien désigne :

1.
Titre : Mme
Nom : TRABELSI
Prénom : Leïla
Fonction : Ingénieure
Équipe d'experts : XML4IP
Nom d'utilisateur : tn-ltrabelsi
Adresse du compte : l.trabelsi@office.example

2.
Titre : M.
Nom : GHARBI
Prénom : Sami
Fonction : Examinateur
Équipe d'experts : API
Nom d'utilisateur : tn-sgharbi
Adresse du compte : s.gharbi@office.example

Cordialement,
Hela Ben Salah
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert accounts(parsed) == [
        {
            "last_name": "TRABELSI",
            "first_name": "Leïla",
            "username": "tn-ltrabelsi",
            "account_email": "l.trabelsi@office.example",
        },
        {
            "last_name": "GHARBI",
            "first_name": "Sami",
            "username": "tn-sgharbi",
            "account_email": "s.gharbi@office.example",
        },
    ]


def test_spanish_account_address_after_the_username_in_each_block() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a:

Nombre: Carla
Apellido: MÉNDEZ
Cargo: Examinadora
Equipo técnico: Equipo Técnico de la Norma ST.26
Usuario: uy-cmendez
Dirección de la cuenta: cmendez@office.example

Nombre: Diego
Apellido: SOSA
Cargo: Analista
Equipo técnico: Equipo Técnico XML4IP
Usuario: uy-dsosa
Dirección de la cuenta: dsosa@office.example

Atentamente,
Inés Pereyra
"""
    parsed = parse(make_mail(body))
    assert accounts(parsed) == [
        {
            "last_name": "MÉNDEZ",
            "first_name": "Carla",
            "username": "uy-cmendez",
            "account_email": "cmendez@office.example",
        },
        {
            "last_name": "SOSA",
            "first_name": "Diego",
            "username": "uy-dsosa",
            "account_email": "dsosa@office.example",
        },
    ]


def test_account_address_opening_each_block_stays_with_the_nominee_it_opens() -> None:
    # The address comes first in each block: the second block's address is its own
    # nominee's, not a second address of the nominee above it.
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Account address: n.okafor@office.example
Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor

Account address: t.adeyemi@office.example
Last name: ADEYEMI
First name: Tolu
Username: ng-tadeyemi

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    assert accounts(parsed) == [
        {
            "last_name": "OKAFOR",
            "first_name": "Ngozi",
            "username": "ng-nokafor",
            "account_email": "n.okafor@office.example",
        },
        {
            "last_name": "ADEYEMI",
            "first_name": "Tolu",
            "username": "ng-tadeyemi",
            "account_email": "t.adeyemi@office.example",
        },
    ]


def test_the_account_address_beats_the_e_mail_given_first() -> None:
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor
E-mail: n.okafor@office.example
Account address: ngozi.okafor@office.example

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    first = accounts(parsed)[0]
    assert first["username"] == "ng-nokafor"
    # "Account address" labels the address the WIPO Account was made with.
    assert first["account_email"] == "ngozi.okafor@office.example"
    assert len(parsed.nominees) == 1


def test_second_username_that_is_no_address_still_opens_the_next_nominee() -> None:
    body = """Dear Sir or Madam,

In reply to circular C. CWS 175 we nominate:

Last name: OKAFOR
First name: Ngozi
Username: ng-nokafor
Account: ng-nokafor2

Best regards,
Tunde Bello
"""
    parsed = parse(make_mail(body))
    assert all(n.account_email is None for n in parsed.nominees)
    assert parsed.nominees[0].username == "ng-nokafor"


# ------------------------------ a heading naming the nominee twice, then the title after a comma


def names(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "username")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_russian_headings_with_the_latin_name_in_brackets_before_the_title() -> None:
    body = """Уважаемые господа!

В ответ на циркулярное письмо C. CWS 175 ведомство назначает следующих специалистов:

1. Саркисян Гаяне Ашотовна (Sargsyan Gayane), г-жа
Должность: главный специалист
Учетная запись ВОИС: am-gsargsyan
E-mail: gsargsyan@office.example
Целевая группа: Целевая группа по XML4IP

2. Мелик-Адамян Давид Арменович (Melik-Adamyan Davit), г-н
Должность: ведущий специалист
Учетная запись ВОИС: am-dmelikadamyan
E-mail: dmelikadamyan@office.example
Целевая группа: Целевая группа по API

С уважением,
Нарине Акопян
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert names(parsed) == [
        {
            "title": "Mrs",
            "last_name": "Саркисян",
            "first_name": "Гаяне Ашотовна",
            "username": "am-gsargsyan",
        },
        {
            "title": "Mr",
            "last_name": "Мелик-Адамян",
            "first_name": "Давид Арменович",
            "username": "am-dmelikadamyan",
        },
    ]


def test_english_headings_with_the_native_name_in_brackets_and_a_titled_signer() -> None:
    body = """Dear colleagues,

In reply to circular C. CWS 175 the Office nominates:

1. KHACHATRYAN Mariam (Хачатрян Мариам), Ms
Position: Head of Trademark Examination
Username: am-mkhachatryan
E-mail: mkhachatryan@office.example
Task Force: Legal Status Task Force

2. TER-GRIGORYAN Aram (Тер-Григорян Арам), Mr
Position: IT specialist
Username: am-atergrigoryan
E-mail: atergrigoryan@office.example
Task Force: XML4IP Task Force

Best regards,

HAKOBYAN Narine (Акопян Нарине), Ms
Tel.: +374 10 00 00 00
E-mail: n.hakobyan@office.example
"""
    parsed = parse(make_mail(body))
    assert names(parsed) == [
        {
            "title": "Ms",
            "last_name": "KHACHATRYAN",
            "first_name": "Mariam",
            "username": "am-mkhachatryan",
        },
        {
            "title": "Mr",
            "last_name": "TER-GRIGORYAN",
            "first_name": "Aram",
            "username": "am-atergrigoryan",
        },
    ]


def test_a_bracketed_post_before_the_title_is_no_second_writing_of_the_name() -> None:
    # "(отдел 3)" holds a number: not the name in other letters, so the line is no heading.
    body = """Уважаемые господа!

В ответ на циркулярное письмо C. CWS 175 ведомство назначает:

1. Саркисян Гаяне Ашотовна (отдел 3), г-жа
Должность: главный специалист
Учетная запись ВОИС: am-gsargsyan
E-mail: gsargsyan@office.example
Целевая группа: Целевая группа по XML4IP

С уважением,
Нарине Акопян
"""
    parsed = parse(make_mail(body))
    assert [(n.title, n.last_name) for n in parsed.nominees] == [(None, None)]
    assert parsed.nominees[0].username == "am-gsargsyan"


# ------------------------------------------- answers typed under the quoted form's own lines

_CIRCULAR = """> Dear Sir or Madam,
>
> The Secretariat invites your Office to nominate representatives to the
> CWS Task Forces listed in the Annex to circular C. CWS 175 and to send
> the following details to cws.mail@wipo.int:
>
> - Name of Office/Organization
{office}
> - Last name, First name (Mr./Mrs./Ms.)
{name}
> - Position in the Office
{position}
> - WIPO User Center ID (e.g. ca-jsmith)
{username}
> - E-mail address used when creating the WIPO User Center account
{email}
> - Name of the corresponding Task Force(s)
{task_force}
>
> Yours sincerely,
> CWS Secretariat
"""


def test_chinese_answers_under_the_quoted_english_form_name_the_nominee() -> None:
    body = (
        "CWS秘书处：\n\n您好！现将所需信息逐项填写在下面。\n\n"
        "在 2023/9/22 10:15, CWS Mail 写道:\n"
        + _CIRCULAR.format(
            office="国家知识产权局",
            name="林，雨桐（女士）",
            position="专利局审查业务管理部 审查员",
            username="cn-linyutong",
            email="linyutong@office.example",
            task_force="XML4IP工作队",
        )
        + "\n--\n赵敏\n国际合作司\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.language == "zh"
    assert [
        (n.title, n.last_name, n.first_name, n.username, n.account_email) for n in parsed.nominees
    ] == [("Mrs", "林", "雨桐", "cn-linyutong", "linyutong@office.example")]


def test_french_answers_under_the_quoted_english_form_name_the_nominee() -> None:
    body = (
        "Bonjour,\n\nVoici nos réponses, ligne par ligne, sous votre message.\n\n"
        "Le 22/09/2023 à 10:15, CWS Mail a écrit :\n"
        + _CIRCULAR.format(
            office="Institut national de la propriété industrielle",
            name="DUBOIS, Claire (Mme)",
            position="Cheffe de projet",
            username="fr-cdubois",
            email="c.dubois@office.example",
            task_force="API Task Force",
        )
        + "\nCordialement,\nPaul Martin\n"
    )
    parsed = parse(make_mail(body))
    assert parsed.language == "fr"
    assert [
        (n.title, n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees
    ] == [("Mrs", "DUBOIS", "Claire", "Cheffe de projet", "fr-cdubois")]


def test_a_remark_under_the_quoted_name_question_is_no_name() -> None:
    for remark in ("See attached", "tbd", "尚未确定", "N/A"):
        body = (
            "Hello,\n\nPlease find our answers below.\n\n"
            "On 22/09/2023 10:15, CWS Mail wrote:\n"
            + _CIRCULAR.format(
                office="Danish Patent and Trademark Office",
                name=remark,
                position="Senior Examiner",
                username="dk-jhansen",
                email="jhansen@office.example",
                task_force="API Task Force",
            )
            + "\nBest regards,\nMette Olsen\n"
        )
        parsed = parse(make_mail(body))
        assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
            (None, None, "dk-jhansen")
        ], remark


def test_answer_under_a_short_quoted_label_keeps_its_first_letters() -> None:
    # "> Cargo:" and "> 职务：" are shorter than "Position:": the answer is read whole.
    spanish = """Buenos días:

Les devolvemos el formulario completado.

El lun, 25 sept 2023 a las 11:02, CWS Mail (<cws.mail@wipo.int>) escribió:
> Estimado/a señor/a:
>
> En relación con la circular C. CWS 175, complete los datos siguientes:
>
> Apellido(s):
Rodríguez Leal
>
> Nombre(s):
Yanet
>
> Cargo:
Especialista en Marcas
>
> Correo electrónico utilizado al crear la cuenta:
yrodriguez@office.example
>
> Atentamente,
> Secretaría del CWS

Saludos cordiales,
Maritza Ruiz
"""
    parsed = parse(make_mail(spanish))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [
        ("Rodríguez Leal", "Especialista en Marcas")
    ]
    # The shortest Chinese question: "Post:" fits over "> 职务：", "Mel:" over "> 邮箱：".
    chinese = "> 请填写：\n>\n> 职务：\n审查员\n> 邮箱：\nzhouhy@office.example\n>\n"
    pairs = answer_pairs(chinese, 0, catalog())
    assert [p.field for p in pairs] == ["position", "account_email"]
    labelled = labelled_answers(chinese, pairs, catalog())
    assert len(labelled) == len(chinese)
    lines = [line.rstrip() for line in labelled.splitlines()[2:6]]
    assert lines == ["Post:", "审查员", "Mel:", "zhouhy@office.example"]


def test_chinese_closing_block_without_sentence_marks_is_still_the_signature() -> None:
    body = """CWS秘书处：

我局提名以下人员参加XML4IP工作队：

姓名：孙丽娜
职务：审查员
WIPO账户用户名：cn-sunlina
电子邮箱：sunln@office.example

国际合作司
赵敏
"""
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("孙", "丽娜")]
    assert "赵敏" not in parsed.new_text
