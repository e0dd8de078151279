"""Where a titled name ends in running text: before a preposition or an article that leads
to what the person joins ("Luis PÉREZ al Equipo Técnico"), or to the next person's title;
and a title's abbreviation ("M.", "Sr.", "Dr.") ends no sentence."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.name_stopwords import before_preposition
from parsers.phrases import SENTENCE_END
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None, list[str]]]:
    return [(n.last_name, n.first_name, list(n.task_forces)) for n in parsed.nominees]


def test_spanish_name_stops_before_al_and_the_team() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, proponemos a la Sra. Carmen RUIZ para el Equipo Técnico de Normas de Calidad de los Datos y al Sr. Jorge LÓPEZ del Equipo Técnico de la API.

Atentamente,
"""
    got = names(parse(make_mail(body)))
    assert [(last, first) for last, first, _ in got] == [("RUIZ", "Carmen"), ("LÓPEZ", "Jorge")]


def test_spanish_two_people_joined_by_y_before_a_title() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, designamos a la Sra. Carmen RUIZ y el Sr. Jorge LÓPEZ para el Equipo Técnico XML4IP.

Atentamente,
"""
    got = names(parse(make_mail(body)))
    assert [(last, first) for last, first, _ in got] == [("RUIZ", "Carmen"), ("LÓPEZ", "Jorge")]


def test_french_name_stops_before_du_groupe() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, nous désignons Mme Claire DUBOIS du Groupe de travail XML4IP comme membre de l'équipe d'experts chargée de l'API.

Cordialement,
"""
    got = names(parse(make_mail(body)))
    assert [(last, first) for last, first, _ in got] == [("DUBOIS", "Claire")]


def test_particles_inside_names_are_kept() -> None:
    # Negative: real particles open surnames, in capitals or not.
    assert before_preposition(["Juan", "de", "la", "CRUZ"]) == ["Juan", "de", "la", "CRUZ"]
    assert before_preposition(["Jan", "van", "der", "Berg"]) == ["Jan", "van", "der", "Berg"]
    assert before_preposition(["Pierre", "de", "La", "Fontaine"]) == [
        "Pierre",
        "de",
        "La",
        "Fontaine",
    ]
    assert before_preposition(["Ana", "Gómez", "y", "Pérez"]) == ["Ana", "Gómez", "y", "Pérez"]
    assert before_preposition(["J.", "van", "Dam"]) == ["J.", "van", "Dam"]


def test_particles_before_what_is_joined_are_cut() -> None:
    assert before_preposition(["Luis", "PÉREZ", "al", "Equipo", "Técnico"]) == ["Luis", "PÉREZ"]
    assert before_preposition(["Paul", "MARTIN", "du", "Groupe"]) == ["Paul", "MARTIN"]
    assert before_preposition(["Ana", "GÓMEZ", "y", "el", "Sr.", "Luis"]) == ["Ana", "GÓMEZ"]
    assert before_preposition(["Ana", "GÓMEZ", "de", "Madrid"]) == ["Ana", "GÓMEZ"]


def test_a_titled_particle_name_in_prose_is_whole() -> None:
    body = """Estimados señores:

En respuesta a la circular C. CWS 175, designamos al Sr. Juan de la CRUZ para el Equipo Técnico de la API.

Atentamente,
"""
    assert names(parse(make_mail(body))) == [("de la CRUZ", "Juan", ["API Task Force"])]


def test_a_title_abbreviation_ends_no_sentence() -> None:
    for text in ("Nous désignons M. Dupont.", "Proponemos al Sr. Pérez.", "г. Женева."):
        assert [m.start() for m in SENTENCE_END.finditer(text + " ")] == [len(text) - 1]


def test_a_sentence_ending_in_a_letter_still_ends_before_a_title() -> None:
    # Negative: "groupe A." ends a sentence; the "M." after it does not.
    text = "Il rejoint le groupe A. M. Dupont rejoint le groupe B. "
    assert [m.start() for m in SENTENCE_END.finditer(text)] == [22, 53]
    # A year's "г." may end one.
    assert [m.start() for m in SENTENCE_END.finditer("назначен в 2024 г. Далее ")] == [17]


def test_english_replacement_in_one_sentence_with_a_title_abbreviation() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, please cancel the nomination of Dr. Peter HALL and appoint instead Ms. Rita KANE to the XML4IP Task Force.

Best regards,
"""
    assert names(parse(make_mail(body))) == [("KANE", "Rita", ["XML4IP Task Force"])]
