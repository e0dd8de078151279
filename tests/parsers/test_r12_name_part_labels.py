"""Forms that give a name over labels that do not say which part each holds.

Iraq asks for the given name under "الاسم", the father's and grandfather's names (no part of
the first or last name) under "اسم الأب" and "اسم الجد", the family name under "اللقب"
(elsewhere the salutation) and the sex under "الجنس"; Tunisia writes "الآنسة" (Miss) and the
post under "الخطة". English forms from the same offices write "Name", "Father's name",
"Surname". A signature line naming the state after the office ("... – جمهورية العراق") names
the office, not the state.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def _people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [(n.title, n.last_name, n.first_name, n.position) for n in parsed.nominees]


_IRAQ = (
    "السادة أمانة لجنة معايير الويبو المحترمون\n\n"
    "إشارة إلى التعميم المرقم C. CWS 175، نرفق المعلومات المطلوبة:\n\n"
    "المرشح 1:\n{first}\n"
    "العنوان الوظيفي: مدير شعبة المعلوماتية\n"
    "اسم المستخدم في حساب الويبو: iq-aaljubouri\n"
    "البريد الإلكتروني: ali.aljubouri@office.example\n"
    "فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
    "المرشح 2:\n{second}\n"
    "العنوان الوظيفي: معاون مدير قسم براءات الاختراع\n"
    "اسم المستخدم في حساب الويبو: iq-zalobaidi\n"
    "البريد الإلكتروني: zainab.alobaidi@office.example\n"
    "فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
    "مع التقدير...\n\nسعد مهدي\nمسؤول العلاقات الخارجية\n"
    "الجهاز المركزي للتقييس والسيطرة النوعية – جمهورية العراق\n"
)
_ALI = ("Mr", "الجبوري", "علي", "مدير شعبة المعلوماتية")
_ZAINAB = ("Mrs", "العبيدي", "زينب", "معاون مدير قسم براءات الاختراع")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Iraq: given name, father's, grandfather's, family name, sex.
        (
            "الاسم: علي\nاسم الأب: حسين\nاسم الجد: كاظم\nاللقب: الجبوري\nالجنس: ذكر",
            "الاسم: زينب\nاسم الأب: عبد الكريم\nاسم الجد: جاسم\nاللقب: العبيدي\nالجنس: أنثى",
        ),
        # The Maghreb's order: family name first.
        (
            "اللقب: الجبوري\nالاسم: علي\nالجنس: ذكر",
            "اللقب: العبيدي\nالاسم: زينب\nالجنس: أنثى",
        ),
    ],
)
def test_iraqi_form_name_parts(first: str, second: str) -> None:
    parsed = _parse(_IRAQ.format(first=first, second=second))
    assert _people(parsed) == [_ALI, _ZAINAB]
    assert [n.username for n in parsed.nominees] == ["iq-aaljubouri", "iq-zalobaidi"]
    assert parsed.office == "الجهاز المركزي للتقييس والسيطرة النوعية"


def test_compound_given_name_under_the_name_label() -> None:
    first = "الاسم: عبد الكريم\nاسم الأب: حسين\nاللقب: الجبوري\nالجنس: ذكر"
    second = "الاسم: زينب\nاللقب: العبيدي\nالجنس: أنثى"
    people = _people(_parse(_IRAQ.format(first=first, second=second)))
    assert [p[1:3] for p in people] == [("الجبوري", "عبد الكريم"), ("العبيدي", "زينب")]


def test_salutation_and_whole_name_stay_as_they_were() -> None:
    # Negative: "اللقب: السيد" is the title; a whole name under "الاسم" is the whole name.
    first = "اللقب: السيد\nالاسم: علي حسين الجبوري"
    second = "اللقب: الدكتورة\nالاسم: زينب عبد الكريم العبيدي"
    people = _people(_parse(_IRAQ.format(first=first, second=second)))
    # The whole name's given name is its first word and its family name its last; the
    # father's name between them ("حسين", "عبد الكريم") is neither.
    assert [p[:3] for p in people] == [
        ("Mr", "الجبوري", "علي"),
        (None, "العبيدي", "زينب"),
    ]


def test_english_form_with_fathers_and_grandfathers_names() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, please find our nominee:\n\n"
        "Name: Ali\nFather's name: Hussein\nGrandfather's name: Kadhim\n"
        "Surname: Al-Jubouri\nTitle: Mr\nPosition: Head of IT Section\n"
        "Username: iq-aaljubouri\nE-mail: ali.aljubouri@office.example\n"
        "Task force: API Task Force\n\nRegards,\nSaad Mahdi\n"
    )
    parsed = _parse(body)
    assert _people(parsed) == [("Mr", "Al-Jubouri", "Ali", "Head of IT Section")]
    assert [list(n.task_forces) for n in parsed.nominees] == [[API]]


def test_english_name_label_alone_is_the_whole_name() -> None:
    # Negative: with no surname label beside it, "Name" holds the whole name.
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, please find our nominee:\n\n"
        "Name: Ali AL-JUBOURI\nFather's name: Hussein\nTitle: Mr\n"
        "Username: iq-aaljubouri\nTask force: API Task Force\n\nRegards,\nSaad Mahdi\n"
    )
    assert _people(_parse(body)) == [("Mr", "AL-JUBOURI", "Ali", None)]


_TUNISIA = (
    "السادة أمانة لجنة معايير الويبو،\n\n"
    "رداً على المنشور C. CWS 175، يتشرف المعهد الوطني للمواصفات والملكية الصناعية بترشيح ممثليه:\n\n"
    "- الآنسة أميرة الشابي\n"
    "  الخطة: مهندسة أولى بإدارة الملكية الصناعية\n"
    "  اسم المستخدم (حساب الويبو): tn-achebbi\n"
    "  فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
    "- السيد نبيل الجريبي\n"
    "  الخطة الوظيفية: رئيس مصلحة النظم المعلوماتية\n"
    "  اسم المستخدم (حساب الويبو): tn-njribi\n"
    "  فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات\n\n"
    "مع فائق التقدير والاحترام.\n\nHédi Ben Amor\nDirecteur de la Propriété Industrielle\n"
)


def test_tunisian_miss_and_post_label() -> None:
    parsed = _parse(_TUNISIA)
    assert _people(parsed) == [
        ("Ms", "الشابي", "أميرة", "مهندسة أولى بإدارة الملكية الصناعية"),
        ("Mr", "الجريبي", "نبيل", "رئيس مصلحة النظم المعلوماتية"),
    ]
    assert parsed.office == "المعهد الوطني للمواصفات والملكية الصناعية"


def test_arabic_miss_in_a_sentence_and_in_an_english_form() -> None:
    sentence = (
        "السادة أمانة لجنة معايير الويبو،\n\nرداً على المنشور C. CWS 175، يسر المعهد ترشيح "
        "الآنسة أميرة الشابي لعضوية فرقة العمل المعنية بواجهات برمجة التطبيقات.\n\nمع التحية\n"
    )
    assert _people(_parse(sentence))[0][:3] == ("Ms", "الشابي", "أميرة")
    form = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175:\n\nTitle: الآنسة\nLast name: CHEBBI\n"
        "First name: Amira\nUsername: tn-achebbi\nTask force: API Task Force\n\nRegards\n"
    )
    assert _people(_parse(form))[0][:3] == ("Ms", "CHEBBI", "Amira")


def test_state_after_the_office_in_a_signature() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, please find our nominee:\n\n"
        "Name: Ali AL-JUBOURI\nUsername: iq-aaljubouri\nTask force: API Task Force\n\n"
        "Regards,\nSaad Mahdi\nHead of External Relations\n"
        "Central Organization for Standardization and Quality Control – Republic of Iraq\n"
    )
    assert _parse(body).office == "Central Organization for Standardization and Quality Control"
