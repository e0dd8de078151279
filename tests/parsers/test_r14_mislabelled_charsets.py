"""A body and subject whose bytes are one charset under another's label (Arabic windows-1256
or ISO-8859-6 sent as "iso-8859-1" or "windows-1251") read by what the bytes are; Russian,
Chinese and Western mail under the same labels keep reading as before. Also: an Arabic
office named with its state ("... بدولة ليبيا") that the signature names without it."""

from __future__ import annotations

import base64
import quopri

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog

AR_BODY = (
    "السادة / امانة لجنة معايير الويبو\n"
    "تحية طيبة وبعد ،،\n\n"
    "بالاشارة الى التعميم رقم C. CWS 175 ، نفيدكم بان المكتب الوطني للملكية الصناعية "
    "بدولة ليبيا يرشح كلا من :\n\n"
    "الاسم الكامل : السيد سالم المبروك\n"
    "الوظيفة : رئيس قسم الفحص\n"
    "اسم المستخدم : ly-smabrouk\n"
    "البريد الالكتروني : s.mabrouk@office.example\n"
    "فرقة العمل : فرقة العمل المعنية بواجهات API\n\n"
    "مع فائق الاحترام\n\n"
    "م. خالد الورفلي\n"
    "مدير المكتب الوطني للملكية الصناعية\n"
    "طرابلس - ليبيا\n"
)
AR_SUBJECT = "ترشيح ممثلين لفرق العمل - C. CWS 175"


def raw_mail(body: bytes, label: str, subject: bytes, subject_label: str) -> bytes:
    """A message whose body (quoted-printable) and subject (an encoded word) carry `body`
    and `subject` as they are, under the labels given."""
    word = base64.b64encode(subject).decode("ascii")
    head = (
        "From: Sender <sender@office.example>\r\n"
        "To: cws.mail@wipo.int\r\n"
        f"Subject: =?{subject_label}?B?{word}?=\r\n"
        "Date: Mon, 16 Oct 2023 10:36:00 +0300\r\n"
        "Message-ID: <mislabelled@office.example>\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: text/plain; charset="{label}"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    )
    return head.encode("ascii") + quopri.encodestring(body.replace(b"\n", b"\r\n"))


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize(
    ("codec", "label"),
    [
        ("cp1256", "iso-8859-1"),
        ("cp1256", "windows-1252"),
        ("cp1256", "windows-1251"),
        ("cp1256", "koi8-r"),
        ("iso8859_6", "iso-8859-1"),
    ],
)
def test_arabic_bytes_under_a_wrong_label_read_as_arabic(codec: str, label: str) -> None:
    parsed = parse(raw_mail(AR_BODY.encode(codec), label, AR_SUBJECT.encode(codec), label))
    assert parsed.headers.subject == AR_SUBJECT
    assert parsed.language == "ar"
    assert parsed.kind == "nomination"
    assert [(n.title, n.first_name, n.last_name, n.username) for n in parsed.nominees] == [
        ("Mr", "سالم", "المبروك", "ly-smabrouk")
    ]


def test_the_office_signed_without_its_state_is_written_without_it() -> None:
    parsed = parse(raw_mail(AR_BODY.encode("cp1256"), "iso-8859-1", b"C. CWS 175", "us-ascii"))
    assert parsed.office == "المكتب الوطني للملكية الصناعية"


def test_an_office_the_signature_never_names_keeps_its_state() -> None:
    body = AR_BODY.replace("مدير المكتب الوطني للملكية الصناعية\n", "المدير\n")
    parsed = parse(raw_mail(body.encode("utf-8"), "utf-8", b"C. CWS 175", "us-ascii"))
    assert parsed.office == "المكتب الوطني للملكية الصناعية بدولة ليبيا"


RU_BODY = (
    "Уважаемые коллеги!\n\n"
    "В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает кандидатуру:\n"
    "ФИО: Иванов Иван Петрович\n"
    "Должность: начальник отдела\n"
    "Имя пользователя: ru-iivanov\n"
    "Электронная почта: i.ivanov@office.example\n"
    "Целевая группа: Целевая группа по XML4IP\n\n"
    "С уважением,\nП. Сидоров\n"
)


@pytest.mark.parametrize(
    ("codec", "label"),
    [("cp1251", "iso-8859-1"), ("koi8_r", "iso-8859-1"), ("cp1251", "windows-1251")],
)
def test_russian_bytes_stay_russian(codec: str, label: str) -> None:
    parsed = parse(raw_mail(RU_BODY.encode(codec), label, "Кандидатура".encode(codec), label))
    assert parsed.headers.subject == "Кандидатура"
    assert parsed.language == "ru"
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Иванов", "ru-iivanov")]


def test_chinese_gbk_under_latin_1_stays_chinese() -> None:
    body = (
        "秘书处：\n\n根据C. CWS 175号通函，我局推荐以下人员：\n"
        "姓名：王伟\n职务：处长\n用户名：cn-wangwei\n邮箱：wangwei@office.example\n"
        "工作队：XML4IP工作队\n"
    )
    parsed = parse(
        raw_mail(
            body.encode("gbk"), "iso-8859-1", "关于推荐工作队成员的函".encode("gbk"), "iso-8859-1"
        )
    )
    assert parsed.headers.subject == "关于推荐工作队成员的函"
    assert parsed.language == "zh"
    assert [n.username for n in parsed.nominees] == ["cn-wangwei"]


def test_french_latin_1_is_left_alone() -> None:
    body = (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office désigne "
        "Mme Hélène Lefèvre, chargée de mission, pour l'équipe d'experts XML4IP.\n"
    )
    parsed = parse(
        raw_mail(
            body.encode("latin-1"), "iso-8859-1", "Désignation".encode("latin-1"), "iso-8859-1"
        )
    )
    assert parsed.headers.subject == "Désignation"
    assert "Hélène Lefèvre" in parsed.new_text


@pytest.mark.parametrize(
    "note",
    [
        "السادة / امانة لجنة معايير الويبو\nتحية طيبة وبعد ،،\n",
        "مع فائق الاحترام والتقدير\nمدير المكتب الوطني لبراءات الاختراع\n",
    ],
    ids=["salutation", "signature"],
)
def test_a_short_arabic_note_is_not_read_as_koi8_r(note: str) -> None:
    parsed = parse(raw_mail(note.encode("cp1256"), "iso-8859-1", b"C. CWS 175", "us-ascii"))
    assert note.split("\n", maxsplit=1)[0] in parsed.new_text
