"""An annex pasted from a PDF gives each nominee's labels first, one a line, and then the
answers, one a line; an answer left blank leaves no line, so the answers are matched to the
labels by what they hold (an address, a username, a task force, a titled name). A form's
labels listed with no answers, and ordinary label-then-value lines, are read as before."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


_EN_LABELS = """Name of Office or Organization
Task Force(s)
Last name, First name (Mrs./Ms./Mr.)
Position held in the Office
WIPO User Center username
E-mail address used to create the WIPO Account
"""


def test_two_blocks_in_english_the_second_without_its_username() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, our form below was copied from the PDF,"
        " so the answers come after the questions. Ms Lee has no username yet.\n\n"
        f"Representative 1\n{_EN_LABELS}National Intellectual Property Office\n"
        "API Task Force\nKIM, Minjun (Mr.)\nSenior Examiner\nxx-mkim\nm.kim@office.example\n"
        f"Representative 2\n{_EN_LABELS}National Intellectual Property Office\n"
        "XML4IP Task Force\nLEE, Seo-yeon (Ms.)\nIT Specialist\ns.lee@office.example\n\n"
        "Kind regards,\nJane Doe\n"
    )
    parsed = parse(body)
    assert parsed.kind.value == "nomination"
    assert parsed.office == "National Intellectual Property Office"
    assert people(parsed) == [
        (
            "Mr",
            "KIM",
            "Minjun",
            "Senior Examiner",
            "xx-mkim",
            "m.kim@office.example",
            ("API Task Force",),
        ),
        (
            "Ms",
            "LEE",
            "Seo-yeon",
            "IT Specialist",
            None,
            "s.lee@office.example",
            ("XML4IP Task Force",),
        ),
    ]


def test_french_block_without_its_post_and_an_office_answer_that_reads_like_a_label() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, voici le formulaire (copié du "
        "PDF) :\n\nNom de l'Office ou de l'organisation\nÉquipe(s) d'experts\n"
        "Nom, prénom (Mme/M.)\nFonction occupée au sein de l'Office\n"
        "Nom d'utilisateur du Centre des utilisateurs de l'OMPI\n"
        "Adresse électronique utilisée pour créer le compte OMPI\n"
        "Office national de la propriété industrielle\n"
        "Équipe d'experts chargée du listage des séquences\nDIALLO, Awa (Mme)\nxx-adiallo\n"
        "a.diallo@office.example\n\nCordialement,\nJean Dupont\n"
    )
    parsed = parse(body)
    assert parsed.office == "Office national de la propriété industrielle"
    assert people(parsed) == [
        (
            "Mrs",
            "DIALLO",
            "Awa",
            None,
            "xx-adiallo",
            "a.diallo@office.example",
            ("Sequence Listings Task Force",),
        ),
    ]


def test_russian_block_without_its_username() -> None:
    body = (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем данные формы"
        " (скопированы из PDF):\n\nНаименование ведомства или организации\n"
        "Целевая(ые) группа(ы)\nФамилия, имя (г-жа/г-н)\nЗанимаемая должность\n"
        "Имя пользователя в Центре пользователей ВОИС\n"
        "Адрес электронной почты, использованный для создания учетной записи ВОИС\n"
        "Федеральная служба по интеллектуальной собственности\nЦелевая группа по XML4IP\n"
        "ИВАНОВА Мария (г-жа)\nГлавный специалист\nm.ivanova@office.example\n\n"
        "С уважением,\nПётр Петров\n"
    )
    parsed = parse(body)
    assert people(parsed) == [
        (
            "Mrs",
            "ИВАНОВА",
            "Мария",
            "Главный специалист",
            None,
            "m.ivanova@office.example",
            ("XML4IP Task Force",),
        ),
    ]


def test_labels_listed_with_no_answers_give_nobody() -> None:
    body = (
        "Dear Secretariat,\n\nWe will send the form later. It asks for:\n"
        "Name of Office or Organization\nTask Force(s)\nPosition held in the Office\n"
        "WIPO User Center username\nWe are still collecting these details from our "
        "colleagues.\n\nKind regards,\nJane Doe\n"
    )
    parsed = parse(body)
    assert parsed.nominees == ()
    assert parsed.kind.value != "nomination"


def test_each_label_over_its_own_value_is_read_as_before() -> None:
    body = (
        "Dear Secretariat,\n\nC. CWS 175 nomination:\n\nName\nMs Jane DOE\nPosition\n"
        "Head of Division\nUsername\nxx-jdoe\nE-mail\nj.doe@office.example\nTask Force\n"
        "API Task Force\n\nRegards\n"
    )
    assert people(parse(body)) == [
        (
            "Ms",
            "DOE",
            "Jane",
            "Head of Division",
            "xx-jdoe",
            "j.doe@office.example",
            ("API Task Force",),
        ),
    ]
