"""Mail giving only its writer's own contact details in labelled lines, about something else
(a student's patent question, a request for a form), nominates nobody; the same details with
a circular, a task force, a username or a nominating verb still do, and so do another
person's."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

AR_SENDER = "Salem Alharbi <salem.harbi@mail.example>"
EN_SENDER = "Jane Doe <jane.doe@mail.example>"

QUESTIONS = {
    "ar": (
        "السلام عليكم\n\n"
        "انا طالب في كلية الهندسة وعندي اختراع جهاز لتنقية المياه. وجدت هذا العنوان في موقع "
        "الويبو. ارجو افادتي كيف اسجل براءة الاختراع دوليا وكم التكلفة؟\n\n"
        "بياناتي:\n"
        "الاسم: سالم عبده الحربي\n"
        "الجامعة: جامعة روريتانيا – كلية الهندسة\n"
        "البريد: salem.harbi@mail.example\n"
        "الهاتف: 00000000000175\n\n"
        "وشكرا جزيلا\n"
    ),
    "en": (
        "Hello,\n\n"
        "I am an engineering student and I found this address on the WIPO website. Could "
        "you tell me how to protect my invention abroad and what it costs? Can I apply "
        "online?\n\n"
        "My details:\n"
        "Name: Jane DOE\n"
        "University: University of Ruritania\n"
        "E-mail: jane.doe@mail.example\n"
        "Phone: +000 0000 0175\n\n"
        "Thank you\n"
    ),
    "fr": (
        "Bonjour,\n\n"
        "Je suis étudiant et j'ai trouvé cette adresse sur le site de l'OMPI. Comment "
        "puis-je breveter mon invention à l'étranger ?\n\n"
        "Mes coordonnées :\n"
        "Nom : Jean DUPONT\n"
        "Courriel : jean.dupont@mail.example\n"
        "Téléphone : +000 0000 0175\n\n"
        "Merci\n"
    ),
}
SENDERS = {
    "ar": AR_SENDER,
    "en": EN_SENDER,
    "fr": "Jean Dupont <jean.dupont@mail.example>",
}
SUBJECTS = {
    "ar": "استفسار عن تسجيل براءة اختراع",
    "en": "Question about patenting an invention",
    "fr": "Question sur le dépôt d'un brevet",
}


@pytest.mark.parametrize("lang", sorted(QUESTIONS))
def test_a_question_signed_with_the_writers_own_details_is_no_nomination(lang: str) -> None:
    raw = make_mail(QUESTIONS[lang], subject=SUBJECTS[lang], sender=SENDERS[lang])
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind == "other"
    assert parsed.nominees == ()


@pytest.mark.parametrize(
    ("lang", "body", "subject", "sender"),
    [
        # Another person's address: an office sending somebody's details.
        (
            "en",
            QUESTIONS["en"].replace("jane.doe@mail.example", "j.doe@office.example"),
            SUBJECTS["en"],
            "Registry <registry@office.example>",
        ),
        # The campaign's circular cited.
        ("en", QUESTIONS["en"], "C. CWS 175", EN_SENDER),
        # A task force asked for.
        (
            "ar",
            QUESTIONS["ar"].replace(
                "بياناتي:", "وأرغب في الانضمام إلى فرقة العمل المعنية بالتحول الرقمي.\nبياناتي:"
            ),
            SUBJECTS["ar"],
            AR_SENDER,
        ),
        # A WIPO Account username given.
        (
            "en",
            QUESTIONS["en"].replace("University:", "Username: rr-jdoe\nUniversity:"),
            SUBJECTS["en"],
            EN_SENDER,
        ),
    ],
)
def test_the_same_details_with_a_sign_of_the_campaign_still_nominate(
    lang: str, body: str, subject: str, sender: str
) -> None:
    parsed = parse_email(make_mail(body, subject=subject, sender=sender), catalog=catalog())
    assert parsed.kind == "nomination", lang
    assert len(parsed.nominees) == 1


def test_a_nominee_sending_her_own_details_for_the_circular_is_nominated() -> None:
    body = (
        "Dear Secretariat,\n\n"
        "Further to circular C. CWS 175, please find my details for the task force.\n\n"
        "Name: Jane DOE\nPosition: Examiner\nE-mail: jane.doe@mail.example\n"
        "Task Force: API Task Force\n"
    )
    parsed = parse_email(make_mail(body, sender=EN_SENDER), catalog=catalog())
    assert parsed.kind == "nomination"
    assert parsed.nominees[0].account_email == "jane.doe@mail.example"
