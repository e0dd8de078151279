"""Quoting styles of less common mail clients, read like the common "> " quote:

- GroupWise quotes the message it answers under a '>>> Name <address> date >>>' line,
  with no mark on the quoted lines: everything below that line is history.
- The Bat! (and Emacs' Supercite) put the quoted author's initials before the mark
  ("CM> ..."), under its own attribution ("Вы писали 17 октября 2023 г., 11:20:",
  "You wrote 17 October 2023, 11:20:"); answers typed between the quoted questions are
  read as they are under "> " questions.
- An inline OpenPGP clear-signed message (RFC 4880, 7.1) escapes every line that begins
  with a dash as "- -..."; its armour lines and signature block are no text of the letter.
- A standard's number naming a survey ("the ST.27 survey of C. CWS 176", "ST.27调查问卷")
  names the standard, not its task force.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str, **kwargs: str) -> ParsedEmail:
    return parse_email(make_mail(body, **kwargs), catalog=catalog())


def _people(parsed: ParsedEmail) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(n.last_name, n.first_name, n.task_forces) for n in parsed.nominees]


# --- GroupWise: '>>> Name <address> date >>>' over unmarked quoted lines -------------------

_GROUPWISE_REMINDER = {
    "en": (
        '>>> "CWS Mail" <cws.mail@wipo.int> 16/10/2023 10:04 >>>\n'
        "Dear Sir/Madam,\n\n"
        "This is a reminder of circular C. CWS 175 inviting Offices to nominate\n"
        "representatives to the Task Forces. For each representative, please send:\n"
        "- Name(s) of Task Force(s)\n- Last name, First name (Mrs/Mr)\n"
        "- WIPO Accounts username (e.g. ca-jsmith)\n\n"
        "The Committee would particularly welcome new participants in the Name\n"
        "Standardization Task Force and the Part 7 Task Force.\n\n"
        "Kind regards,\nCWS Secretariat\n"
    ),
    "es": (
        ">>> CWS Secretariat <cws.mail@wipo.int> 16/10/2023 10:04 a. m. >>>\n"
        "Estimado/a Señor/a:\n\n"
        "Le recordamos la circular C. CWS 175 por la que se invita a designar\n"
        "representantes en los Equipos Técnicos. El Comité acogería con agrado nuevos\n"
        "participantes en el Equipo Técnico de Normalización de Nombres y en el\n"
        "Equipo Técnico de la Parte 7.\n\n"
        "Atentamente,\nSecretaría del CWS\n"
    ),
}
_GROUPWISE_REPLY = {
    "en": (
        "Good afternoon,\n\n"
        "In reply to your reminder, our Office nominates Ms Joan Rivers, Senior Examiner,\n"
        "to the API Task Force. WIPO Account username: xx-jrivers; account e-mail:\n"
        "joan.rivers@ipo.example.\n\n"
        "Regards\n\nMrs Kerry Holder\nInternational Affairs Officer\nNational Patent Office\n\n"
    ),
    "es": (
        "Buenos días:\n\n"
        "En atención a su recordatorio, el Registro designa a la Sra. Ana Morales Xitumul,\n"
        "Asesora Jurídica, para el Equipo Técnico sobre API. Usuario: xx-amorales;\n"
        "correo de la cuenta: amorales@ipo.example.\n\n"
        "Atentamente,\n\nLicda. Claudia Pérez Orellana\nUnidad de Cooperación\n"
        "Registro de la Propiedad Intelectual\n\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_groupwise_quoted_reminder_is_history(lang: str) -> None:
    parsed = _parse(_GROUPWISE_REPLY[lang] + _GROUPWISE_REMINDER[lang], subject="Re: C. CWS 175")
    assert parsed.kind == "nomination"
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].task_forces == ("API Task Force",)
    assert parsed.nominees[0].username == "xx-" + ("jrivers" if lang == "en" else "amorales")
    assert "reminder of circular" not in parsed.new_text
    assert "recordamos" not in parsed.new_text


def test_groupwise_marker_needs_both_arrows_and_a_date() -> None:
    # A line of arrows in the sender's own text ("Task Force >>> XML4IP") is no history mark:
    # the nomination under it is still read.
    body = (
        "Dear Secretariat,\n\n>>> Changes below >>>\n\n"
        "We nominate Mr Peter Olsen, Engineer, to the XML4IP Task Force.\n"
        "WIPO Account username: xx-polsen; e-mail: peter.olsen@ipo.example\n\n"
        "Best regards,\nNational Patent Office\n"
    )
    parsed = _parse(body)
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Olsen", "xx-polsen")]


# --- The Bat!: initials before the quote mark ----------------------------------------------

_BAT_RU = (
    "Здравствуйте, CWS.\n\n"
    "Вы писали 17 октября 2023 г., 11:20:\n\n"
    "CM> Уважаемые коллеги,\n"
    "CM>\n"
    "CM> благодарим за письмо о кандидатуре г-жи Бердыевой Гульшат\n"
    "CM> Батыровны в Целевую группу по правовому статусу (циркулярное письмо C. CWS 175).\n"
    "CM>\n"
    "CM> Просим сообщить недостающие сведения:\n"
    "CM>\n"
    "CM> 1) должность г-жи Бердыевой в ведомстве;\n\n"
    "ведущий специалист отдела патентной информации\n\n"
    "CM> 2) имя пользователя учетной записи ВОИС;\n\n"
    "tm-gberdyyeva\n\n"
    "CM> 3) адрес электронной почты, использованный при создании учетной записи ВОИС.\n\n"
    "g.berdyyeva@tmpatent.example\n\n"
    "CM> С уважением,\n"
    "CM> Секретариат Комитета по стандартам ВОИС (КСВ)\n"
    "CM> cws.mail@wipo.int\n\n"
    "-- \nС уважением,\n Мерген Ходжаев, отдел международного сотрудничества\n"
    " Государственная служба интеллектуальной собственности\n"
)
_BAT_EN = (
    "Hello CWS,\n\n"
    "You wrote 17 October 2023, 11:20:\n\n"
    "CS> Dear colleagues,\n"
    "CS>\n"
    "CS> Thank you for nominating Ms Grace Hopper to the XML4IP Task Force\n"
    "CS> (Circular C. CWS 175). Please send us the missing details:\n"
    "CS>\n"
    "CS> 1. Her position in the Office;\n\n"
    "Senior Examiner, Patent Information Division\n\n"
    "CS> 2. Her WIPO Account username;\n\n"
    "xx-ghopper\n\n"
    "CS> 3. The e-mail address used when the WIPO Account was created.\n\n"
    "grace.hopper@ipo.example\n\n"
    "CS> Best regards,\n"
    "CS> CWS Secretariat\n\n"
    "-- \nBest regards,\n John Doe, International Cooperation\n National Patent Office\n"
)


def test_the_bat_initials_quote_with_answers_ru() -> None:
    parsed = _parse(
        _BAT_RU,
        subject="Re: C. CWS 175: недостающие сведения о кандидате",
        sender="Мерген Ходжаев <m.hojayev@tmpatent.example>",
    )
    assert parsed.kind == "nomination"
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    assert (nominee.title, nominee.last_name, nominee.first_name) == (
        "Mrs",
        "Бердыева",
        "Гульшат Батыровна",
    )
    assert nominee.position == "ведущий специалист отдела патентной информации"
    assert nominee.username == "tm-gberdyyeva"
    assert nominee.account_email == "g.berdyyeva@tmpatent.example"
    assert nominee.task_forces == ("Legal Status Task Force",)


def test_the_bat_initials_quote_with_answers_en() -> None:
    parsed = _parse(
        _BAT_EN,
        subject="Re: C. CWS 175: missing details",
        sender="John Doe <john.doe@ipo.example>",
    )
    assert parsed.kind == "nomination"
    assert len(parsed.nominees) == 1
    nominee = parsed.nominees[0]
    assert (nominee.last_name, nominee.first_name) == ("Hopper", "Grace")
    assert nominee.position == "Senior Examiner, Patent Information Division"
    assert nominee.username == "xx-ghopper"
    assert nominee.account_email == "grace.hopper@ipo.example"
    assert nominee.task_forces == ("XML4IP Task Force",)


def test_one_initials_line_is_no_quote() -> None:
    # A single "XY> ..." line is the sender's own text, not a quote.
    body = (
        "Dear Secretariat,\n\n"
        "We nominate Mr Peter Olsen, Engineer, to the XML4IP Task Force.\n"
        "WIPO Account username: xx-polsen; e-mail: peter.olsen@ipo.example\n\n"
        "Best regards,\nNational Patent Office\n"
    )
    parsed = _parse(body.replace("We nominate", "NB> We nominate"))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Olsen", "xx-polsen")]


# --- Inline OpenPGP clear-signed text ------------------------------------------------------

_SIGNATURE_BLOCK = (
    "-----BEGIN PGP SIGNATURE-----\n\n"
    "iQEzBAEBCAAdFiEEejyR4lsE2PFsKg6XPVG4pPLGGeAFAmUeZQAACgkQPVG4pPLG\n"
    "GeBZ3kt+/KA2i0JpO1aTEos9rU0q7ll67+b+YrmOIJ/h66Yd/CXBArZRuwbfKdLb\n"
    "=Z3kt\n"
    "-----END PGP SIGNATURE-----\n"
)
_PGP = {
    "en": (
        "Dear colleagues,\n\n"
        "In reply to Circular C. CWS 175, the National Patent Office nominates:\n\n"
        "- - Ms Guðrún Þórðardóttir\n"
        "  Head of Division, Patents and Designs\n"
        "  Task Forces: Sequence Listings Task Force, Legal Status Task Force\n"
        "  WIPO Account username: is-gthordardottir\n"
        "  E-mail used for the account: gudrun.thordardottir@ipo.example\n\n"
        "- - Mr Ólafur Björnsson\n"
        "  Senior Specialist, IT and Digital Services\n"
        "  Task Force: XML4IP Task Force\n"
        "  WIPO Account username: is-objornsson\n"
        "  E-mail used for the account: olafur.bjornsson@ipo.example\n\n"
        "Best regards,\nSigríður\n\n"
        "- -- \nSigríður Jónsdóttir\nLegal Adviser\nNational Patent Office\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "En réponse à la circulaire C. CWS 175, l'Office national des brevets désigne :\n\n"
        "- - Mme Claire Martin\n"
        "  Cheffe de la division des brevets\n"
        "  Équipe d'experts : XML4IP\n"
        "  Nom d'utilisateur : xx-cmartin\n"
        "  Courriel du compte : claire.martin@ipo.example\n\n"
        "- - M. Paul Durand\n"
        "  Ingénieur informaticien\n"
        "  Équipe d'experts : API\n"
        "  Nom d'utilisateur : xx-pdurand\n"
        "  Courriel du compte : paul.durand@ipo.example\n\n"
        "Cordialement,\n\n"
        "- -- \nJeanne Roux\nConseillère juridique\nOffice national des brevets\n"
    ),
}
_PGP_PEOPLE = {
    "en": [
        (
            "Ms",
            "Þórðardóttir",
            "Guðrún",
            "Head of Division, Patents and Designs",
            "is-gthordardottir",
            ("Sequence Listings Task Force", "Legal Status Task Force"),
        ),
        (
            "Mr",
            "Björnsson",
            "Ólafur",
            "Senior Specialist, IT and Digital Services",
            "is-objornsson",
            ("XML4IP Task Force",),
        ),
    ],
    "fr": [
        (
            "Mrs",
            "Martin",
            "Claire",
            "Cheffe de la division des brevets",
            "xx-cmartin",
            ("XML4IP Task Force",),
        ),
        ("Mr", "Durand", "Paul", "Ingénieur informaticien", "xx-pdurand", ("API Task Force",)),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_clearsigned_text_is_read_unescaped(lang: str) -> None:
    body = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n" + _PGP[lang] + _SIGNATURE_BLOCK
    parsed = _parse(body)
    assert parsed.kind == "nomination"
    got = [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.task_forces)
        for n in parsed.nominees
    ]
    assert got == _PGP_PEOPLE[lang]
    assert "PGP" not in parsed.new_text
    assert "- -" not in parsed.new_text


def test_dashes_without_the_armour_stay() -> None:
    # "- - " lines in a letter that is not clear-signed are not unescaped.
    body = _PGP["en"]
    assert body.replace("- - ", "- ") != body
    parsed = _parse(body)
    assert "- - Ms" in parsed.new_text


# --- A standard's number naming a survey ---------------------------------------------------

_SURVEY = {
    "en": (
        "Dear Secretariat,\n\n"
        "In reply to Circular C. CWS 175, our Office nominates:\n\n"
        "1. Ms Anna Jansen, Senior Examiner, to the API Task Force. WIPO Account username:"
        " xx-ajansen; e-mail: anna.jansen@ipo.example.\n"
        "2. Mr Peter Olsen, Engineer, to the XML4IP Task Force. WIPO Account username:"
        " xx-polsen; e-mail: peter.olsen@ipo.example.\n\n"
        "Regarding the ST.27 survey of Circular C. CWS 176 below, we will reply separately.\n\n"
        "Best regards,\nJohn Smith\nNational Patent Office\n"
    ),
    "zh": (
        "尊敬的秘书处：\n\n我局推荐以下两位同志参加工作队：\n\n"
        "1. 韩冰（女士），数据资源处 副处长，拟参加API工作队。"
        "WIPO账户用户名：xx-hanbing；注册邮箱：hanbing@ipo.example。\n"
        "2. 许文杰（先生），文献标准处 工程师，拟参加XML4IP工作队。"
        "WIPO账户用户名：xx-xuwenjie；注册邮箱：xuwenjie@ipo.example。\n\n"
        "关于C. CWS 176号通函的ST.27调查问卷，我局将另行填报。\n\n张明\n国家知识产权局\n"
    ),
    "es": (
        "Estimados señores:\n\n"
        "En respuesta a la circular C. CWS 175, la Oficina designa:\n\n"
        "1. Sra. Ana Jansen, Examinadora, para el Equipo Técnico sobre API. Usuario:"
        " xx-ajansen; correo: anna.jansen@ipo.example.\n"
        "2. Sr. Pedro Olsen, Ingeniero, para el Equipo Técnico XML4IP. Usuario:"
        " xx-polsen; correo: peter.olsen@ipo.example.\n\n"
        "En cuanto a la encuesta sobre la norma ST.27 (C. CWS 176), responderemos por"
        " separado.\n\n"
        "Atentamente,\nJuan Pérez\nOficina Nacional de Patentes\n"
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh", "es"])
def test_standard_named_by_its_survey_is_no_task_force(lang: str) -> None:
    parsed = _parse(_SURVEY[lang])
    assert [n.task_forces for n in parsed.nominees] == [
        ("API Task Force",),
        ("XML4IP Task Force",),
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("He will also join the ST.27 Task Force.", "en"),
        ("He will also take part in the work on ST.27.", "en"),
        ("许文杰同志同时参加ST.27工作队。", "zh"),
    ],
)
def test_standard_task_force_still_read(sentence: str, lang: str) -> None:
    text = _SURVEY[lang]
    old = (
        "Regarding the ST.27 survey of Circular C. CWS 176 below, we will reply separately."
        if lang == "en"
        else "关于C. CWS 176号通函的ST.27调查问卷，我局将另行填报。"
    )
    parsed = _parse(text.replace(old, sentence))
    assert "Legal Status Task Force" in parsed.nominees[1].task_forces
