"""What a mail means to do: correct the sender's own quoted nomination, ask before
nominating anybody, or nominate its writer (first person, in Chinese, Russian, Arabic)."""

from __future__ import annotations

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.corrections import find_corrections
from parsers.quotes import split_quotes
from parsers.signature_offices import signature_office
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
DT = "Digital Transformation Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a correction above the sender's own quoted nomination -------------------------------

_QUOTED_EN = """> Dear Secretariat,
>
> In reply to C. CWS 175, the Patent Office of Examplestan nominates:
>
> Task Force: Digital Transformation Task Force
> Name: Ms Ana Lima
> Position: Head of Data
> WIPO username: xx-alim
> Account e-mail: ana.lima@office.example
>
> Best regards,
> Office Contact
"""


def _correction_mail(top: str, attribution: str, sender: str) -> bytes:
    return make_mail(
        f"{top}\n\nBest,\nOffice Contact\n\n{attribution}\n{_QUOTED_EN}",
        subject="Re: C. CWS 175 nomination",
        sender=sender,
    )


@pytest.mark.parametrize(
    ("top", "attribution"),
    [
        (
            "Sorry, a typo in my previous mail: please read xx-alima instead of xx-alim.",
            "On Mon, 2 Oct 2023 at 10:00, Office Contact <contact.person@office.example> wrote:",
        ),
        (
            "Une erreur s'est glissée dans mon précédent message : lire xx-alima au lieu de xx-alim.",
            "Le lun. 2 oct. 2023 à 10:00, Office Contact <contact.person@office.example> a écrit :",
        ),
        (
            "Прошу прощения, в предыдущем письме опечатка: следует читать xx-alima вместо xx-alim.",
            # Gmail in Russian writes no verb: the address and a colon above the quote.
            "пн, 2 окт. 2023 г. в 10:00, Office Contact <contact.person@office.example>:\n",
        ),
        (
            "抱歉，上一封邮件有误：用户名xx-alim应为xx-alima，其他信息不变。",
            "Office Contact <contact.person@office.example> 于2023年10月2日周一 10:00写道：",
        ),
        (
            "عذرا، يرجى قراءة xx-alima بدلا من xx-alim في رسالتي السابقة.",
            "في الاثنين، 2 أكتوبر 2023، كتب Office Contact <contact.person@office.example>:",
        ),
    ],
)
def test_correction_above_own_quoted_nomination_is_that_nomination_corrected(
    top: str, attribution: str
) -> None:
    parsed = parse(
        _correction_mail(top, attribution, "Office Contact <contact.person@office.example>")
    )
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert (nominee.title, nominee.last_name, nominee.first_name) == ("Ms", "Lima", "Ana")
    assert nominee.username == "xx-alima"
    assert nominee.account_email == "ana.lima@office.example"
    assert nominee.task_forces == (DT,)
    # The corrected value's evidence is the sentence that corrects it, in the new text.
    evidence = parsed.evidence["nominees[0].username"]
    assert evidence.source == "body"
    assert evidence.rule == "correction"


def test_correction_quoting_another_office_mail_nominates_nobody() -> None:
    # Not the sender's own earlier mail: the quote is no nomination the sender makes now.
    parsed = parse(
        _correction_mail(
            "Please read xx-alima instead of xx-alim.",
            "On Mon, 2 Oct 2023 at 10:00, Someone Else <someone@other-office.example> wrote:",
            "Office Contact <contact.person@office.example>",
        )
    )
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


def test_without_a_correction_the_own_quote_still_adds_nobody() -> None:
    parsed = parse(
        _correction_mail(
            "Could you confirm you received this?",
            "On Mon, 2 Oct 2023 at 10:00, Office Contact <contact.person@office.example> wrote:",
            "Office Contact <contact.person@office.example>",
        )
    )
    assert parsed.nominees == ()


def test_a_username_label_holding_a_correction_is_no_username() -> None:
    body = (
        "Имя пользователя: следует читать xx-alima вместо xx-alim. Остальные данные верны.\n\n"
        "С уважением,\nOffice Contact\n"
    )
    parsed = parse(make_mail(body, subject="Re: C. CWS 175"))
    assert all(n.username is None or " " not in n.username for n in parsed.nominees)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("please read pt-rsantos instead of pt-rsanto", "pt-rsanto", "pt-rsantos"),
        ("il faut lire fr-jdupont et non fr-jdupond", "fr-jdupond", "fr-jdupont"),
        ("léase es-mgarcia en lugar de es-mgarca", "es-mgarca", "es-mgarcia"),
        ("следует читать kz-snurlanova вместо kz-snurlanva", "kz-snurlanva", "kz-snurlanova"),
        (
            "邮箱a.b@office.example应改为ab@office.example",
            "a.b@office.example",
            "ab@office.example",
        ),
        ("eg-ahmed بدلا من eg-ahmd", "eg-ahmd", "eg-ahmed"),
    ],
)
def test_corrections_found_in_six_languages(text: str, old: str, new: str) -> None:
    [fix] = find_corrections(text)
    assert (fix.old, fix.new) == (old, new)
    assert text[fix.start : fix.end] == new


def test_a_person_replacing_another_is_no_value_correction() -> None:
    assert find_corrections("Ms Jane Doe will attend instead of Mr John Roe.") == []


