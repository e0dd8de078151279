"""Chinese and Arabic shapes of the sixth blind round: Arabic words stretched with tatweel,
Gulf titles written with a slash, list items numbered in Arabic-Indic digits, and the
father's name ("بن ...") between a given and a family name."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def test_arabic_labels_and_titles_stretched_with_tatweel_read_as_written_plain() -> None:
    body = """السادة أمانة لجنة معايير الويبو المحترمين،

يتشـرف مكتب البراءات الأردني بترشيـح:

الســيدة/ سلمى الخطيب
الوظيفــة: رئيســة قسم الفحص
اسم المستخـدم: jo-salkhatib
البريـد الإلكترونـي: s.khatib@office.example
فريـق العمـل: فرقة العمل المعنية بمعيار XML4IP

مع التحيــة
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert fields(parsed) == [
        {
            "title": "Mrs",
            "last_name": "الخطيب",
            "first_name": "سلمى",
            # The value is the post as written; only the stretching is gone.
            "position": "رئيسة قسم الفحص",
            "username": "jo-salkhatib",
            "account_email": "s.khatib@office.example",
        }
    ]
    assert parsed.nominees[0].task_forces == ("XML4IP Task Force",)


def test_arabic_name_under_a_french_label_stretched_with_tatweel() -> None:
    body = """Madame, Monsieur,

L'Institut national de la propriété industrielle a l'honneur de proposer :

Nom : الســيد كريم حمــادي
Fonction : ingénieur examinateur
Nom d'utilisateur : dz-khamadi
Courriel : k.hamadi@office.example
Équipe d'experts : XML4IP
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    assert [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("Mr", "حمادي", "كريم", "dz-khamadi")
    ]


def test_items_numbered_in_arabic_indic_digits_after_a_slashed_title() -> None:
    body = """تحية طيبة وبعد،

يسر مكتب البراءات لدول مجلس التعاون ترشيح كل من:

١- المهندس/ فيصل الشمري
المنصب: مطور أنظمة
اسم المستخدم: gc-falshammari

٢- الدكتورة/ هند القاسم
المنصب: مستشارة قانونية
اسم المستخدم: سيتم إرساله لاحقاً
البريد الإلكتروني: h.alqasim@office.example

لعضوية فرقة العمل المعنية بالتحول الرقمي.
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION
    names = [(n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees]
    assert names == [
        ("الشمري", "فيصل", "مطور أنظمة", "gc-falshammari"),
        ("القاسم", "هند", "مستشارة قانونية", None),
    ]


def test_father_name_between_given_and_family_name_is_neither() -> None:
    assert split_person("السيد فهد بن سلمان القحطاني")[1:] == ("القحطاني", "فهد")
    assert split_person("السيدة نورة بنت محمد آل سعود")[1:] == ("آل سعود", "نورة")
    assert split_person("محمد بن علي بن حسن الزهراني")[1:] == ("الزهراني", "محمد")


def test_family_name_opened_by_bin_stays_the_family_name() -> None:
    # Maghrebi family names: "بن يوسف" ends the name, nothing follows it.
    assert split_person("السيدة أمينة بن يوسف")[1:] == ("بن يوسف", "أمينة")
    assert split_person("السيد طارق بن عمر")[1:] == ("بن عمر", "طارق")


def test_salutation_pair_of_titles_with_a_slash_names_nobody() -> None:
    body = """السيدة/السيد المحترم،

ـــــــــــــــــــــــــــــ
نود الاستفسار عن موعد الاجتماع القادم لفرقة العمل المعنية بمعيار XML4IP.

مع الشكر
ـــــــــــــــــــــــــــــ
أحمد يوسف
"""
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.OTHER
    assert parsed.nominees == ()
