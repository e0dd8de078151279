"""Lists and replacements: an academic degree written before a name in a numbered list
("MSc.", "Mag.", "M.Sc."), a post's bracketed field at the end of its line, and the
account a later sentence gives a member who goes rather than the one who replaces him."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.appositives import appositive_position
from parsers.names import split_person
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[str | None, ...]]:
    return [(n.title, n.last_name, n.first_name, n.username) for n in parsed.nominees]


def test_academic_degrees_give_no_title() -> None:
    assert split_person("MSc. Ernesto VALDÉS") == (None, "VALDÉS", "Ernesto")
    assert split_person("Mag. Eva HUBER") == (None, "HUBER", "Eva")
    assert split_person("Dipl.-Ing. Jan KOCH") == (None, "KOCH", "Jan")


def test_numbered_list_with_degrees_keeps_each_persons_account() -> None:
    body = """Dear colleagues,

With reference to circular C. CWS 175, the Office nominates the following experts to the XML4IP Task Force:

1. Mag. Eva HUBER - Senior Examiner
   WIPO username: at-ehuber / E-mail: ehuber@office.example
2. M.Sc. Peter GRUBER - Patent Examiner (Chemistry)
   WIPO username: at-pgruber / E-mail: pgruber@office.example
3. Dipl.-Ing. Anna KOCH - IT Specialist
   WIPO username: at-akoch / E-mail: akoch@office.example

Kind regards,
Office Contact
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [
        (None, "HUBER", "Eva", "at-ehuber"),
        (None, "GRUBER", "Peter", "at-pgruber"),
        (None, "KOCH", "Anna", "at-akoch"),
    ]
    assert parsed.nominees[1].position == "Patent Examiner (Chemistry)"


def test_spanish_list_with_magister() -> None:
    body = """Estimados colegas:

En respuesta a la circular C. CWS 175, designamos en el Equipo Técnico XML4IP a:

1. Lic. Rosa MÉNDEZ – Jefa de Sección
   Usuario OMPI: pe-rmendez / Correo: rmendez@indecopi.example
2. Mg. Luis QUISPE – Examinador de Patentes (Mecánica)
   Usuario OMPI: pe-lquispe / Correo: lquispe@indecopi.example

Saludos cordiales,
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [
        (None, "MÉNDEZ", "Rosa", "pe-rmendez"),
        (None, "QUISPE", "Luis", "pe-lquispe"),
    ]
    assert parsed.nominees[1].position == "Examinador de Patentes (Mecánica)"


def test_bracket_after_a_post_that_is_no_field_stays_out() -> None:
    # An office's code, a value, a lower-case aside: not part of the post.
    assert appositive_position(" - Senior Examiner (PRV)\n", hyphen=True) == (
        "Senior Examiner",
        3,
        18,
    )
    assert appositive_position(", Senior Examiner (username: x)\n") == ("Senior Examiner", 2, 17)
    assert appositive_position(", Examiner (retired)\n") == ("Examiner", 2, 10)
    # Before the task force too, an aside stays out ("(Chemistry)" there is the post's field).
    assert appositive_position(", Examiner (retired), for the task force") == ("Examiner", 2, 10)


def test_leavers_account_in_a_later_sentence_is_not_the_newcomers() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, M. Paul MARTIN a pris sa retraite. Nous souhaitons remplacer M. Martin par Mme Claire DUBOIS, examinatrice, au sein de l'Équipe d'experts XML4IP.

Identifiant OMPI de Mme Dubois : fr-cdubois

Merci également de supprimer l'accès de M. Martin (identifiant fr-pmartin).

Cordialement,
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [("Mrs", "DUBOIS", "Claire", "fr-cdubois")]


def test_account_given_in_the_replacing_sentence_stays_the_newcomers() -> None:
    # Negative: the account in the nominee's own sentence is hers, a replaced person named
    # before it or not.
    body = """Dear Secretariat,

With reference to C. CWS 175, Ms Jane ROE (username gb-jroe) will replace Mr John DOE on the XML4IP Task Force.

Best regards,
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [("Ms", "ROE", "Jane", "gb-jroe")]


def test_signer_after_cordialmente_is_no_nominee_beside_an_annex() -> None:
    # "Cordialmente," signs off as "Saludos cordiales," does: the titled name below it is
    # the signer's, not a person the cover note names.
    body = """Estimados colegas:

En respuesta a la circular C. CWS 175, adjuntamos los datos de los especialistas designados para los Equipos Técnicos.

Cordialmente,

MSc. Carmen Rojas Vega
Directora de Signos Distintivos

AVISO: Este correo y sus anexos pueden contener información reservada; si lo recibió por error, bórrelo.
"""
    form = (
        "Apellido: MÉNDEZ\nNombre: Rosa\nCargo: Jefa de Sección\n"
        "Usuario OMPI: pe-rmendez\nCorreo: rmendez@indecopi.example\n"
        "Equipo Técnico: XML4IP\n"
    ).encode()
    parsed = parse(make_mail(body, attachments=(("anexo.txt", "text/plain", form),)))
    assert people(parsed) == [(None, "MÉNDEZ", "Rosa", "pe-rmendez")]


def test_titled_signer_under_an_english_list_is_no_nominee() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate to the API Task Force:

- Dr. Paul GREEN, Senior Examiner (username au-pgreen)

Best regards,

Dr. Helen WHITE
Director, Patents
"""
    parsed = parse(make_mail(body))
    assert people(parsed) == [(None, "GREEN", "Paul", "au-pgreen")]
