"""A form answered on its dotted leaders ("Name: ........ X ........", "Post: Y …………"): the
leaders are no part of the answer, a field of leaders only is left empty, and a salutation
in brackets after the name ("(Mr.)") is the title."""

from __future__ import annotations

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog())


_AR = """بالإشارة إلى التعميم C. CWS 175، نرسل لكم أدناه بيانات المرشحين:

المرشح الأول
1. Name of the corresponding Task Force: فرقة العمل المعنية بقوائم التسلسل (ST.26)
2. Last name, First name (Mr./Mrs./Ms.): ........ الطيب، عوض (Mr.) ........
3. Position in the Office: مسجل مساعد – إدارة البراءات …………………
4. WIPO User Center ID: sd-aeltayeb
5. E-mail address used when creating the WIPO User Center account: awad@office.example

المرشح الثاني
1. Name of the corresponding Task Force: فرقة العمل المعنية بالوضع القانوني (ST.27)
2. Last name, First name (Mr./Mrs./Ms.): ........ عثمان، سلمى (Mrs.) ........
3. Position in the Office: باحثة قانونية …………………
4. WIPO User Center ID: ……………………………………
5. E-mail address used when creating the WIPO User Center account: salma@office.example

وجزاكم الله خيراً
"""

_FR = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, veuillez trouver ci-dessous le formulaire rempli :

Nom : ............ DUPONT ............
Prénom : ............ Marie ............
Civilité (M./Mme) : Mme.
Fonction : Examinatrice principale...........
Nom d'utilisateur du compte OMPI : ..............................
Adresse électronique du compte OMPI : marie.dupont@office.example
Équipe d'experts : Équipe d'experts chargée de la situation juridique …

Cordialement,
Paul Martin
"""


def test_arabic_answers_on_dotted_leaders() -> None:
    parsed = _parse(_AR)
    got = [(n.title, n.last_name, n.first_name, n.position, n.username) for n in parsed.nominees]
    assert got == [
        ("Mr", "الطيب", "عوض", "مسجل مساعد – إدارة البراءات", "sd-aeltayeb"),
        ("Mrs", "عثمان", "سلمى", "باحثة قانونية", None),
    ]


def test_french_answers_on_dotted_leaders() -> None:
    parsed = _parse(_FR)
    [nominee] = parsed.nominees
    assert (nominee.title, nominee.last_name, nominee.first_name, nominee.position) == (
        "Mrs",
        "DUPONT",
        "Marie",
        "Examinatrice principale",
    )
    assert nominee.username is None
    assert list(nominee.task_forces) == ["Legal Status Task Force"]


def test_a_single_full_stop_stays() -> None:
    body = """Suite à la circulaire C. CWS 175 :

Nom : DUPONT
Prénom : Jean-Marc
Fonction : Chef de service adj.
Nom d'utilisateur du compte OMPI : fr-jdupont.
Équipe d'experts : API
"""
    [nominee] = _parse(body).nominees
    assert (nominee.position, nominee.username) == ("Chef de service adj.", "fr-jdupont")
