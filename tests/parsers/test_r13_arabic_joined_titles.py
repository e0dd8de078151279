"""Two Arabic names joined by "و" ("السيدة سارة أحمد والسيد محمد علي", "... و السيد ...") are
two people: the next title, bare or with the conjunction on it, ends the first name."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize("joint", ["والسيد", "و السيد", "، والسيد"])
def test_names_joined_by_waw_are_two_people(joint: str) -> None:
    body = (
        f"السادة الأمانة،\n\nردا على التعميم C. CWS 175، يسر المكتب ترشيح السيدة سارة أحمد {joint} "
        "محمد علي لفرقة العمل المعنية بواجهات API.\n\nمع التحية،\n"
    )
    parsed = parse(body)
    assert [(n.title, n.first_name, n.last_name) for n in parsed.nominees] == [
        ("Mrs", "سارة", "أحمد"),
        ("Mr", "محمد", "علي"),
    ]


def test_a_three_word_name_before_the_next_title_is_kept_whole() -> None:
    body = (
        "تحية طيبة،\n\nإشارة إلى التعميم C. CWS 175، يرشح المكتب كلاً من السيد علي حسين الجبوري "
        "والسيدة زينب عبد الكريم العبيدي لعضوية فرق العمل.\n\nمع التحية،\n"
    )
    # Each name runs to the next title: its family name is its last word, the father's
    # name ("حسين", "عبد الكريم") before it is neither given nor family name.
    assert [(n.first_name, n.last_name) for n in parse(body).nominees] == [
        ("علي", "الجبوري"),
        ("زينب", "العبيدي"),
    ]
