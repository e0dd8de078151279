"""Table layouts of round 16: a Google Docs table pasted into Gmail, whose names end in a
middle initial ("Kollie Jr., James M.": "M." is no "Monsieur"); label lines giving two
people's values at once, split by " / " in the same order; a two-storey header with a
column per task force under a group heading ("Целевые группы"), each person's task forces
ticked with "+" (short Russian names of the task forces as column heads included)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.names import split_person
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


# -- a middle initial closing the given name is no title --------------------------------


def _docs_cell(text: str) -> str:
    paragraphs = text.split("\n") if text else [""]
    inner = "".join(
        f'<p dir="ltr" style="margin-top:0pt"><span style="font-size:10pt">{p}</span></p>'
        if p
        else '<p dir="ltr"><br></p>'
        for p in paragraphs
    )
    return f'<td style="border:solid #000000 1pt;vertical-align:top">{inner}</td>'


def _docs_table_mail(lead: str, rows: list[list[str]], tail: str) -> bytes:
    """A Google Docs table pasted into Gmail: the HTML table in its docs-internal-guid
    wrapper, and a text part giving each cell's paragraphs on lines of their own."""
    table = "".join("<tr>" + "".join(_docs_cell(c) for c in row) + "</tr>" for row in rows)
    html = (
        f'<div dir="ltr"><div>{lead}</div><div><br></div>'
        '<b style="font-weight:normal" id="docs-internal-guid-0a1b2c3d-7fff-1234">'
        f'<div dir="ltr"><table style="border:none"><tbody>{table}</tbody></table></div></b>'
        f"<div><br></div><div>{tail}</div></div>"
    )
    plain = lead + "\n\n" + "\n".join(p for row in rows for c in row for p in c.split("\n"))
    return _alternative(plain + "\n\n" + tail + "\n", html)


