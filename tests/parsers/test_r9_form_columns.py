"""Forms laid out in columns: two "label: value" pairs on one line, set apart by a wide gap
(a PDF page read as laid out, a form typed with tabs), and tables turned on their side whose
columns are kept apart by spaces only."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.line_spans import split_lines
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


def spans(text: str) -> list[str]:
    lines = split_lines(text)
    return [lines.line(i) for i in range(len(lines.spans))]


def test_two_labels_on_a_line_apart_by_spaces_are_two_spans() -> None:
    assert spans("Apellido: GÓMEZ RUIZ     Nombre: Ana María") == [
        "Apellido: GÓMEZ RUIZ",
        "Nombre: Ana María",
    ]


def test_two_labels_apart_by_a_tab_or_ideographic_spaces() -> None:
    assert spans("Фамилия: Иванов\tИмя: Пётр") == ["Фамилия: Иванов", "Имя: Пётр"]
    assert spans("姓名：王芳　　职务：处长") == ["姓名：王芳", "职务：处长"]


def test_a_wide_gap_before_a_word_that_is_no_label_stays() -> None:
    line = "Position: Head of Unit   Geneva: 2 October 2023"
    assert spans(line) == [line]
    # Prose whose first words are no label is never cut.
    prose = "We write to you.   Username: xx-jdoe"
    assert spans(prose) == [prose]


def test_french_form_with_name_pairs_on_one_line() -> None:
    body = (
        "Madame, Monsieur,\n\n"
        "En réponse à la circulaire C. CWS 175, l'Office désigne :\n\n"
        "Civilité : Mme\n"
        "Nom : MARTIN      Prénom : Claire\n"
        "Fonction : Examinatrice\n"
        "Nom d'utilisateur : fr-cmartin\n"
        "Adresse électronique : claire.martin@inpi.example\n"
        "Équipe d'experts : Équipe d'experts chargée de la norme XML4IP\n\n"
        "Cordialement,\n"
    )
    parsed = parse(make_mail(body))
    assert names(parsed) == [("MARTIN", "Claire")]
    assert parsed.nominees[0].username == "fr-cmartin"


def test_a_single_spaced_line_is_unchanged() -> None:
    body = (
        "Dear Sir or Madam,\n\n"
        "In reply to C. CWS 175 we nominate:\n\n"
        "Title: Ms\n"
        "Last name: DOE\n"
        "First name: Jane  Alice\n"
        "Position: Examiner\n"
        "Username: xx-jdoe\n"
        "E-mail: jane.doe@office.example\n"
        "Task force: XML4IP Task Force\n"
    )
    parsed = parse(make_mail(body))
    assert [n.first_name for n in parsed.nominees] in (["Jane  Alice"], ["Jane Alice"])


def _side_table_mail(table: str) -> bytes:
    return make_mail(
        "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, the Office nominates:\n\n"
        f"{table}\n\nYours faithfully,\n\nA. Director\n"
    )


def test_table_on_its_side_with_columns_kept_apart_by_spaces() -> None:
    table = (
        "Task Force            XML4IP Task Force              API Task Force\n"
        "\n"
        "Title                 Ms                             Mr\n"
        "\n"
        "Last name             NOVAK                          HORVAT\n"
        "\n"
        "First name            Ana                            Marko\n"
        "\n"
        "Position              Head of the Patent             Examiner\n"
        "                      Information Division\n"
        "\n"
        "Username              hr-anovak                      hr-mhorvat\n"
        "\n"
        "E-mail                ana.novak@dziv.example         marko.horvat@dziv.example"
    )
    parsed = parse(_side_table_mail(table))
    assert names(parsed) == [("NOVAK", "Ana"), ("HORVAT", "Marko")]
    assert [n.position for n in parsed.nominees] == [
        "Head of the Patent Information Division",
        "Examiner",
    ]
    assert [n.username for n in parsed.nominees] == ["hr-anovak", "hr-mhorvat"]
    assert [list(n.task_forces) for n in parsed.nominees] == [
        ["XML4IP Task Force"],
        ["API Task Force"],
    ]


def test_russian_side_table_off_by_a_few_characters() -> None:
    table = (
        "Фамилия             Петров                       Смирнова\n"
        "Имя                 Иван                          Ольга\n"
        "Должность           Главный специалист          Эксперт\n"
        "Имя пользователя    ru-ipetrov                   ru-osmirnova\n"
        "Электронная почта   ipetrov@rupto.example       osmirnova@rupto.example"
    )
    parsed = parse(_side_table_mail(table))
    assert names(parsed) == [("Петров", "Иван"), ("Смирнова", "Ольга")]
    assert [n.account_email for n in parsed.nominees] == [
        "ipetrov@rupto.example",
        "osmirnova@rupto.example",
    ]


def test_two_column_spaced_form_is_still_one_nominee() -> None:
    table = (
        "Title          Mr\n"
        "Last name      KOVÁCS\n"
        "First name     Péter\n"
        "Position       Head   of Unit\n"
        "Username       hu-pkovacs\n"
        "E-mail         peter.kovacs@hipo.example"
    )
    parsed = parse(_side_table_mail(table))
    assert names(parsed) == [("KOVÁCS", "Péter")]
    assert parsed.nominees[0].username == "hu-pkovacs"


def _alternative_mail(plain: str, html: str) -> bytes:
    from email.message import EmailMessage  # noqa: PLC0415

    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Date"] = "Mon, 02 Oct 2023 09:30:00 +0000"
    msg.set_content(plain)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


_HEAD = ["Nom", "Prénom", "Fonction", "Nom d'utilisateur", "Courriel", "Équipe d'experts"]
_ROWS = [
    [
        "DURAND",
        "Luc",
        "Examinateur",
        "fr-ldurand",
        "luc.durand@inpi.example",
        "Équipe d'experts XML4IP<br>Équipe d'experts API",
    ],
    [
        "PETIT",
        "Anne",
        "Juriste",
        "fr-apetit",
        "anne.petit@inpi.example",
        "Équipe d'experts sur la blockchain",
    ],
]


def _html_table() -> str:
    cells = "".join(f"<td>{c}</td>" for c in _HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS)
    return (
        "<html><body><p>Suite à la circulaire C. CWS 175, l'Office désigne :</p>"
        f"<table border=1><tr>{cells}</tr>{body}</table><p>Cordialement</p></body></html>"
    )


def _plain_table(broken: bool) -> str:
    rows = ["\t".join(_HEAD)]
    rows += ["\t".join(r).replace("<br>", "\n" if broken else " ; ") for r in _ROWS]
    return (
        "Suite à la circulaire C. CWS 175, l'Office désigne :\n\n"
        + "\n".join(rows)
        + "\n\nCordialement\n"
    )


def test_a_cell_on_two_lines_breaking_the_plain_table_reads_the_html_one() -> None:
    parsed = parse(_alternative_mail(_plain_table(broken=True), _html_table()))
    assert names(parsed) == [("DURAND", "Luc"), ("PETIT", "Anne")]
    assert list(parsed.nominees[0].task_forces) == ["XML4IP Task Force", "API Task Force"]


def test_a_whole_plain_table_is_still_read() -> None:
    from parsers.html import html_to_text  # noqa: PLC0415
    from parsers.walker import _plain_lost_table  # noqa: PLC0415

    html_text = html_to_text(_html_table())
    assert not _plain_lost_table(_plain_table(broken=False), html_text)
    assert _plain_lost_table(_plain_table(broken=True), html_text)


def test_plain_only_table_whose_last_cell_runs_onto_a_second_line() -> None:
    body = (
        "Dear colleagues,\n\nIn reply to circular C. CWS 175 we nominate:\n\n"
        "Title\tLast name\tFirst name\tPosition\tUsername\tE-mail\tTask force\n"
        "Ms\tSILVA\tMaria\tExaminer\tpt-msilva\tmaria.silva@inpi.example\tXML4IP Task Force\n"
        "API Task Force\n"
        "Mr\tCOSTA\tRui\tAnalyst\tpt-rcosta\trui.costa@inpi.example\tBlockchain Task Force\n"
        "\nBest regards\n"
    )
    parsed = parse(make_mail(body))
    assert names(parsed) == [("SILVA", "Maria"), ("COSTA", "Rui")]
    assert [list(n.task_forces) for n in parsed.nominees] == [
        ["XML4IP Task Force", "API Task Force"],
        ["Blockchain Task Force"],
    ]


def test_a_line_after_a_blank_line_is_no_wrapped_cell() -> None:
    body = (
        "Dear colleagues,\n\nIn reply to circular C. CWS 175 we nominate:\n\n"
        "Title\tLast name\tFirst name\tPosition\tUsername\tE-mail\tTask force\n"
        "Ms\tSILVA\tMaria\tExaminer\tpt-msilva\tmaria.silva@inpi.example\tXML4IP Task Force\n"
        "\nAPI Task Force is of interest as well.\n\nBest regards\n"
    )
    parsed = parse(make_mail(body))
    assert names(parsed) == [("SILVA", "Maria")]
    assert "XML4IP Task Force" in parsed.nominees[0].task_forces
