"""Arabic task forces named by a description of their subject, without a standard's number,
and the office that "presents its compliments to you" ("تهديكم ... أطيب تحياتها")."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.taskforces import find_task_forces
from tests.parsers.mailmaker import catalog, make_mail

AF = "Authority File Task Force"
NS = "Name Standardization Task Force"
P7 = "Part 7 Task Force"
DR = "Design Representation Task Force"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("لفرقة العمل الخاصة بملفات الإسناد الوطنية للبراءات", [AF]),
        ("فرقة العمل المعنية بملفات الاستناد", [AF]),
        ("فرقة العمل الخاصة بالملف المرجعي للبراءات", [AF]),
        ("لفرقة العمل الخاصة بتوحيد أسماء المودعين", [NS]),
        ("فرقة العمل المعنية بتوحيد أسماء مقدمي الطلبات", [NS]),
        ("وفرقة العمل الخاصة بالجزء السابع من دليل الويبو", [P7]),
        ("لفرقة العمل الخاصة بعرض صور التصاميم الصناعية وتمثيلها الإلكتروني", [DR]),
        ("فرقة العمل المعنية بتمثيل الرسوم والنماذج الصناعية", [DR]),
    ],
)
def test_an_arabic_description_of_the_subject_names_the_task_force(
    text: str, names: list[str]
) -> None:
    assert [hit.name for hit in find_task_forces(text, catalog())] == names


@pytest.mark.parametrize(
    "text",
    [
        # An office's own units and posts on the same subjects name no task force.
        "رئيس قسم الرسوم والنماذج الصناعية",
        "إدارة التصاميم الصناعية بوزارة التجارة",
        "مدير إدارة توحيد الإجراءات",
        "الجزء الثامن من الدليل",
        "يرجى إرسال الملف المرجعي",
    ],
)
def test_the_subject_words_alone_name_no_task_force(text: str) -> None:
    assert find_task_forces(text, catalog()) == ()


def test_a_kuwaiti_style_letter_naming_task_forces_by_subject_only() -> None:
    body = (
        "السادة/ أمانة لجنة معايير الويبو المحترمين\n\n"
        "م/ ترشيح أعضاء فرق العمل – التعميم C. CWS 175\n\n"
        "تحية طيبة وبعد،\n\n"
        "تهديكم إدارة براءات الاختراع والعلامات التجارية بوزارة التجارة في روريتانيا "
        "أطيب تحياتها، وتود إفادتكم بترشيح "
        "الموظفين التالية أسماؤهم لعضوية فرق العمل:\n\n"
        "أولاً: السيد/ سالم الحربي – رئيس قسم الأنظمة – لفرقة العمل الخاصة بملفات الإسناد "
        "الوطنية للبراءات. اسم المستخدم: rr-salharbi، البريد الإلكتروني: "
        "s.alharbi@office.example\n\n"
        "ثانياً: السيدة/ منى الزعبي – فاحصة براءات – لفرقة العمل الخاصة بتوحيد أسماء "
        "المودعين، وفرقة العمل الخاصة بالجزء السابع من دليل الويبو. اسم المستخدم: "
        "rr-malzoubi، البريد الإلكتروني: m.alzoubi@office.example\n\n"
        "وتفضلوا بقبول فائق الاحترام،\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.kind == "nomination"
    # The sentence's subject, not the ministry's name in the signature or nothing.
    assert (parsed.office or "").startswith("إدارة براءات الاختراع والعلامات التجارية")
    assert [list(n.task_forces) for n in parsed.nominees] == [[AF], [NS, P7]]


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "يهديكم مكتب براءات الاختراع في روريتانيا أطيب تحياته، ويتشرف بترشيح السيد سالم "
            "الحربي لفرقة العمل المعنية بواجهات برمجة التطبيقات. اسم المستخدم: rr-salharbi، "
            "البريد الإلكتروني: s.alharbi@office.example\n",
            "مكتب براءات الاختراع",
        ),
        (
            "The Patent Office of Ruritania presents its compliments to the Secretariat and "
            "nominates Mr Salem ALHARBI to the API Task Force (username rr-salharbi, "
            "s.alharbi@office.example).\n",
            "Patent Office of Ruritania",
        ),
    ],
)
def test_the_office_that_presents_its_compliments_nominates(body: str, office: str) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.kind == "nomination"
    assert (parsed.office or "").startswith(office)
