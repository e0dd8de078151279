"""A nominee's account address given as "the one in copy" ("la misma en la que la incluyo en
copia", "the address in copy", "l'adresse en copie", "адрес в копии"): the Cc address whose
display name or local part is the nominee's, when exactly one is; other people in copy (a
head of unit) are no nominees and lend no address. A "Surname, Given" display name in the
headers ("Lozano Carrasco, Beatriz") shows where a nominee's surnames start. A second,
shorter mention ("Dña. Beatriz Lozano" after "Dña. Beatriz Lozano Carrasco") is the same
person. An office name goes on past a comma to its legal form ("Oficina Española de
Patentes y Marcas, O.A. (OEPM)", "..., e.V."), and a line break before "The Office" ends a
capitals subject line above it: "The Office" alone names no office."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"


def _parse(body: str, cc: str = "", sender: str = "") -> ParsedEmail:
    headers = (("Cc", cc),) if cc else ()
    extra = {"sender": sender} if sender else {}
    return parse_email(make_mail(body, headers=headers, **extra), catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(n.last_name, n.first_name, n.username, n.account_email) for n in parsed.nominees]


# ------------------------------------------------------------- a legal form after a comma


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "la Oficina Española de Patentes y Marcas, O.A. (OEPM) designa a Dña. Beatriz "
            "Lozano Carrasco, Jefa de Servicio, como representante en el Equipo Técnico sobre "
            "la API.",
            "Oficina Española de Patentes y Marcas, O.A. (OEPM)",
        ),
        (
            "la Oficina Española de Patentes y Marcas, O.A. designa a Dña. Beatriz Lozano "
            "Carrasco, Jefa de Servicio, como representante en el Equipo Técnico sobre la API.",
            "Oficina Española de Patentes y Marcas, O.A.",
        ),
        (
            "the Ruritanian Patent Information Society, e.V. (RPIS) is pleased to nominate "
            "Ms Jane Smith, Patent Analyst, to the API Task Force.",
            "Ruritanian Patent Information Society, e.V. (RPIS)",
        ),
        (
            "the Ruritanian Patent Data Centre, Ltd. is pleased to nominate Ms Jane Smith, "
            "Patent Analyst, to the API Task Force.",
            "Ruritanian Patent Data Centre, Ltd.",
        ),
        (
            "le Centre ruritanien de documentation des brevets, S.A. (CRDB) a l'honneur de "
            "désigner Mme Claire Martin, analyste, pour l'équipe d'experts chargée de l'API.",
            "Centre ruritanien de documentation des brevets, S.A. (CRDB)",
        ),
    ],
)
def test_a_legal_form_after_a_comma_belongs_to_the_office_name(sentence: str, office: str) -> None:
    assert (
        _parse(f"Dear colleagues,\n\n{sentence[0].upper()}{sentence[1:]}\n\nRegards\n").office
        == office
    )


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        # An adjunct between commas is still no part of the name.
        (
            "La Oficina Española de Patentes y Marcas, en respuesta a la circular C. CWS 175, "
            "designa a Dña. Beatriz Lozano Carrasco, Jefa de Servicio, como representante en "
            "el Equipo Técnico sobre la API.",
            "Oficina Española de Patentes y Marcas",
        ),
        # A word that merely opens with the letters of a legal form ("Sal...", "Agency").
        (
            "On behalf of the Ministry of Economy, Agency for Patents (AP) is pleased to "
            "nominate Ms Jane Smith, Patent Analyst, to the API Task Force.",
            "Agency for Patents (AP)",
        ),
    ],
)
def test_other_words_after_a_comma_keep_their_reading(sentence: str, office: str) -> None:
    assert _parse(f"Dear colleagues,\n\n{sentence}\n\nRegards\n").office == office


# ------------------------------------------------ a capitals subject line above "The Office"


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Dear Sir or Madam,\n\nNOMINATION OF REPRESENTATIVES\nThe Office is pleased to "
            "nominate Ms Jane Smith, Patent Examiner, to the API Task Force.\n\nYours "
            "sincerely,\nJohn Roe\nDirector\nRuritanian Patent Office\n",
            "Ruritanian Patent Office",
        ),
        (
            "Dear Sir or Madam,\n\nNOMINATION OF REPRESENTATIVES\nThe Ruritanian Patent Office "
            "is pleased to nominate Ms Jane Smith, Patent Examiner, to the API Task Force.\n\n"
            "Yours sincerely,\nJohn Roe\n",
            "Ruritanian Patent Office",
        ),
        (
            "Madame, Monsieur,\n\nDÉSIGNATION DE REPRÉSENTANTS\nL'Office ruritanien de la "
            "propriété industrielle a l'honneur de désigner Mme Claire Martin, examinatrice, "
            "pour l'équipe d'experts chargée de l'API.\n\nCordialement,\nJean Roe\n",
            "Office ruritanien de la propriété industrielle",
        ),
    ],
)
def test_a_line_break_ends_the_office_name_before_its_sentence(body: str, office: str) -> None:
    assert _parse(body).office == office


def test_a_name_wrapped_over_two_lines_is_still_one_name() -> None:
    body = (
        "Dear Sir or Madam,\n\nIn reply to circular C. CWS 175, the Ruritanian Intellectual\n"
        "Property Office is pleased to nominate Ms Jane Smith, Patent Examiner, to the API "
        "Task Force.\n\nYours sincerely,\nJohn Roe\n"
    )
    assert _parse(body).office == "Ruritanian Intellectual Property Office"


# ------------------------------------------------------- a shorter mention of the same person

ES_SHORT = (
    "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a Dña. Beatriz Lozano "
    "Carrasco, Jefa de Servicio de Documentación, como representante en el Equipo Técnico "
    "sobre la API.\n\nDña. Beatriz Lozano ya ha creado su cuenta OMPI. Su nombre de usuario "
    "es es-blozano.\n\nUn cordial saludo,\nIsabel Prieto\n"
)
EN_SHORT = (
    "Dear colleagues,\n\nThe Ruritanian Patent Office is pleased to nominate Ms Ana María "
    "García López, Head of Documentation, to the API Task Force.\n\nMs Ana María García has "
    "already created her WIPO Account; her username is xx-agarcia.\n\nBest regards\nJohn Roe\n"
)
FR_SHORT = (
    "Madame, Monsieur,\n\nL'Office ruritanien de la propriété industrielle désigne Mme Marie "
    "Claire Dubois Martin, cheffe de service, pour l'équipe d'experts chargée de l'API.\n\n"
    "Mme Marie Claire Dubois a déjà créé son compte OMPI ; son nom d'utilisateur est "
    "xx-mdubois.\n\nCordialement,\nJean Roe\n"
)


@pytest.mark.parametrize(
    ("body", "username"),
    [(ES_SHORT, "es-blozano"), (EN_SHORT, "xx-agarcia"), (FR_SHORT, "xx-mdubois")],
)
def test_given_name_and_first_surname_again_are_the_same_person(body: str, username: str) -> None:
    parsed = _parse(body)
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username == username
    assert parsed.nominees[0].position


def test_another_second_surname_is_another_person() -> None:
    body = (
        "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a Dña. Beatriz Lozano "
        "Carrasco, Jefa de Servicio, como representante en el Equipo Técnico sobre la API.\n\n"
        "Asimismo, designa a Dña. Beatriz Lozano Pérez, Técnica Superior, como representante "
        "en el mismo Equipo Técnico.\n\nUn cordial saludo,\nIsabel Prieto\n"
    )
    assert len(_parse(body).nominees) == 2


def test_a_mention_of_the_other_sex_is_another_person() -> None:
    body = (
        "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a Dña. Beatriz Lozano "
        "Carrasco, Jefa de Servicio, como representante en el Equipo Técnico sobre la API.\n\n"
        "D. Beatriz Lozano, su suplente, ... \n\nUn cordial saludo,\nIsabel Prieto\n"
    )
    names = [(n.title, n.last_name) for n in _parse(body).nominees]
    assert ("Mrs", "Carrasco") in names or ("Mrs", "Lozano Carrasco") in names


# ------------------------------------------------- "Surname, Given" display names in the headers

ES_CC = (
    "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a Dña. Beatriz Lozano "
    "Carrasco, Jefa de Servicio de Documentación, como representante en el Equipo Técnico "
    "sobre la API.\n\nUn cordial saludo,\nIsabel Prieto\n"
)
EN_CC = (
    "Dear colleagues,\n\nThe Ruritanian Patent Office is pleased to nominate Ms Ana María "
    "García López, Head of Documentation, to the API Task Force.\n\nBest regards\nJohn Roe\n"
)


@pytest.mark.parametrize(
    ("body", "cc", "last", "first"),
    [
        (
            ES_CC,
            '"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>',
            "Lozano Carrasco",
            "Beatriz",
        ),
        (
            EN_CC,
            '"García López, Ana María" <ana.garcia@office.example>',
            "García López",
            "Ana María",
        ),
        # Capitals and no accents in the header still name her.
        (
            ES_CC,
            '"LOZANO CARRASCO, Beatriz" <bl@office.example>',
            "Lozano Carrasco",
            "Beatriz",
        ),
    ],
)
def test_a_surname_comma_display_name_shows_the_surnames(
    body: str, cc: str, last: str, first: str
) -> None:
    nominee = _parse(body, cc=cc).nominees[0]
    assert (nominee.last_name, nominee.first_name) == (last, first)
    assert nominee.account_email is None  # nothing says her address is the one in copy


@pytest.mark.parametrize(
    "cc",
    [
        # It says what the letter's own reading says (a Spanish name's two surnames).
        '"Lozano Carrasco, Beatriz" <bl@office.example>',
        # Another person's name, or a display name without a comma.
        '"Lozano Pérez, Beatriz" <bl@office.example>',
        '"Beatriz Lozano Carrasco" <bl@office.example>',
    ],
)
def test_other_display_names_change_no_split(cc: str) -> None:
    nominee = _parse(ES_CC, cc=cc).nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Lozano Carrasco", "Beatriz")


def test_a_display_name_giving_one_surname_is_followed() -> None:
    nominee = _parse(ES_CC, cc='"Carrasco, Beatriz Lozano" <bl@office.example>').nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Carrasco", "Beatriz Lozano")


# ------------------------------------------------------------- the account address in copy

HEAD_OF_UNIT = '"Ortega Cuesta, Rafael" <rafael.ortega@office.example>'

ES_COPY = (
    "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a Dña. Beatriz Lozano "
    "Carrasco, Jefa de Servicio de Documentación, como representante en el Equipo Técnico "
    "sobre la API.\n\nDña. Beatriz Lozano ya ha creado su cuenta OMPI con su dirección de "
    "correo electrónico institucional, que es la misma en la que la incluyo en copia de "
    "este mensaje. Su nombre de usuario es es-blozano.\n\nIncluyo también en copia a D. "
    "Rafael Ortega Cuesta, Jefe del Área de Documentación, a quien pueden dirigirse para "
    "cualquier cuestión.\n\nUn cordial saludo,\nIsabel Prieto\n"
)
ES_COPY_SHORT = (
    "Estimados señores:\n\nLa Oficina Ruritana de Patentes designa a la Sra. Lucía Méndez "
    "Ríos, Examinadora, como representante en el Equipo Técnico sobre la API. Su cuenta "
    "OMPI (usuario xx-lmendez) está registrada con la dirección que va en copia.\n\n"
    "Atentamente,\nIsabel Prieto\n"
)
EN_COPY = (
    "Dear colleagues,\n\nThe Ruritanian Patent Office is pleased to nominate Ms Jane Smith, "
    "Patent Examiner, to the API Task Force. Her WIPO Account (username xx-jsmith) uses the "
    "e-mail address in copy of this message.\n\nI also copy her head of unit, Mr Peter Brown."
    "\n\nBest regards\nJohn Roe\n"
)
FR_COPY = (
    "Madame, Monsieur,\n\nL'Office ruritanien de la propriété industrielle désigne Mme Claire "
    "Martin, examinatrice, pour l'équipe d'experts chargée de l'API. Son compte OMPI "
    "(xx-cmartin) est ouvert à l'adresse en copie de ce message.\n\nCordialement,\nJean Roe\n"
)
RU_COPY = (
    "Уважаемые коллеги!\n\nРуританское патентное ведомство выдвигает г-жу Иванову Марию "
    "Петровну, главного эксперта, в Целевую группу по API. Её учётная запись ВОИС "
    "(xx-mivanova) зарегистрирована на адрес в копии этого письма.\n\nС уважением,\nИ. Петров\n"
)


@pytest.mark.parametrize(
    ("body", "cc", "address"),
    [
        (
            ES_COPY,
            f'"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>, {HEAD_OF_UNIT}',
            "beatriz.lozano@office.example",
        ),
        (
            ES_COPY_SHORT,
            f"{HEAD_OF_UNIT}, lmendez@office.example",
            "lmendez@office.example",
        ),
        (
            EN_COPY,
            '"Brown, Peter" <p.brown@office.example>, "Smith, Jane" <j.smith@office.example>',
            "j.smith@office.example",
        ),
        (
            FR_COPY,
            '"Paul Durand" <paul.durand@office.example>, claire.martin@office.example',
            "claire.martin@office.example",
        ),
        (
            RU_COPY,
            '"Иванова Мария Петровна" <m.ivanova@office.example>, '
            '"Петров Иван" <i.petrov@office.example>',
            "m.ivanova@office.example",
        ),
    ],
)
def test_the_account_address_in_copy_is_the_nominees_cc_address(
    body: str, cc: str, address: str
) -> None:
    parsed = _parse(body, cc=cc)
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].account_email == address


def test_the_letter_in_the_brief_reads_whole() -> None:
    parsed = _parse(
        ES_COPY,
        cc=f'"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>, {HEAD_OF_UNIT}',
    )
    assert _people(parsed) == [
        ("Lozano Carrasco", "Beatriz", "es-blozano", "beatriz.lozano@office.example")
    ]


@pytest.mark.parametrize(
    "cc",
    [
        # Only her head of unit in copy: his address is not hers.
        HEAD_OF_UNIT,
        # Two addresses of hers: which one is the account's is a guess.
        '"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>, b.lozano@private.example',
        # Her name is nowhere in copy.
        "registro@office.example",
    ],
)
def test_no_single_address_of_hers_in_copy_gives_none(cc: str) -> None:
    nominee = _parse(ES_COPY, cc=cc).nominees[0]
    assert nominee.account_email is None


def test_her_address_in_copy_is_not_taken_unless_the_letter_says_so() -> None:
    body = ES_COPY.replace(
        ", que es la misma en la que la incluyo en copia de este mensaje", ""
    ).replace("Incluyo también en copia a", "Pueden dirigirse también a")
    cc = f'"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>, {HEAD_OF_UNIT}'
    assert _parse(body, cc=cc).nominees[0].account_email is None


def test_an_address_written_in_the_letter_is_kept() -> None:
    body = ES_COPY.replace(
        "Su nombre de usuario es es-blozano.",
        "Su nombre de usuario es es-blozano y su correo beatriz.lozano@otra.example.",
    )
    cc = f'"Lozano Carrasco, Beatriz" <beatriz.lozano@office.example>, {HEAD_OF_UNIT}'
    assert _parse(body, cc=cc).nominees[0].account_email == "beatriz.lozano@otra.example"
