"""Untitled full names in Cyrillic heading numbered items, in the nominative, each followed
by the post, task forces and account ("1) Рахимова Дилфуза Бахтияровна — главный эксперт
...; Целевая группа по SEQL; учётная запись ВОИС: uz-x, x@..."), are the nominees; an
Uzbek patronymic ('Алишер угли', 'ўғли', 'қизи', 'кизи') stays with the given name as
'оглы' and 'кызы' do. Contact people listed under a signature, with no item mark, are none."""

from __future__ import annotations

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

RU = """\
Уважаемые коллеги!

В связи с циркулярным письмом C. CWS 175 Агентство по интеллектуальной собственности \
выдвигает в целевые группы кандидатуры следующих сотрудников:

1) Юсупов Жасур Алишер угли — начальник управления цифровизации; Целевая группа по \
цифровой трансформации и Целевая группа по блокчейну; учётная запись ВОИС: uz-jyusupov, \
j.yusupov@office.example;

2) Рахимова Дилфуза Бахтияровна — главный эксперт отдела экспертизы изобретений; Целевая \
группа по SEQL; учётная запись ВОИС: uz-drakhimova, d.rakhimova@office.example.

Письмо согласовано с заместителем директора Агентства Турсуновым Ш.Ш.

С уважением,
Отдел международного сотрудничества

Контактные лица:
Назарова Гулнора Рустамовна — главный специалист, тел. +998 71 000-00-01
Каримов Отабек Фарходович — ведущий специалист, тел. +998 71 000-00-02
"""

EN = """\
Dear colleagues,

In reply to circular C. CWS 175, the Intellectual Property Agency nominates:

1. Каримова Нодира Ўткир қизи, Chief Examiner, for the XML4IP Task Force, WIPO username \
uz-nkarimova;
2. Алиев Рустам Бахтиёрович, Head of IT, for the API Task Force, WIPO username uz-raliev.

Best regards,
International Cooperation Department
"""


def test_russian_untitled_names_heading_items() -> None:
    parsed = parse_email(make_mail(RU), catalog=catalog())
    assert parsed.kind == "nomination"
    assert [
        (n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ] == [
        (
            "Юсупов",
            "Жасур Алишер угли",
            "начальник управления цифровизации",
            "uz-jyusupov",
            "j.yusupov@office.example",
        ),
        (
            "Рахимова",
            "Дилфуза Бахтияровна",
            "главный эксперт отдела экспертизы изобретений",
            "uz-drakhimova",
            "d.rakhimova@office.example",
        ),
    ]
    assert sorted(parsed.nominees[0].task_forces) == [
        "Blockchain Task Force",
        "Digital Transformation Task Force",
    ]


def test_cyrillic_untitled_names_in_an_english_letter() -> None:
    parsed = parse_email(make_mail(EN), catalog=catalog())
    assert [(n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees] == [
        ("Каримова", "Нодира Ўткир қизи", "Chief Examiner", "uz-nkarimova"),
        ("Алиев", "Рустам Бахтиёрович", "Head of IT", "uz-raliev"),
    ]


def test_items_without_a_patronymic_or_a_mark_name_nobody() -> None:
    body = (
        "Уважаемые коллеги!\n\nСообщаем контактные данные отдела:\n\n"
        "Назарова Гулнора Рустамовна — главный специалист, тел. +998 71 000-00-01\n"
        "1) Отдел экспертизы — тел. +998 71 000-00-02\n\nС уважением,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert len(parsed.nominees) == 0


def test_numbered_contact_people_are_no_nomination() -> None:
    body = (
        "Уважаемые коллеги!\n\nСообщаем контактных лиц нашего ведомства по вопросам КСВ:\n\n"
        "1) Назарова Гулнора Рустамовна — главный специалист, тел. +998 71 000-00-01, "
        "g.nazarova@office.example\n"
        "2) Каримов Отабек Фарходович — ведущий специалист, тел. +998 71 000-00-02\n\n"
        "С уважением,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.kind != "nomination"
