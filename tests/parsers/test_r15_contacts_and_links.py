"""Whose name and address a clerk takes when they are not written beside the rest:

- a subject that names the nominee ("Nomination of Ms X to the API Task Force") above a body
  that gives only the account and names nobody: the subject's person is the nominee (a body
  naming someone keeps its own person);
- a mailto link whose shown text differs from its target: the address shown is the one the
  sender typed, and the difference is pointed out; a link shown as "click here" gives its
  target;
- "Contact person: Mr X (x@office.example)" after other text on the same line: the person to
  write to about the letter, neither a nominee nor the nominee's address.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"
SEQL = "Sequence Listings Task Force"
XML = "XML4IP Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.first_name, n.last_name, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


def html_mail(html: str, plain: str | None = None, subject: str = "C. CWS 175") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Oct 2023 09:30:00 +0000"
    if plain is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(plain)
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


# -- the subject names the nominee, the body only the account ---------------------------

SUBJECT_CASES = [
    (
        "C. CWS 175 - Nomination of Ms Ana Ruiz to the API Task Force",
        "Dear Secretariat,\n\nPlease find below the details for our nominee:\n\n"
        "WIPO username: es-aruiz\nE-mail: ana.ruiz@office.example\n\nKind regards\n"
        "John Smith\nSpanish Patent and Trademark Office\n",
        ("Ms", "Ana", "Ruiz", "es-aruiz", "ana.ruiz@office.example", (API,)),
    ),
    (
        "C. CWS 175 – Désignation de Mme Awa DIALLO à l'équipe d'experts ST.26",
        "Bonjour,\n\nVoici les informations demandées :\n\nNom d'utilisateur OMPI : sn-adiallo\n"
        "Adresse mail du compte : awa.diallo@office.example\n\nCordialement\n\nDr Ibrahima SOW\n"
        "Directeur\n",
        ("Mrs", "Awa", "DIALLO", "sn-adiallo", "awa.diallo@office.example", (SEQL,)),
    ),
    (
        "C. CWS 175: designación de la Sra. María PÉREZ GÓMEZ al Equipo Técnico SEQL",
        "Estimados:\n\nLes envío los datos:\n\nUsuario: co-mperez\n"
        "Correo: maria.perez@office.example\n\nSaludos cordiales,\nJuan López\n",
        ("Mrs", "María", "PÉREZ GÓMEZ", "co-mperez", "maria.perez@office.example", (SEQL,)),
    ),
    (
        "C. CWS 175: кандидатура г-жи Ивановой Анны Сергеевны в Целевую группу по XML4IP",
        "Добрый день!\n\nНаправляем данные:\n\nИмя пользователя: ru-aivanova\n"
        "Электронная почта: a.ivanova@office.example\n\nС уважением,\nПетров П.П.\nРоспатент\n",
        ("Mrs", "Анна Сергеевна", "Иванова", "ru-aivanova", "a.ivanova@office.example", (XML,)),
    ),
    (
        "C.CWS 175推荐：沈佳怡（女士）参加API工作队",
        "您好，\n账户：cn-shenjiayi\n注册邮箱：shenjiayi@office.example\n\n谢谢！\n彭涛\n",
        ("Mrs", "佳怡", "沈", "cn-shenjiayi", "shenjiayi@office.example", (API,)),
    ),
    (
        "C. CWS 175 - ترشيح السيدة فاطمة الزهراني لفرقة العمل المعنية بواجهات API",
        "السادة الأفاضل،\n\nنرسل لكم البيانات:\n\nاسم المستخدم: sa-fzahrani\n"
        "البريد الإلكتروني: f.zahrani@office.example\n\nمع التحية،\nأحمد العلي\n",
        ("Mrs", "فاطمة", "الزهراني", "sa-fzahrani", "f.zahrani@office.example", (API,)),
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "want"), SUBJECT_CASES, ids=["en", "fr", "es", "ru", "zh", "ar"]
)
def test_the_subject_names_the_nominee_whose_account_the_body_gives(
    subject: str, body: str, want: tuple[object, ...]
) -> None:
    parsed = parse(make_mail(body, subject=subject))
    assert parsed.kind == "nomination"
    assert people(parsed) == [want]
    assert parsed.evidence["nominees[0].last_name"].source == "subject"
    assert parsed.evidence["nominees[0].username"].source == "body"


def test_a_reply_giving_her_username_under_the_subject_naming_her() -> None:
    parsed = parse(
        make_mail(
            "Dear Secretariat,\n\nHer WIPO username is es-aruiz.\n\nBest regards\nJohn Smith\n",
            subject="RE: C. CWS 175 - Nomination of Ms Ana Ruiz to the API Task Force",
        )
    )
    assert people(parsed) == [("Ms", "Ana", "Ruiz", "es-aruiz", None, (API,))]


def test_a_body_naming_another_person_keeps_its_own() -> None:
    body = (
        "Dear Secretariat,\n\nWe nominate Mr Paul Martin:\nWIPO username: es-pmartin\n"
        "E-mail: paul.martin@office.example\n\nKind regards\nJohn Smith\n"
    )
    parsed = parse(
        make_mail(body, subject="C. CWS 175 - Nomination of Ms Ana Ruiz to the API Task Force")
    )
    assert [(n.last_name, n.username) for n in parsed.nominees] == [("Martin", "es-pmartin")]


def test_a_subject_naming_someone_without_nominating_them_names_no_nominee() -> None:
    body = (
        "Dear Secretariat,\n\nWIPO username: es-aruiz\nE-mail: ana.ruiz@office.example\n\n"
        "Best\nJohn Smith\n"
    )
    parsed = parse(make_mail(body, subject="C. CWS 175 - Letter from Mr John Smith"))
    assert [(n.last_name, n.username) for n in parsed.nominees] == [(None, "es-aruiz")]


def test_two_accounts_under_a_subject_naming_one_person_stay_unnamed() -> None:
    body = (
        "Dear Secretariat,\n\nWIPO username: es-aruiz\nE-mail: ana.ruiz@office.example\n\n"
        "WIPO username: es-pgomez\nE-mail: pedro.gomez@office.example\n\nBest\nJohn Smith\n"
    )
    parsed = parse(
        make_mail(body, subject="C. CWS 175 - Nomination of Ms Ana Ruiz to the API Task Force")
    )
    assert all(n.last_name is None for n in parsed.nominees)


# -- a mailto link shown as one address and pointing to another -------------------------

_HTML_LEAD = (
    "<html><body><p>Dear Secretariat,</p><p>We nominate Mr John SMITH, Patent Examiner, to the "
    "API Task Force.</p><p>WIPO username: gb-jsmith<br>E-mail: "
)
_HTML_TAIL = "</p><p>Kind regards<br>Jane Roe<br>UK Intellectual Property Office</p></body></html>"


def _mismatch(parsed: ParsedEmail) -> list[str | None]:
    return [w.field for w in parsed.warnings if w.code == "account_email_link_mismatch"]


def test_html_link_shows_one_address_and_points_to_another() -> None:
    link = '<a href="mailto:jsmith@office.example">j.smith@office.example</a>'
    parsed = parse(html_mail(_HTML_LEAD + link + _HTML_TAIL))
    assert people(parsed) == [
        ("Mr", "John", "SMITH", "gb-jsmith", "j.smith@office.example", (API,))
    ]
    assert _mismatch(parsed) == ["nominees[0].account_email"]


def test_outlook_text_part_of_a_link_french() -> None:
    # Outlook writes a link as "shown<mailto:target>" in the text part it sends alongside.
    plain = (
        "Madame, Monsieur,\n\nNous désignons M. Jean DUPONT à l'équipe d'experts API.\n\n"
        "Nom d'utilisateur : fr-jdupont\n"
        "Courriel : jean.dupont@office.example<mailto:jdupont@office.example>\n\n"
        "Cordialement\nINPI\n"
    )
    html = (
        "<p>Madame, Monsieur,</p><p>Nous désignons M. Jean DUPONT à l'équipe d'experts API.</p>"
        "<p>Nom d'utilisateur : fr-jdupont<br>Courriel : "
        '<a href="mailto:jdupont@office.example">jean.dupont@office.example</a></p>'
        "<p>Cordialement<br>INPI</p>"
    )
    parsed = parse(html_mail(html, plain))
    assert [n.account_email for n in parsed.nominees] == ["jean.dupont@office.example"]
    assert _mismatch(parsed) == ["nominees[0].account_email"]


def test_link_in_an_html_table_cell_spanish() -> None:
    html = (
        "<p>Estimados:</p><p>Designamos a las siguientes personas:</p><table>"
        "<tr><td>Nombre</td><td>Usuario</td><td>Correo</td><td>Equipo Técnico</td></tr>"
        "<tr><td>Sra. María PÉREZ</td><td>co-mperez</td>"
        '<td><a href="mailto:mperez@office.example">maria.perez@office.example</a></td>'
        "<td>API</td></tr>"
        "<tr><td>Sr. Juan LÓPEZ</td><td>co-jlopez</td>"
        '<td><a href="mailto:juan.lopez@office.example">juan.lopez@office.example</a></td>'
        "<td>API</td></tr></table><p>Saludos</p>"
    )
    parsed = parse(html_mail(html))
    assert [n.account_email for n in parsed.nominees] == [
        "maria.perez@office.example",
        "juan.lopez@office.example",
    ]
    assert _mismatch(parsed) == ["nominees[0].account_email"]


@pytest.mark.parametrize("shown", ["click here", "cliquez ici", "John Smith"])
def test_a_link_shown_as_words_gives_its_target(shown: str) -> None:
    link = f'<a href="mailto:jsmith@office.example?subject=CWS">{shown}</a>'
    parsed = parse(html_mail(_HTML_LEAD + link + _HTML_TAIL))
    assert [n.account_email for n in parsed.nominees] == ["jsmith@office.example"]
    assert _mismatch(parsed) == []


def test_a_link_shown_as_its_own_address_is_no_mismatch() -> None:
    link = '<a href="mailto:J.Smith@office.example">j.smith@office.example</a>'
    parsed = parse(html_mail(_HTML_LEAD + link + _HTML_TAIL))
    assert [n.account_email for n in parsed.nominees] == ["j.smith@office.example"]
    assert _mismatch(parsed) == []


def test_the_signers_linked_name_gives_the_nominee_nothing() -> None:
    html = (
        "<p>Dear Secretariat,</p><p>We nominate Mr John SMITH, Patent Examiner, to the API Task "
        "Force. His WIPO username is gb-jsmith.</p><p>Kind regards<br>"
        '<a href="mailto:jane.roe@office.example">Jane Roe</a><br>UK IPO</p>'
    )
    parsed = parse(html_mail(html))
    assert people(parsed) == [("Mr", "John", "SMITH", "gb-jsmith", None, (API,))]


def test_a_link_pointing_elsewhere_than_an_address_not_taken_is_no_warning() -> None:
    html = (
        "<p>Dear Secretariat,</p><p>We nominate Mr John SMITH to the API Task Force.</p>"
        "<p>WIPO username: gb-jsmith<br>E-mail: john.smith@office.example</p>"
        '<p>Questions: <a href="mailto:desk@office.example">help.desk@office.example</a></p>'
    )
    parsed = parse(html_mail(html))
    assert [n.account_email for n in parsed.nominees] == ["john.smith@office.example"]
    assert _mismatch(parsed) == []


# -- "Contact person: ..." after other text on the line ---------------------------------

CONTACT_CASES = [
    (
        "Dear Secretariat,\n\nWe nominate Ms Jane DOE, Senior Examiner, to the API Task Force, "
        "username au-jdoe; contact person: Mr Peter Brown (p.brown@office.example).\n\n"
        "Kind regards\nIP Australia\n",
        ("Ms", "Jane", "DOE", "au-jdoe", None, (API,)),
    ),
    (
        "Madame, Monsieur,\n\nNous désignons Mme Awa DIALLO, examinatrice, à l'équipe d'experts "
        "API (nom d'utilisateur : sn-adiallo) ; personne de contact : M. Paul MARTIN, "
        "p.martin@office.example.\n\nCordialement\nOAPI\n",
        ("Mrs", "Awa", "DIALLO", "sn-adiallo", None, (API,)),
    ),
    (
        "Estimados:\n\nDesignamos a la Sra. María PÉREZ, examinadora, al Equipo Técnico API, "
        "usuario co-mperez, persona de contacto: Sr. Juan LÓPEZ (j.lopez@office.example).\n\n"
        "Saludos\nSIC\n",
        ("Mrs", "María", "PÉREZ", "co-mperez", None, (API,)),
    ),
    (
        "Уважаемые коллеги!\n\nНаправляем кандидатуру г-жи Ивановой Анны Сергеевны (главный "
        "специалист, логин ru-aivanova) в Целевую группу по API, контактное лицо: г-н Петров "
        "П.П., p.petrov@office.example.\n\nС уважением,\nРоспатент\n",
        ("Mrs", "Анна Сергеевна", "Иванова", "ru-aivanova", None, (API,)),
    ),
    (
        "您好，\n\n我局推荐沈佳怡女士（工程师，用户名cn-shenjiayi）参加API工作队，"
        "联系人：彭涛（pengtao@office.example）。\n\n国家知识产权局\n",
        ("Mrs", "佳怡", "沈", "cn-shenjiayi", None, (API,)),
    ),
    (
        "السادة الأفاضل،\n\nنرشح السيدة فاطمة الزهراني، فاحصة براءات، لفرقة العمل المعنية "
        "بواجهات API، اسم المستخدم sa-fzahrani، جهة الاتصال: السيد أحمد العلي "
        "(a.ali@office.example).\n\nمع التحية،\nالهيئة السعودية للملكية الفكرية\n",
        ("Mrs", "فاطمة", "الزهراني", "sa-fzahrani", None, (API,)),
    ),
]


@pytest.mark.parametrize(("body", "want"), CONTACT_CASES, ids=["en", "fr", "es", "ru", "zh", "ar"])
def test_a_contact_named_mid_line_is_no_nominee(body: str, want: tuple[object, ...]) -> None:
    parsed = parse(make_mail(body))
    assert parsed.kind == "nomination"
    assert people(parsed) == [want]


def test_a_contact_after_a_full_stop_on_the_nominees_line() -> None:
    body = (
        "Dear Secretariat,\n\nWe nominate Ms Jane DOE (jane.doe@office.example) to the API Task "
        "Force, WIPO username au-jdoe. Contact person: Mr Peter Brown (p.brown@office.example)."
        "\n\nKind regards\nIP Australia\n"
    )
    assert people(parse(make_mail(body))) == [
        ("Ms", "Jane", "DOE", "au-jdoe", "jane.doe@office.example", (API,))
    ]


def test_the_nominee_said_to_be_the_contact_stays_nominated() -> None:
    body = (
        "Dear Secretariat,\n\nWe nominate Mr Peter Brown, our contact person, to the API Task "
        "Force (WIPO username au-pbrown, e-mail p.brown@office.example).\n\nKind regards\n"
        "IP Australia\n"
    )
    assert people(parse(make_mail(body))) == [
        ("Mr", "Peter", "Brown", "au-pbrown", "p.brown@office.example", (API,))
    ]


def test_a_contact_label_that_also_nominates_keeps_its_person() -> None:
    body = (
        "Dear Secretariat,\n\nFor the API Task Force, nominee and contact person: Mr Peter Brown "
        "(WIPO username au-pbrown).\n\nKind regards\nIP Australia\n"
    )
    assert [(n.last_name, n.username) for n in parse(make_mail(body)).nominees] == [
        ("Brown", "au-pbrown")
    ]