def test_gmail_attribution_without_a_verb_starts_the_quote() -> None:
    body = (
        "Исправление выше.\n\n"
        "пт, 6 окт. 2023 г. в 11:02, Имя Фамилия <name@office.example>:\n\n"
        "> Имя пользователя ВОИС: xx-abc\n"
    )
    split = split_quotes(body)
    assert split.earlier_from == "name@office.example"
    assert "name@office.example" not in split.signature
    # An address and a colon with no quoted lines below stay the sender's own text.
    plain = "Account e-mail <name@office.example>:\nplease use this one.\n"
    assert split_quotes(plain).earlier_start is None


# --- a question before nominating --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "May one WIPO Account use a shared mailbox? We are thinking of nominating Mr. Jonas "
        "Weber (xx-jweber) to the API Task Force, but he would prefer not to use his personal "
        "address.",
        "Nous envisageons de désigner M. Paul Martin (xx-pmartin) pour l'Équipe d'experts "
        "chargée de l'API. Doit-il créer un compte OMPI au préalable ?",
        "Estamos pensando en designar al Sr. Pablo Ruiz (xx-pruiz) para el Equipo Técnico "
        "de API. ¿Es necesario que tenga una cuenta de la OMPI?",
        "Мы планируем назначить г-на Петрова Ивана (xx-ipetrov) в Целевую группу по API.\n"
        "Нужна ли ему отдельная учетная запись ВОИС?",
        "我们正在考虑提名张伟先生（xx-zhangwei）参加API工作队。\n他是否需要另外注册产权组织账户？",
        "نفكر في ترشيح السيد أحمد سالم (xx-asalem) لفرقة العمل المعنية بواجهات برمجة التطبيقات. "
        "هل يحتاج إلى حساب في الويبو؟",
    ],
)
def test_a_hypothetical_nominee_is_a_question(body: str) -> None:
    parsed = parse(make_mail(f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n"))
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()


@pytest.mark.parametrize(
    "body",
    [
        "We are pleased to nominate Mr. Jonas Weber (xx-jweber) to the API Task Force.",
        "Could you please register Mr. Jonas Weber (xx-jweber) for the API Task Force?",
        "Considering the deadline, we nominate Mr. Jonas Weber (xx-jweber) to the API Task Force.",
        # A plan with no question after it is announced, not asked about.
        "Nous prévoyons de désigner M. Jonas Weber (xx-jweber) pour l'Équipe d'experts "
        "chargée de l'API.",
        "Мы планируем назначить г-на Вебера Йонаса (xx-jweber) в Целевую группу по API.",
    ],
)
def test_a_nomination_or_request_stays_a_nomination(body: str) -> None:
    parsed = parse(make_mail(f"Dear colleagues,\n\n{body}\n\nRegards,\nOffice Contact\n"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert nominee.username == "xx-jweber"
    assert nominee.task_forces == (API,)


# --- a nominee writing for their office, in the first person -----------------------------


def test_chinese_self_nomination_without_title() -> None:
    body = """CWS秘书处：

您好！我是示例国知识产权局专利局数据管理部的李静怡，受我局委托，就C. CWS 175号通函报名参加工作队。

我目前在数据管理部任高级审查员，希望参加API工作队。我已注册了WIPO账户，用户名为xx-lijingyi，注册邮箱是lijy@office.example。

谢谢！

李静怡
示例国知识产权局专利局数据管理部
"""
    parsed = parse(make_mail(body, sender="李静怡 <lijy@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert (nominee.title, nominee.last_name, nominee.first_name) == (None, "李", "静怡")
    assert nominee.position == "高级审查员"
    assert (nominee.username, nominee.account_email) == ("xx-lijingyi", "lijy@office.example")
    assert nominee.task_forces == (API,)
    # The department signs; the office is the administration it belongs to.
    assert parsed.office == "示例国知识产权局"


def test_russian_self_nomination_takes_the_post_in_the_nominative() -> None:
    body = """Уважаемые коллеги!

Я был назначен Ведомством для участия в Целевой группе по API. Занимаю должность главного эксперта отдела стандартов.
Мой логин ВОИС: xx-ivolkov, адрес учетной записи: i.volkov@office.example.

С уважением,
Иван Волков
"""
    parsed = parse(make_mail(body, sender="Иван Волков <i.volkov@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert (nominee.last_name, nominee.first_name) == ("Волков", "Иван")
    assert nominee.position == "главный эксперт отдела стандартов"
    assert (nominee.username, nominee.account_email) == ("xx-ivolkov", "i.volkov@office.example")
    assert nominee.task_forces == (API,)


def test_arabic_self_nomination() -> None:
    body = """السادة أمانة لجنة المعايير،

تم ترشيحي من قبل المكتب للمشاركة في فرقة العمل المعنية بواجهات برمجة التطبيقات. أشغل منصب رئيس قسم المعلومات.
اسم المستخدم: xx-ksaleh
البريد الإلكتروني: k.saleh@office.example

مع التحية،
خالد صالح
"""
    parsed = parse(make_mail(body, sender="خالد صالح <k.saleh@office.example>"))
    assert parsed.kind is Kind.NOMINATION
    [nominee] = parsed.nominees
    assert nominee.username == "xx-ksaleh"
    assert nominee.account_email == "k.saleh@office.example"
    assert nominee.position == "رئيس قسم المعلومات"
    assert {nominee.last_name, nominee.first_name} == {"صالح", "خالد"}
    assert nominee.task_forces == (API,)


def test_a_chinese_office_signing_without_a_department_keeps_its_name() -> None:
    found = signature_office("国家知识产权局专利局专利审查协作江苏中心\n")
    assert found is not None
    assert found.value == "国家知识产权局专利局专利审查协作江苏中心"
    found = signature_office("示例国知识产权局专利局数据管理部\n")
    assert found is not None
    assert found.value == "示例国知识产权局"
