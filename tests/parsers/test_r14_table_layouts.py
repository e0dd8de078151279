"""Table layouts: one row per task force with the person's later rows in ditto marks
("-do-", "-//-", "d°"); a degree carrying the salutation in brackets ("Dr. (Mrs.)"); an
HTML table whose text part spreads one row over two lines (a two-storey header's lower
row alone, a cell broken after a tab); a username cell saying the account is still being
made; the circular cited "C.CWS.175" before the office's name."""

from __future__ import annotations

from email.message import EmailMessage

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.html import html_to_text
from parsers.walker import _plain_lost_table
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None]]:
    return [(n.title, n.last_name, n.first_name) for n in parsed.nominees]


def task_forces(parsed: ParsedEmail) -> list[set[str]]:
    return [set(n.task_forces) for n in parsed.nominees]


def _alternative(plain: str, html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = "Mon, 02 Oct 2023 09:30:00 +0000"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


# -- ditto marks typed between dashes -------------------------------------------------


def _per_task_force(head: str, rows: list[str], lead: str) -> bytes:
    return make_mail(f"{lead}\n\n{head}\n" + "\n".join(rows) + "\n\nBest regards\n")


def test_dash_do_dash_repeats_the_person_above_for_a_second_task_force() -> None:
    parsed = parse(
        _per_task_force(
            "S/N\tNAME\tDESIGNATION\tTASK FORCE\tUSERNAME\tE-MAIL",
            [
                "1\tMr. Tunde ADEYEMI\tRegistrar\tXML4IP Task Force\tng-tadeyemi\tt.adeyemi@ipo.example",
                "2\t-do-\t-do-\tAPI Task Force\t-do-\t-do-",
                "3\tMs. Amina BELLO\tExaminer\tBlockchain Task Force\tng-abello\ta.bello@ipo.example",
            ],
            "Further to circular C. CWS 175, the Registry nominates the following officers:",
        )
    )
    assert people(parsed) == [("Mr", "ADEYEMI", "Tunde"), ("Ms", "BELLO", "Amina")]
    assert task_forces(parsed) == [
        {"XML4IP Task Force", "API Task Force"},
        {"Blockchain Task Force"},
    ]
    assert parsed.nominees[0].username == "ng-tadeyemi"
    assert parsed.nominees[0].account_email == "t.adeyemi@ipo.example"


def test_russian_slashes_between_dashes_repeat_the_person_above() -> None:
    parsed = parse(
        _per_task_force(
            "№\tФ.И.О.\tДолжность\tЦелевая группа\tИмя пользователя\tЭлектронная почта",
            [
                "1\tг-жа Орлова Анна\tэксперт\tЦелевая группа по XML4IP\tru-aorlova\ta.orlova@ipo.example",
                "2\t-//-\t-//-\tЦелевая группа по API\t-//-\t-//-",
            ],
            "В ответ на циркулярное письмо C. CWS 175 сообщаем кандидатуры:",
        )
    )
    assert people(parsed) == [("Mrs", "Орлова", "Анна")]
    assert task_forces(parsed) == [{"XML4IP Task Force", "API Task Force"}]


def test_a_lone_dash_is_no_ditto() -> None:
    # "-" says "none": the second person gets no address from the row above.
    parsed = parse(
        _per_task_force(
            "NAME\tDESIGNATION\tTASK FORCE\tUSERNAME\tE-MAIL",
            [
                "Mr. Tunde ADEYEMI\tRegistrar\tXML4IP Task Force\tng-tadeyemi\tt.adeyemi@ipo.example",
                "Ms. Amina BELLO\tExaminer\tAPI Task Force\t-\ta.bello@ipo.example",
            ],
            "Further to circular C. CWS 175, the Registry nominates the following officers:",
        )
    )
    assert people(parsed) == [("Mr", "ADEYEMI", "Tunde"), ("Ms", "BELLO", "Amina")]
    assert parsed.nominees[1].username is None


# -- a degree with the salutation in brackets -----------------------------------------


def _name_table(name: str, lead: str) -> bytes:
    return make_mail(
        f"{lead}\n\nName\tPosition\tTask force\tUsername\tE-mail\n"
        f"{name}\tExaminer\tXML4IP Task Force\txx-nokafor\tn.okafor@ipo.example\n\nRegards\n"
    )


def test_doctor_with_the_salutation_in_brackets_gives_that_title() -> None:
    lead = "Further to circular C. CWS 175, the Registry nominates:"
    parsed = parse(_name_table("Dr. (Mrs.) Ngozi OKAFOR", lead))
    assert people(parsed) == [("Mrs", "OKAFOR", "Ngozi")]
    parsed = parse(_name_table("Dra. (Sra.) Lucía OKAFOR", lead))
    assert people(parsed) == [("Mrs", "OKAFOR", "Lucía")]
    parsed = parse(_name_table("Prof. (M.) Paul OKAFOR", lead))
    assert people(parsed) == [("Mr", "OKAFOR", "Paul")]


def test_degrees_alone_give_no_title() -> None:
    lead = "Further to circular C. CWS 175, the Registry nominates:"
    assert people(parse(_name_table("Dr. Ngozi OKAFOR", lead))) == [(None, "OKAFOR", "Ngozi")]
    assert people(parse(_name_table("Prof. Dr. Ngozi OKAFOR", lead))) == [(None, "OKAFOR", "Ngozi")]


# -- a text part that spreads one row over two lines ----------------------------------


def _td(text: str, attrs: str = "") -> str:
    return f"<td{attrs}>{text}</td>"


def _two_storey_html(head: list[str], group: str, lower: list[str], rows: list[list[str]]) -> str:
    top = "".join(_td(h, " rowspan=2") for h in head) + _td(group, " colspan=2")
    body = "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in rows)
    return (
        "<html><body><p>{lead}</p><table border=1>"
        f"<tr>{top}</tr><tr>{''.join(_td(h) for h in lower)}</tr>{body}</table>"
        "<p>{close}</p></body></html>"
    )


def test_russian_two_storey_header_and_a_broken_cell_read_from_the_html() -> None:
    lead = "В ответ на циркулярное письмо C. CWS 175 ведомство сообщает кандидатуры:"
    html = _two_storey_html(
        ["№", "Ф.И.О.", "Должность", "Целевая группа"],
        "Учетная запись ВОИС",
        ["Имя пользователя", "Адрес электронной почты"],
        [
            [
                "1.",
                "Орлова Анна Петровна",
                "эксперт",
                "<p>Целевая группа по XML4IP</p><p>Целевая группа по API</p>",
                "ru-aorlova",
                "a.orlova@ipo.example",
            ],
            ["2.", "Белов Иван Сергеевич", "аналитик", "Целевая группа по 3D", "ru-ibelov",
             "i.belov@ipo.example"],
        ],
    ).format(lead=lead, close="С уважением")  # fmt: skip
    plain = (
        f"{lead}\n\n"
        "№\tФ.И.О.\tДолжность\tЦелевая группа\tУчетная запись ВОИС\n"
        "Имя пользователя\tАдрес электронной почты\n"
        "1.\tОрлова Анна Петровна\tэксперт\tЦелевая группа по XML4IP\n"
        "Целевая группа по API\tru-aorlova\ta.orlova@ipo.example\n"
        "2.\tБелов Иван Сергеевич\tаналитик\tЦелевая группа по 3D\tru-ibelov\ti.belov@ipo.example\n"
        "\nС уважением\n"
    )
    assert _plain_lost_table(plain, html_to_text(html))
    parsed = parse(_alternative(plain, html))
    assert people(parsed) == [(None, "Орлова", "Анна Петровна"), (None, "Белов", "Иван Сергеевич")]
    assert task_forces(parsed) == [{"XML4IP Task Force", "API Task Force"}, {"3D Task Force"}]
    assert [n.username for n in parsed.nominees] == ["ru-aorlova", "ru-ibelov"]


def test_english_two_storey_header_read_from_the_html() -> None:
    lead = "In reply to circular C. CWS 175 the Office nominates:"
    html = _two_storey_html(
        ["Name", "Position", "Task force"],
        "WIPO Account",
        ["Username", "E-mail"],
        [
            ["Ms Jane DOE", "Examiner", "XML4IP Task Force", "xx-jdoe", "j.doe@ipo.example"],
            ["Mr John ROE", "Analyst", "API Task Force", "xx-jroe", "j.roe@ipo.example"],
        ],
    ).format(lead=lead, close="Regards")
    plain = (
        f"{lead}\n\nName\tPosition\tTask force\tWIPO Account\nUsername\tE-mail\n"
        "Ms Jane DOE\tExaminer\tXML4IP Task Force\txx-jdoe\tj.doe@ipo.example\n"
        "Mr John ROE\tAnalyst\tAPI Task Force\txx-jroe\tj.roe@ipo.example\n\nRegards\n"
    )
    parsed = parse(_alternative(plain, html))
    assert people(parsed) == [("Ms", "DOE", "Jane"), ("Mr", "ROE", "John")]
    assert [n.username for n in parsed.nominees] == ["xx-jdoe", "xx-jroe"]
    assert [n.account_email for n in parsed.nominees] == ["j.doe@ipo.example", "j.roe@ipo.example"]


def test_a_whole_text_table_keeps_the_text_part() -> None:
    html = (
        "<table><tr><td>Name</td><td>Position</td><td>Username</td></tr>"
        "<tr><td>Ms Jane DOE</td><td>Examiner</td><td>xx-jdoe</td></tr>"
        "<tr><td>Mr John ROE</td><td>Analyst</td><td>xx-jroe</td></tr></table>"
    )
    plain = (
        "Name\tPosition\tUsername\nMs Jane DOE\tExaminer\txx-jdoe\nMr John ROE\tAnalyst\txx-jroe\n"
    )
    assert not _plain_lost_table(plain, html_to_text(html))
    # Rows short of cells, but together no more than one row: no row spread over two lines.
    short = "Name\tPosition\tUsername\nMs Jane DOE\tExaminer\nMr John ROE\tAnalyst\txx-jroe\n"
    assert not _plain_lost_table(short, html_to_text(html))


# -- a username cell saying the account is still being made ---------------------------


def _pending_mail(cell: str, lead: str) -> bytes:
    return make_mail(
        f"{lead}\n\nName\tPosition\tTask force\tUsername\tE-mail\n"
        "Ms Jane DOE\tExaminer\tXML4IP Task Force\txx-jdoe\tj.doe@ipo.example\n"
        f"Mr John ROE\tAnalyst\tAPI Task Force\t{cell}\tj.roe@ipo.example\n\nRegards\n"
    )


def test_a_username_cell_saying_the_account_is_being_made_is_no_username() -> None:
    leads = {
        "being created": "In reply to circular C. CWS 175 the Office nominates:",
        "en création": "En réponse à la circulaire C. CWS 175, l'Office désigne :",
        "en proceso": "En respuesta a la circular C. CWS 175, la Oficina designa:",
        "(account requested)": "In reply to circular C. CWS 175 the Office nominates:",
    }
    for cell, lead in leads.items():
        parsed = parse(_pending_mail(cell, lead))
        assert [n.username for n in parsed.nominees] == ["xx-jdoe", None], cell
        assert "username" in parsed.nominees[1].missing, cell


def test_a_username_holding_a_status_word_stays() -> None:
    parsed = parse(_pending_mail("xx-requested", "In reply to circular C. CWS 175 we nominate:"))
    assert [n.username for n in parsed.nominees] == ["xx-jdoe", "xx-requested"]


# -- the circular cited in another spelling before the office -------------------------


def _office_mail(lead: str) -> bytes:
    return make_mail(
        f"{lead}\n\nName\tPosition\tTask force\tUsername\tE-mail\n"
        "Ms Jane DOE\tExaminer\tXML4IP Task Force\txx-jdoe\tj.doe@ipo.example\n\nRegards\n"
    )


def test_circular_written_with_dots_or_slashes_opens_no_office_name() -> None:
    cases = {
        "В ответ на циркулярное письмо C.CWS.175 Федеральная служба по интеллектуальной "
        "собственности (Роспатент) сообщает кандидатуры:": "Федеральная служба по "
        "интеллектуальной собственности (Роспатент)",
        "In reply to circular C.CWS/175 the Japan Patent Office nominates:": "Japan Patent Office",
        "En respuesta a la circular C.CWS.175, el Instituto Mexicano de la Propiedad Industrial "
        "(IMPI) designa:": "Instituto Mexicano de la Propiedad Industrial (IMPI)",
    }
    for lead, office in cases.items():
        assert parse(_office_mail(lead)).office == office, lead
