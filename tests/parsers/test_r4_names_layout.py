"""Names, nominee blocks and label layouts: PDF forms drawn in two columns, numbered
heading lines, wrapped positions, surname-first lists."""

from __future__ import annotations

import re
from typing import Any

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.attachments import extract_text
from parsers.fields import read_labelled
from parsers.names import name_and_rest
from parsers.people import titled_people
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
API = "API Task Force"
BC = "Blockchain Task Force"
LS = "Legal Status Task Force"

_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


def _pdf_string(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def drawn_pdf(rows: list[tuple[str, str]], *, value_x: int = 250) -> bytes:
    """One page: each row's label drawn at the left margin and its value in a second column,
    each with its own text matrix, as word processors export a two-column form."""
    ops = ["BT", "/F1 10 Tf"]
    y = 790
    for label, value in rows:
        if label:
            ops.append(f"1 0 0 1 60 {y} Tm {_pdf_string(label)} Tj")
        if value:
            ops.append(f"1 0 0 1 {value_x} {y} Tm {_pdf_string(value)} Tj")
        y -= 15
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# -- PDF forms drawn in two columns ----------------------------------------------------------


def test_pdf_columns_keep_a_gap_between_label_and_value() -> None:
    pdf = drawn_pdf([("Last name", "KOVÁCS"), ("First name", "Péter")])
    text, error = extract_text("form.pdf", "application/pdf", pdf, ParseOptions())
    assert error is None
    assert text is not None
    lines = text.splitlines()
    assert re.fullmatch(r"Last name {3,}KOVÁCS", lines[0])
    assert re.fullmatch(r"First name {3,}Péter", lines[1])


def test_pdf_form_in_two_columns_without_colons_en() -> None:
    rows = [
        ("Name of Office/Organization", "Patent Office of Ruritania"),
        ("", ""),
        ("Representative 1", ""),
        ("Last name", "HORVÁTH"),
        ("First name", "Anna Mária"),
        ("Mr/Mrs/Ms", "Ms"),
        ("Position in the Office", "Head of the Patent Information Unit"),
        ("WIPO Account username", "rr-ahorvath"),
        ("E-mail used for the WIPO Account", "anna.horvath@po.example"),
        ("Task Force(s)", "XML4IP Task Force; API Task Force;"),
        ("", "Blockchain Task Force"),
        ("", ""),
        ("Representative 2", ""),
        ("Last name", "NAGY"),
        ("First name", "Gábor"),
        ("Mr/Mrs/Ms", "Mr"),
        ("Position in the Office", "Patent Examiner"),
        ("WIPO Account username", "rr-gnagy"),
        ("E-mail used for the WIPO Account", "gabor.nagy@po.example"),
        ("Task Force(s)", "Sequence Listings Task Force"),
    ]
    raw = make_mail(
        "Dear Colleagues,\n\nPlease find attached our signed nomination form.\n\nKind regards\n",
        attachments=(("form.pdf", "application/pdf", drawn_pdf(rows)),),
    )
    parsed = parse(raw)
    assert parsed.office == "Patent Office of Ruritania"
    assert people(parsed) == [
        {
            "title": "Ms",
            "last_name": "HORVÁTH",
            "first_name": "Anna Mária",
            "position": "Head of the Patent Information Unit",
            "username": "rr-ahorvath",
            "account_email": "anna.horvath@po.example",
            "task_forces": [XML4IP, API, BC],
        },
        {
            "title": "Mr",
            "last_name": "NAGY",
            "first_name": "Gábor",
            "position": "Patent Examiner",
            "username": "rr-gnagy",
            "account_email": "gabor.nagy@po.example",
            "task_forces": [SEQL],
        },
    ]


def test_pdf_form_in_two_columns_without_colons_fr() -> None:
    rows = [
        ("Nom de l'Office", "Office de la propriété industrielle de Ruritanie"),
        ("Nom", "LEFÈVRE"),
        ("Prénom", "Hélène"),
        ("Civilité", "Mme"),
        ("Fonction", "Cheffe du service des brevets"),
        ("Nom d'utilisateur", "rr-hlefevre"),
        ("Adresse électronique", "helene.lefevre@po.example"),
        ("Équipe(s) d'experts", "Équipe d'experts chargée du listage des séquences"),
    ]
    raw = make_mail(
        "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre formulaire.\n\nCordialement\n",
        attachments=(("formulaire.pdf", "application/pdf", drawn_pdf(rows)),),
    )
    assert people(parse(raw)) == [
        {
            "title": "Mrs",
            "last_name": "LEFÈVRE",
            "first_name": "Hélène",
            "position": "Cheffe du service des brevets",
            "username": "rr-hlefevre",
            "account_email": "helene.lefevre@po.example",
            "task_forces": [SEQL],
        }
    ]


def test_spaced_columns_a_few_characters_off_still_continue_the_value() -> None:
    # Lined up with spaces in a proportional font: the second row of the value column
    # lands a few characters off the first one.
    body = """Dear Secretariat,

Last name                 ROE
First name                Jane
Position                  Head of the Patent
                             Information Unit
Username                  rr-jroe
Task Forces               XML4IP Task Force,
                            API Task Force

Regards
"""
    (person,) = people(parse(make_mail(body)))
    assert person["position"] == "Head of the Patent Information Unit"
    assert person["task_forces"] == [XML4IP, API]


# -- a post after the name that wraps, then indented label lines -----------------------------


def test_wrapped_post_ends_before_the_next_labelled_line_en() -> None:
    body = """Dear Sir/Madam,

We have the honour to nominate the following officials:

1. Ms. Anna Maria Rossi Bianchi, Executive Director of the Directorate of
   Inventions and New Technologies
   Task Force: Legal Status Task Force
   WIPO Account username: rr-arossi

2. Mr. Paolo Verdi, Head of the Information Technology Management Office
   Task Forces: XML4IP Task Force; API Task Force
   WIPO Account username: rr-pverdi

Best regards
"""
    rossi, verdi = people(parse(make_mail(body)))
    assert rossi["position"] == (
        "Executive Director of the Directorate of Inventions and New Technologies"
    )
    assert rossi["task_forces"] == [LS]
    assert verdi["position"] == "Head of the Information Technology Management Office"
    assert verdi["task_forces"] == [XML4IP, API]


def test_wrapped_post_ends_before_the_next_labelled_line_es() -> None:
    body = """Estimados señores:

Tenemos el agrado de designar a los siguientes funcionarios:

1. Sra. Lucía Fernanda Rojas Peña, Directora de la Dirección de Invenciones y
   Nuevas Tecnologías
   Equipo Técnico: Equipo Técnico sobre la Situación Jurídica
   Nombre de usuario: rr-lrojas

2. Sr. Martín Ortega, Jefe de la Oficina de Tecnologías de la Información
   Equipos Técnicos: XML4IP
   Nombre de usuario: rr-mortega

Atentamente
"""
    rojas, ortega = people(parse(make_mail(body)))
    assert rojas["position"] == "Directora de la Dirección de Invenciones y Nuevas Tecnologías"
    assert ortega["position"] == "Jefe de la Oficina de Tecnologías de la Información"
    assert ortega["task_forces"] == [XML4IP]


# -- a numbered titled name heading its own items --------------------------------------------


def test_numbered_titled_name_heads_its_items_fr() -> None:
    body = """Madame, Monsieur,

L'Office a l'honneur de designer les representants suivants :

1) M. DUBOIS Marc
   - Poste occupe : Chef du service informatique
   - Nom d'utilisateur : rr-mdubois
   - Equipe d'experts : XML4IP

2) Mme MARTIN Claire
   - Poste occupe : Examinatrice
   - Nom d'utilisateur : rr-cmartin
   - Equipe d'experts : API

Cordialement
"""
    dubois, martin = people(parse(make_mail(body)))
    assert (dubois["title"], dubois["last_name"], dubois["first_name"]) == ("Mr", "DUBOIS", "Marc")
    assert (dubois["username"], dubois["task_forces"]) == ("rr-mdubois", [XML4IP])
    assert (martin["title"], martin["last_name"], martin["first_name"]) == (
        "Mrs",
        "MARTIN",
        "Claire",
    )
    assert (martin["username"], martin["task_forces"]) == ("rr-cmartin", [API])


def test_numbered_titled_name_heads_its_items_es_en() -> None:
    body = """Estimados señores:

Designamos a los siguientes representantes:

1) Sr. ROJAS Pedro
   - Cargo: Jefe de Informática
   - Nombre de usuario: rr-projas

2) Srta. LUNA Ana
   - Cargo: Examinadora
   - Nombre de usuario: rr-aluna

3) Mr. John SMITH
   - Position: Patent Examiner
   - Username: rr-jsmith

Atentamente
"""
    rojas, luna, smith = people(parse(make_mail(body)))
    assert (rojas["title"], rojas["last_name"], rojas["first_name"]) == ("Mr", "ROJAS", "Pedro")
    assert (rojas["position"], rojas["username"]) == ("Jefe de Informática", "rr-projas")
    assert (luna["title"], luna["last_name"], luna["username"]) == ("Ms", "LUNA", "rr-aluna")
    assert (smith["title"], smith["last_name"], smith["username"]) == ("Mr", "SMITH", "rr-jsmith")


# -- a name heading its items, its title written last after a comma -------------------------


def test_surname_first_heading_with_title_after_comma_ru() -> None:
    body = """Уважаемые коллеги!

Сообщаем сведения о наших представителях в целевых группах КСВ.

1. ИВАНОВ Пётр Сергеевич, г-н
   Должность: заведующий отделом информационных технологий
   Учетная запись ВОИС: rr-pivanov / pivanov@po.example
   Целевые группы:
   1) Целевая группа по XML4IP;
   2) Целевая группа по API.

2. ПЕТРОВА Анна Ивановна, г-жа
   Должность: главный специалист
   Учетная запись ВОИС: rr-apetrova / apetrova@po.example
   Целевые группы:
   1) Целевая группа по стандартизации наименований.

С уважением
"""
    ivanov, petrova = people(parse(make_mail(body)))
    assert (ivanov["title"], ivanov["last_name"], ivanov["first_name"]) == (
        "Mr",
        "ИВАНОВ",
        "Пётр Сергеевич",
    )
    assert ivanov["position"] == "заведующий отделом информационных технологий"
    assert ivanov["task_forces"] == [XML4IP, API]
    assert (petrova["title"], petrova["last_name"], petrova["first_name"]) == (
        "Mrs",
        "ПЕТРОВА",
        "Анна Ивановна",
    )
    assert petrova["position"] == "главный специалист"
    assert petrova["task_forces"] == ["Name Standardization Task Force"]


def test_surname_first_heading_with_title_after_comma_fr() -> None:
    body = """Madame, Monsieur,

Voici nos representants :

DUPONT Marie, Mme
   - Fonction : Examinatrice principale
   - Nom d'utilisateur : rr-mdupont

LEROY Jean, M.
   - Fonction : Chef de division
   - Nom d'utilisateur : rr-jleroy

Cordialement
"""
    dupont, leroy = people(parse(make_mail(body)))
    assert (dupont["title"], dupont["last_name"], dupont["first_name"]) == (
        "Mrs",
        "DUPONT",
        "Marie",
    )
    assert dupont["position"] == "Examinatrice principale"
    assert (leroy["title"], leroy["last_name"], leroy["first_name"]) == ("Mr", "LEROY", "Jean")
    assert leroy["position"] == "Chef de division"


def test_a_title_ending_a_line_does_not_take_the_next_lines_label_as_a_name() -> None:
    text = "1. ИВАНОВ Пётр Сергеевич, г-н\n   Должность: начальник отдела\n"
    assert [p.name for p in titled_people(text)] == []
    assert [p.name for p in titled_people("we nominate Ms.\nJane DOE as a member")] == ["Jane DOE"]


def test_a_title_after_the_comma_stays_with_the_name() -> None:
    assert name_and_rest("ПЕТРОВА Анна Ивановна, г-жа") == ("ПЕТРОВА Анна Ивановна, г-жа", "")
    assert name_and_rest("Ms Jane DOE, Senior Examiner") == ("Ms Jane DOE", "Senior Examiner")


# -- a name heading, its post on the next line, then its labelled lines ----------------------


def test_name_heading_then_post_line_then_labels_es() -> None:
    body = """Estimados señores:

Proponemos como representantes en los Equipos Técnicos del CWS a:

ROJAS PEÑA Lucía Fernanda (Sra.)
Jefa de la Unidad de Examen de Biotecnología
Usuario Cuenta OMPI: rr-lrojas – correo: lrojas@po.example
Equipos Técnicos:
·         Equipo Técnico XML4IP
·         Equipo Técnico sobre la Situación Jurídica (ST.27)

ORTEGA SOTO Martín (Sr.)
Analista de Sistemas, Subdirección de Tecnologías de la Información
Usuario Cuenta OMPI: rr-mortega – correo: mortega@po.example
Equipo Técnico:
·         Equipo Técnico sobre API (ST.90)

Saludos
"""
    assert people(parse(make_mail(body))) == [
        {
            "title": "Mrs",
            "last_name": "ROJAS PEÑA",
            "first_name": "Lucía Fernanda",
            "position": "Jefa de la Unidad de Examen de Biotecnología",
            "username": "rr-lrojas",
            "account_email": "lrojas@po.example",
            "task_forces": [XML4IP, LS],
        },
        {
            "title": "Mr",
            "last_name": "ORTEGA SOTO",
            "first_name": "Martín",
            "position": "Analista de Sistemas, Subdirección de Tecnologías de la Información",
            "username": "rr-mortega",
            "account_email": "mortega@po.example",
            "task_forces": [API],
        },
    ]


def test_name_heading_then_post_line_then_labels_en() -> None:
    body = """Dear Colleagues,

We propose the following expert:

Ms Jane DOE
Senior Patent Examiner, Biotechnology Division
WIPO Account username: rr-jdoe - e-mail: jane.doe@po.example
Task Force: Sequence Listings Task Force

Best regards
"""
    assert people(parse(make_mail(body))) == [
        {
            "title": "Ms",
            "last_name": "DOE",
            "first_name": "Jane",
            "position": "Senior Patent Examiner, Biotechnology Division",
            "username": "rr-jdoe",
            "account_email": "jane.doe@po.example",
            "task_forces": [SEQL],
        }
    ]


def test_a_signers_name_post_and_email_lines_are_no_nominee_block() -> None:
    text = "Mr Paul BROWN\nDirector General\nE-mail: paul.brown@po.example\nTel: +1 555 0100\n"
    drafts = read_labelled(text, catalog()).drafts
    assert not any(d.has_name for d in drafts)
