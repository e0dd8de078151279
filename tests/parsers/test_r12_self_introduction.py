"""A nominee writing for themself who names themself in the first person ("Я, Фамилия Имя
Отчество, post of office.", "I, Jane DOE, Senior Examiner at the ... Office, ...") and sends
their own details to take part: their name, post and office come from that sentence, the
office put in the nominative, whatever the display name."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.self_introduction import self_introduction
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def test_russian_self_introduction_with_details_sent() -> None:
    body = """Здравствуйте!

Я, Мкртчян Анаит Ашотовна, главный специалист отдела экспертизы товарных знаков Офиса интеллектуальной собственности Республики Армения. По поручению руководства направляю свои данные для участия в Целевой группе по XML4IP.

логин — am-amkrtchyan
почта — anahit.m@example.com

Спасибо!
Анаит
"""
    parsed = parse(make_mail(body, sender="Anahit Mkrtchyan <a.mkrtchyan@office.example>"))
    assert parsed.kind == "nomination"
    n = parsed.nominees[0]
    assert (n.last_name, n.first_name) == ("Мкртчян", "Анаит Ашотовна")
    assert n.position == "главный специалист отдела экспертизы товарных знаков"
    assert (n.username, n.account_email) == ("am-amkrtchyan", "anahit.m@example.com")
    assert list(n.task_forces) == ["XML4IP Task Force"]
    assert parsed.office == "Офис интеллектуальной собственности Республики Армения"


def test_english_self_introduction_with_details_sent() -> None:
    body = """Dear Secretariat,

I, Jane DOE, Senior Examiner at the Ruritanian Patent Office, am sending my details to take part in the API Task Force, as agreed with my director.

Username: rr-jdoe

Best regards,
Jane
"""
    parsed = parse(make_mail(body, sender="J. Doe <jd@office.example>"))
    n = parsed.nominees[0]
    assert (n.last_name, n.first_name, n.position) == ("DOE", "Jane", "Senior Examiner")
    assert n.username == "rr-jdoe"
    assert parsed.office == "Ruritanian Patent Office"


def test_unit_of_office_stays_in_the_post() -> None:
    card = self_introduction("I, Jane Doe, Head of Division of the Patent Office, volunteer.")
    assert card is not None
    assert card.post is not None
    assert card.office is not None
    assert (card.post.value, card.office.value) == ("Head of Division", "Patent Office")


def test_first_person_aside_is_no_introduction() -> None:
    # Negative: "Я, как и вы, ..." names nobody.
    assert self_introduction("Я, как и вы, думаю, что это важно.") is None
    assert self_introduction("I, for one, agree with the proposal.") is None


def test_office_nominating_with_sent_details_stays_an_office_nomination() -> None:
    # Negative: an office sending its nominee's details ("направляем данные") is no
    # self-nomination; the nominee is the person named.
    body = """Уважаемые коллеги!

Направляем данные нашего представителя для участия в Целевой группе по XML4IP:

ФИО: Петров Игорь Сергеевич
Имя пользователя: xx-ipetrov

С уважением,
Анна Смирнова
"""
    parsed = parse(make_mail(body, sender="Анна Смирнова <a.smirnova@office.example>"))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Петров", "xx-ipetrov")]
