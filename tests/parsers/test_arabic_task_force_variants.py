"""Arabic task-force names in the writer's own translation, read after their head words."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.taskforces import find_task_forces
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
D3 = "3D Task Force"
SEQL = "Sequence Listings Task Force"
P7 = "Part 7 Task Force"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Singular for the catalogue's plural, and no article where it has one.
        ("لفرقة العمل المعنية بواجهة برمجة التطبيقات", [API]),
        ("في فرقة العمل المعنية بالنماذج ثلاثية الأبعاد.", [D3]),
        ("لعضوية فرقة العمل المعنية بقائمة التسلسل، اعتبارا من اليوم", [SEQL]),
        (
            "فرقة العمل المعنية بواجهة برمجة التطبيقات وفرقة العمل المعنية بالنماذج ثلاثية الأبعاد",
            [API, D3],
        ),
        ("فرقة العمل المعنية بالجزء 7 من دليل الويبو", [P7]),
    ],
)
def test_a_close_spelling_after_the_head_names_the_task_force(text: str, names: list[str]) -> None:
    assert [hit.name for hit in find_task_forces(text, catalog())] == names


@pytest.mark.parametrize(
    "text",
    [
        "فرقة العمل المعنية بالشؤون المالية والإدارية",
        "فرقة العمل المعنية بالجزء 8 من الدليل",
        # Without the head, a near spelling is not enough.
        "قسم واجهة برمجة التطبيقات في المكتب",
    ],
)
def test_no_task_force_without_a_close_name_after_the_head(text: str) -> None:
    assert find_task_forces(text, catalog()) == ()


def test_an_arabic_nomination_in_prose_with_its_own_translation() -> None:
    body = (
        "السادة أمانة لجنة معايير الويبو،\n\n"
        "إشارة إلى التعميم C. CWS 175، يسر مكتب براءات الاختراع في روريتانيا ترشيح "
        "السيد سالم الحربي، مدير إدارة الأنظمة، لفرقة العمل المعنية بواجهة برمجة "
        "التطبيقات وفرقة العمل المعنية بالنماذج ثلاثية الأبعاد.\n"
        "اسم المستخدم: rr-salharbi\n"
        "البريد الإلكتروني: salem.alharbi@office.example\n\n"
        "مع خالص التحية،\nمكتب براءات الاختراع في روريتانيا\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    (nominee,) = parsed.nominees
    assert list(nominee.task_forces) == [API, D3]