def test_google_docs_table_keeps_the_middle_initial_and_the_generational_suffix() -> None:
    parsed = parse(
        _docs_table_mail(
            "In response to Circular C. CWS 175, the National Industrial Property Office "
            "wishes to nominate the following staff to the CWS Task Forces:",
            [
                [
                    "No.",
                    "Name (Last name, First name)",
                    "Title",
                    "Position",
                    "Task Force(s)",
                    "WIPO Account username",
                    "E-mail used for the WIPO Account",
                ],
                [
                    "1",
                    "Tarpeh Jr., Samuel K.",
                    "Mr.",
                    "Director, Patents Division",
                    "Legal Status Task Force\nAPI Task Force",
                    "xx-starpeh",
                    "starpeh@nipo.example",
                ],
                [
                    "2",
                    "Wleh, Comfort M.",
                    "Ms.",
                    "Trademark Examiner",
                    "XML4IP Task Force",
                    "xx-cwleh",
                    "comfort.wleh@nipo.example",
                ],
                [
                    "3",
                    "Toe, Moses",
                    "Mr.",
                    "ICT Officer",
                    "3D Task Force",
                    "(account being created)",
                    "",
                ],
            ],
            "The username of Mr. Toe will be sent as soon as his WIPO Account is activated.",
        )
    )
    assert people(parsed) == [
        ("Mr", "Tarpeh Jr.", "Samuel K."),
        ("Ms", "Wleh", "Comfort M."),
        ("Mr", "Toe", "Moses"),
    ]
    assert task_forces(parsed) == [
        {"Legal Status Task Force", "API Task Force"},
        {"XML4IP Task Force"},
        {"3D Task Force"},
    ]
    first = parsed.nominees[0]
    assert (first.position, first.username, first.account_email) == (
        "Director, Patents Division",
        "xx-starpeh",
        "starpeh@nipo.example",
    )
    assert (parsed.nominees[2].username, parsed.nominees[2].account_email) == (None, None)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # A capital initial after the given name: part of the name.
        ("Kollie Jr., James M.", (None, "Kollie Jr.", "James M.")),
        ("Dupont, Jean M.", (None, "Dupont", "Jean M.")),
        ("Ramos Vera, Juan M.", (None, "Ramos Vera", "Juan M.")),
        # Set off by a bracket or a comma, "M." is still the French salutation.
        ("DUPONT Jean (M.)", ("Mr", "DUPONT", "Jean")),
        ("DUPONT Jean, M.", ("Mr", "DUPONT", "Jean")),
        ("Jean DUPONT (Mme)", ("Mrs", "DUPONT", "Jean")),
        ("PÉREZ Ana, Sra.", ("Mrs", "PÉREZ", "Ana")),
    ],
)
def test_a_trailing_initial_is_no_salutation(
    written: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    person = split_person(written)
    assert (person.title, person.last_name, person.first_name) == expected


def test_labelled_name_with_a_middle_initial_keeps_the_separate_title() -> None:
    parsed = parse(
        make_mail(
            "En réponse à la circulaire C. CWS 175, l'Office désigne :\n\n"
            "Nom, prénom : Mensah, Kofi A.\n"
            "Civilité : M.\n"
            "Fonction : Examinateur\n"
            "Équipe d'experts : XML4IP\n"
            "Nom d'utilisateur : xx-kmensah\n"
            "Courriel : k.mensah@ipo.example\n\n"
            "Cordialement\n"
        )
    )
    assert people(parsed) == [("Mr", "Mensah", "Kofi A.")]


# -- two people's values on each label line, split by " / " ----------------------------

_TWO_AT_ONCE = {
    "es": (
        "En respuesta a la circular C. CWS 175, la Oficina designa a dos especialistas para "
        "el Equipo Técnico sobre la Situación Jurídica (ST.27). Los datos de ambos se dan en "
        "el mismo orden, separados por una barra:\n\n"
        "Apellidos, nombre: García Soto, Marta / Núñez Vidal, Ernesto\n"
        "Tratamiento: Sra. / Sr.\n"
        "Cargo: Especialista de Información / Jefe del Grupo de Informática\n"
        "Usuario de la cuenta OMPI: xx-mgarcia / xx-enunez\n"
        "Correo de la cuenta OMPI: mgarcia@ipo.example / enunez@ipo.example\n\n"
        "Saludos,\n"
    ),
    "en": (
        "Further to circular C. CWS 175, the Office nominates two experts to the Legal "
        "Status Task Force (ST.27); both are given on each line, in the same order:\n\n"
        "Name: Mrs. Marta GARCIA / Mr. Ernest NUNEZ\n"
        "Position: Information Specialist / Head of IT Group\n"
        "Username: xx-mgarcia / xx-enunez\n"
        "E-mail: mgarcia@ipo.example / enunez@ipo.example\n\n"
        "Kind regards,\n"
    ),
    "fr": (
        "Suite à la circulaire C. CWS 175, l'Office désigne deux experts pour l'équipe "
        "d'experts chargée de la situation juridique (ST.27), dans le même ordre :\n\n"
        "Nom et prénom : GARCIA Marta / NUNEZ Ernest\n"
        "Civilité : Mme / M.\n"
        "Fonction : Spécialiste de l'information / Chef du groupe informatique\n"
        "Nom d'utilisateur : xx-mgarcia / xx-enunez\n"
        "Courriel : mgarcia@ipo.example / enunez@ipo.example\n\n"
        "Cordialement,\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_TWO_AT_ONCE))
def test_label_lines_split_by_slash_give_two_people(language: str) -> None:
    parsed = parse(make_mail(_TWO_AT_ONCE[language]))
    assert [(n.title, n.username, n.account_email) for n in parsed.nominees] == [
        ("Mrs", "xx-mgarcia", "mgarcia@ipo.example"),
        ("Mr", "xx-enunez", "enunez@ipo.example"),
    ]
    assert [n.last_name.upper() for n in parsed.nominees if n.last_name] == [
        "GARCÍA SOTO" if language == "es" else "GARCIA",
        "NÚÑEZ VIDAL" if language == "es" else "NUNEZ",
    ]
    assert all(n.position and "/" not in n.position for n in parsed.nominees)
    assert task_forces(parsed) == [{"Legal Status Task Force"}] * 2


def test_one_person_with_slashed_task_forces_and_post_stays_one() -> None:
    parsed = parse(
        make_mail(
            "Further to circular C. CWS 175, we nominate:\n\n"
            "Name: Ms. Marta GARCIA\n"
            "Position: Examiner / Head of Section\n"
            "Task Forces: XML4IP / API\n"
            "Username: xx-mgarcia\n"
            "E-mail: mgarcia@ipo.example\n\n"
            "Kind regards,\n"
        )
    )
    assert people(parsed) == [("Ms", "GARCIA", "Marta")]
    assert parsed.nominees[0].position == "Examiner / Head of Section"
    assert task_forces(parsed) == [{"XML4IP Task Force", "API Task Force"}]


def test_one_name_written_twice_across_a_slash_stays_one_person() -> None:
    # A bilingual form: the name in its own spelling and in plain Latin letters, the post
    # in two languages.
    parsed = parse(
        make_mail(
            "En respuesta a la circular C. CWS 175, designamos para el Equipo Técnico XML4IP:\n\n"
            "Nombre: Sra. Marta NÚÑEZ / Ms. Marta NUNEZ\n"
            "Cargo: Examinadora / Examiner\n"
            "Usuario: xx-mnunez\n"
            "Correo: mnunez@ipo.example\n\n"
            "Saludos,\n"
        )
    )
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username == "xx-mnunez"


def test_two_people_with_one_address_for_both_leave_it_to_nobody() -> None:
    parsed = parse(
        make_mail(
            "Further to circular C. CWS 175, we nominate to the XML4IP Task Force:\n\n"
            "Name: Ms. Marta GARCIA / Mr. Ernest NUNEZ\n"
            "Position: Examiner / Engineer\n"
            "Username: xx-mgarcia / xx-enunez\n"
            "E-mail: it-unit@ipo.example\n\n"
            "Kind regards,\n"
        )
    )
    assert people(parsed) == [("Ms", "GARCIA", "Marta"), ("Mr", "NUNEZ", "Ernest")]
    assert [n.username for n in parsed.nominees] == ["xx-mgarcia", "xx-enunez"]
    assert [n.account_email for n in parsed.nominees] == [None, None]


# -- a column per task force under a group heading, ticked with "+" ---------------------

_RU_HEAD = (
    "№\tФ.И.О.\tДолжность\tЛогин ВОИС\tE-mail\tЦелевые группы КСВ (отметить «+»)\n"
    "\t\t\t\t\tXML4IP (ST.96)\tSEQL (ST.26)\tПравовой статус\tST.37\tAPI (ST.90)"
    "\tST.88\tБлокчейн\t3D (ST.91)\tЦифровая трансформация\tСтандартизация наименований"
    "\tЧасть 7\n"
)
_RU_ROWS = (
    "1\tКаримов Алишер Рустамович\tначальник отдела\txx-akarimov\ta.karimov@ipo.example"
    "\t+\t\t\t\t+\t\t\t\t+\t\t\n"
    "2\tОрлова Анна Петровна\tглавный специалист\txx-aorlova\ta.orlova@ipo.example"
    "\t\t+\t+\t\t\t\t\t\t\t\t\n"
    "3\tСидоров Пётр Ильич\tведущий специалист\txx-psidorov\tp.sidorov@ipo.example"
    "\t\t\t\t\t\t+\t\t+\t\t\t\n"
)
_RU_EXPECTED = [
    {"XML4IP Task Force", "API Task Force", "Digital Transformation Task Force"},
    {"Sequence Listings Task Force", "Legal Status Task Force"},
    {"Design Representation Task Force", "3D Task Force"},
]


def test_two_storey_header_of_task_force_columns_ticked_with_plus_in_tab_text() -> None:
    parsed = parse(
        make_mail(
            "В ответ на циркулярное письмо C. CWS 175 Ведомство направляет сведения о своих "
            "представителях.\n\n" + _RU_HEAD + _RU_ROWS + "\nС уважением,\nИванова Зарина\n"
        )
    )
    assert people(parsed) == [
        (None, "Каримов", "Алишер Рустамович"),
        (None, "Орлова", "Анна Петровна"),
        (None, "Сидоров", "Пётр Ильич"),
    ]
    assert task_forces(parsed) == _RU_EXPECTED
    assert [n.username for n in parsed.nominees] == ["xx-akarimov", "xx-aorlova", "xx-psidorov"]


def test_html_table_with_a_group_heading_over_task_force_columns() -> None:
    heads = _RU_HEAD.split("\n")[1].split("\t")[5:]
    top = (
        '<tr><td rowspan="2">№</td><td rowspan="2">Ф.И.О.</td><td rowspan="2">Должность</td>'
        '<td rowspan="2">Логин ВОИС</td><td rowspan="2">E-mail</td>'
        f'<td colspan="{len(heads)}">Целевые группы КСВ (отметить «+»)</td></tr>'
        "<tr>" + "".join(f"<td>{h}</td>" for h in heads) + "</tr>"
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in line.split("\t")) + "</tr>"
        for line in _RU_ROWS.strip("\n").split("\n")
    )
    html = (
        "<html><body><p>В ответ на циркулярное письмо C. CWS 175 Ведомство направляет "
        f"сведения о своих представителях.</p><table>{top}{body}</table>"
        "<p>С уважением,<br>Иванова Зарина</p></body></html>"
    )
    plain = "В ответ на циркулярное письмо C. CWS 175.\n\n" + _RU_HEAD + _RU_ROWS
    parsed = parse(_alternative(plain, html))
    assert task_forces(parsed) == _RU_EXPECTED


@pytest.mark.parametrize("mark", ["x", "✓", "√", "да", "+"])
def test_english_group_heading_over_task_force_columns_any_tick(mark: str) -> None:
    parsed = parse(
        make_mail(
            "Further to circular C. CWS 175, please find our nominees below.\n\n"
            "No.\tName\tPosition\tUsername\tE-mail\tTask Forces (tick)\n"
            "\t\t\t\t\tXML4IP\tSEQL\tLegal Status\tBlockchain\tDigital Transformation\n"
            f"1\tMs. Anna BERG\tExaminer\txx-aberg\ta.berg@ipo.example\t{mark}\t\t\t\t{mark}\n"
            f"2\tMr. Lars HOLM\tEngineer\txx-lholm\tl.holm@ipo.example\t\t{mark}\t\t{mark}\t\n"
            "\nKind regards,\n"
        )
    )
    assert people(parsed) == [("Ms", "BERG", "Anna"), ("Mr", "HOLM", "Lars")]
    assert task_forces(parsed) == [
        {"XML4IP Task Force", "Digital Transformation Task Force"},
        {"Sequence Listings Task Force", "Blockchain Task Force"},
    ]


def test_a_plus_outside_a_task_force_column_ticks_nothing() -> None:
    parsed = parse(
        make_mail(
            "Further to circular C. CWS 175, please find our nominees below.\n\n"
            "No.\tName\tPosition\tTask Force\tUsername\tE-mail\n"
            "1\tMs. Anna BERG\tExaminer\tXML4IP Task Force\txx-aberg\ta.berg@ipo.example\n"
            "2\tMr. Lars HOLM\t+\tAPI Task Force\txx-lholm\tl.holm@ipo.example\n"
            "\nKind regards,\n"
        )
    )
    assert task_forces(parsed) == [{"XML4IP Task Force"}, {"API Task Force"}]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Цифровая трансформация", {"Digital Transformation Task Force"}),
        ("Правовой статус", {"Legal Status Task Force"}),
        (
            "Цифровая трансформация, Блокчейн",
            {"Digital Transformation Task Force", "Blockchain Task Force"},
        ),
    ],
)
def test_russian_short_names_in_the_nominative_name_their_task_force(
    value: str, expected: set[str]
) -> None:
    parsed = parse(
        make_mail(
            "В ответ на циркулярное письмо C. CWS 175 сообщаем:\n\n"
            "Ф.И.О.: Орлова Анна Петровна\n"
            "Должность: главный специалист\n"
            f"Целевая группа: {value}\n"
            "Логин ВОИС: xx-aorlova\n"
            "E-mail: a.orlova@ipo.example\n"
        )
    )
    assert task_forces(parsed) == [expected]


