"""A Mauritanian family name opens with "son of" or "daughter of" ('ولد', 'منت'; 'Ould',
'Mint' in Latin letters) and runs to the end of the name: the words before it are the
given name. A name's Latin spelling in brackets after it in Arabic or Cyrillic script
('السيد محمد ولد أحمد (M. Mohamed OULD AHMED)') is the same person, no second nominee."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

AR = """\
ردا على التعميم C. CWS 175، يسر مديرية الملكية الصناعية أن ترشح لعضوية فرق العمل كلا من:

1) السيد محمد الأمين ولد الشيخ سيديا (M. Mohamed Lemine OULD CHEIKH SIDIYA)
- الوظيفة: رئيس مصلحة براءات الاختراع
- اسم المستخدم في حساب الويبو: mr-mlouldcheikh
- فرقة العمل: فرقة العمل المعنية بالوضع القانوني (ST.27)

2) السيدة مريم منت أحمد سالم
- الوظيفة: مهندسة إعلام آلي
- اسم المستخدم في حساب الويبو: mr-mmintahmedsalem
- فرقة العمل: فرقة العمل المعنية بواجهات برمجة التطبيقات

وتقبلوا فائق التقدير والاحترام.

سيدي محمد ولد اعل
مدير الملكية الصناعية
"""


def test_arabic_family_names_opened_by_ould_and_mint() -> None:
    parsed = parse_email(make_mail(AR), catalog=catalog())
    assert [(n.title, n.last_name, n.first_name, n.position) for n in parsed.nominees] == [
        ("Mr", "ولد الشيخ سيديا", "محمد الأمين", "رئيس مصلحة براءات الاختراع"),
        ("Mrs", "منت أحمد سالم", "مريم", "مهندسة إعلام آلي"),
    ]


@pytest.mark.parametrize(
    ("name", "last", "first"),
    [
        ("Mohamed Lemine Ould Cheikh Sidiya", "Ould Cheikh Sidiya", "Mohamed Lemine"),
        ("Mariem Mint Ahmed Salem", "Mint Ahmed Salem", "Mariem"),
        ("Mohamed Lemine OULD CHEIKH SIDIYA", "OULD CHEIKH SIDIYA", "Mohamed Lemine"),
        # No opener: the last word, as before.
        ("Jean Paul Martin", "Martin", "Jean Paul"),
    ],
)
def test_latin_family_names_opened_by_ould_and_mint(name: str, last: str, first: str) -> None:
    body = (
        "Suite à la circulaire C. CWS 175, nous avons l'honneur de proposer :\n\n"
        f"Nom complet : {name}\nFonction : Examinateur\nNom d'utilisateur : mr-xyz\n"
        "Équipe d'experts : XML4IP\n\nCordialement,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [(last, first)]


def test_nasab_before_a_family_name_is_still_left_out() -> None:
    body = (
        "ردا على التعميم C. CWS 175، يسر الهيئة ترشيح السيد خالد بن عبدالله العتيبي، "
        "مهندس، لعضوية فرقة العمل المعنية بمعيار XML4IP.\n\nمع التحية\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [("العتيبي", "خالد")]


def test_russian_name_with_its_latin_spelling_in_brackets_is_one_person() -> None:
    body = (
        "В ответ на циркулярное письмо C. CWS 175 сообщаем кандидатуры:\n\n"
        "1) г-н Иванов Пётр Сергеевич (Mr Petr IVANOV)\nДолжность: главный эксперт\n"
        "Имя пользователя: ru-pivanov\nЦелевая группа: XML4IP\n\n"
        "2) г-жа Смирнова Анна Олеговна\nДолжность: эксперт\n"
        "Имя пользователя: ru-asmirnova\nЦелевая группа: XML4IP\n\nС уважением,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [(n.last_name, n.username) for n in parsed.nominees] == [
        ("Иванов", "ru-pivanov"),
        ("Смирнова", "ru-asmirnova"),
    ]
