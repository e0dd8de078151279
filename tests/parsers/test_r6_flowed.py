"""format=flowed plain text (RFC 3676): soft line breaks are joined before the text is read."""

from __future__ import annotations

from parsers.answers import answer_pairs
from parsers.flowed import unflow
from tests.parsers.mailmaker import catalog
from tests.parsers.test_es_ru_shapes import parse, people

_HEAD = """From: Office Contact <contact.person@office.example>
To: cws.mail@wipo.int
Subject: C. CWS 175
Date: Mon, 02 Oct 2023 09:30:00 +0000
Message-ID: <flowed-test@office.example>
MIME-Version: 1.0
Content-Transfer-Encoding: 8bit
"""


def _mail(body: str, content_type: str) -> bytes:
    return (_HEAD + f"Content-Type: {content_type}\n\n" + body).encode()


_FLOWED = 'text/plain; charset="utf-8"; format=flowed'


def test_soft_breaks_join_and_fixed_lines_stay() -> None:
    text = "Position: Head of the \nPatent Information Unit\nUsername: xx-jdoe\n"
    assert unflow(text) == "Position: Head of the Patent Information Unit\nUsername: xx-jdoe\n"


def test_delsp_yes_drops_the_space_the_sender_added() -> None:
    assert unflow("mail: jane.doe@ipo.exam \nple\n", delsp=True) == "mail: jane.doe@ipo.example\n"
    assert unflow("mail: jane.doe@ipo.exam \nple\n") == "mail: jane.doe@ipo.exam ple\n"


def test_quoted_lines_join_only_at_the_same_depth() -> None:
    text = "> > deep and \n> shallow\n> one and \n> two\n"
    assert unflow(text) == "> > deep and \n> shallow\n> one and two\n"


def test_signature_separator_and_blank_line_are_no_soft_break() -> None:
    assert unflow("Regards \n-- \nJane Roe\n") == "Regards \n-- \nJane Roe\n"
    assert unflow("Paragraph one \n\nParagraph two\n") == "Paragraph one \n\nParagraph two\n"


def test_spanish_pipe_table_wrapped_by_the_client_gives_whole_rows() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina Española de Patentes y \r
Marcas (OEPM) designa a:

| Equipo Técnico | Tratamiento | Apellidos | Nombre | Cargo | Usuario OMPI | \r
Correo de la cuenta |
|---|---|---|---|---|---|---|
| XML4IP (ST.96) | Sra. | del Valle Ortiz | Lucía | Jefa de Servicio, \r
Documentación | es-ldelvalle | lucia.delvalle@oepm.example |
| API (ST.90) | Sr. | Ruiz | Tomás | Analista | es-truiz | \r
tomas.ruiz@oepm.example |

Atentamente,

-- \r
Carmen Soto
Oficina Española de Patentes y Marcas
""".replace("\r", "")
    got = people(parse(_mail(body, _FLOWED)))
    assert [(p["last_name"], p["first_name"], p["username"]) for p in got] == [
        ("del Valle Ortiz", "Lucía", "es-ldelvalle"),
        ("Ruiz", "Tomás", "es-truiz"),
    ]
    assert got[0]["position"] == "Jefa de Servicio, Documentación"
    assert got[1]["account_email"] == "tomas.ruiz@oepm.example"


def test_english_label_values_wrapped_with_delsp_are_whole() -> None:
    body = """Dear Secretariat,

The Intellectual Property Office nominates the following person for the API Task Force:

Name: Ms Jane Roe
Position: Head of the Patent Information and Data Services  \r
Section
WIPO Accounts username: xx-jroe
E-mail: jane.roe@patent-information.off \r
ice.example

Kind regards,
John Smith
""".replace("\r", "")
    got = people(parse(_mail(body, _FLOWED + "; delsp=yes")))
    assert len(got) == 1
    assert got[0]["position"] == "Head of the Patent Information and Data Services Section"
    assert got[0]["account_email"] == "jane.roe@patent-information.office.example"


def test_trailing_spaces_in_fixed_text_are_no_soft_break() -> None:
    # Without format=flowed a trailing space means nothing: the lines stay apart.
    body = """Dear Secretariat,

The Intellectual Property Office nominates the following person for the API Task Force:

Name: Ms Jane Roe \r
Position: Examiner \r
WIPO Accounts username: xx-jroe \r
E-mail: jane.roe@office.example

Kind regards,
John Smith
""".replace("\r", "")
    got = people(parse(_mail(body, 'text/plain; charset="utf-8"')))
    assert [(p["last_name"], p["position"], p["username"]) for p in got] == [
        ("Roe", "Examiner", "xx-jroe")
    ]


def test_question_with_a_colon_in_brackets_still_takes_its_answer() -> None:
    # A flowed request joins a wrapped question onto one line, colon in brackets and all.
    english = """Thanks, see below.

> 1. His WIPO Account username (recommended form: the ST.3 code, a hyphen and the name).

xx-bsmith

> 2. The e-mail address of the account.

b.smith@office.example
"""
    spanish = """Adjunto las respuestas.

> a) Su nombre de usuario de la cuenta OMPI (forma recomendada: código ST.3, guion y nombre).

es-mgarcia

> b) Su cargo.

Jefa de Servicio
"""
    for text, expected in (
        (english, ["username", "account_email"]),
        (spanish, ["username", "position"]),
    ):
        start = text.index(">")
        assert [a.field for a in answer_pairs(text, start, catalog())] == expected


def test_quoted_label_with_a_value_is_still_a_stated_value() -> None:
    # "Task force(s): X" is a label with its value (brackets closed): no question.
    text = """Reply.

> Task force(s): API Task Force

please add the Blockchain Task Force as well
"""
    pairs = answer_pairs(text, text.index(">"), catalog())
    assert [(a.field, a.stated is not None) for a in pairs] == [("task_forces", True)]