def test_a_russian_subject_near_a_task_force_name_stays_unknown() -> None:
    parsed = parse(
        make_mail(
            "В ответ на циркулярное письмо C. CWS 175 сообщаем:\n\n"
            "Ф.И.О.: Орлова Анна Петровна\n"
            "Должность: главный специалист\n"
            "Целевая группа: Цифровое телевидение\n"
            "Логин ВОИС: xx-aorlova\n"
            "E-mail: a.orlova@ipo.example\n"
        )
    )
    assert not parsed.nominees[0].task_forces


# -- a later sentence adding a task force for one listed person --------------------------

_LISTED = {
    "es": (
        "En respuesta a la circular C. CWS 175, la Oficina designa para el Equipo Técnico "
        "sobre la Situación Jurídica (ST.27):\n\n"
        "Apellidos, nombre: Rodríguez Cabrera, Yamilé\nTratamiento: Sra.\n"
        "Usuario de la cuenta OMPI: xx-yrodriguez\n\n"
        "Apellidos, nombre: Pérez Valdés, Osmany\nTratamiento: Sr.\n"
        "Usuario de la cuenta OMPI: xx-operez\n\n"
        "{tail}\n\nSaludos,\n"
    ),
    "en": (
        "Further to circular C. CWS 175, the Office nominates to the Legal Status Task "
        "Force:\n\n"
        "Name: Mrs. Yamile RODRIGUEZ\nUsername: xx-yrodriguez\n\n"
        "Name: Mr. Osmany PEREZ\nUsername: xx-operez\n\n"
        "{tail}\n\nKind regards,\n"
    ),
}
_ADDS = {
    "es": "El compañero Pérez Valdés integrará además el Equipo Técnico XML4IP.",
    "en": "Perez will also join the XML4IP Task Force.",
}


@pytest.mark.parametrize("language", sorted(_LISTED))
def test_a_later_sentence_adds_a_task_force_for_the_one_it_names(language: str) -> None:
    parsed = parse(make_mail(_LISTED[language].format(tail=_ADDS[language])))
    assert task_forces(parsed) == [
        {"Legal Status Task Force"},
        {"Legal Status Task Force", "XML4IP Task Force"},
    ]


@pytest.mark.parametrize(
    "tail",
    [
        # Nobody named, or both: the task force is nobody's in particular.
        "Both will also join the XML4IP Task Force later on.",
        "Rodriguez and Perez will also join the XML4IP Task Force.",
        # Named, but nothing joined.
        "Perez also chairs the XML4IP Task Force meetings at home.",
    ],
)
def test_a_later_sentence_naming_nobody_or_both_adds_to_nobody(tail: str) -> None:
    parsed = parse(make_mail(_LISTED["en"].format(tail=tail)))
    assert all("XML4IP Task Force" not in tfs for tfs in task_forces(parsed))
