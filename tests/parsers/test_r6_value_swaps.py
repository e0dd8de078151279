"""A follow-up above the office's own quoted nomination that gives one value anew."""

from __future__ import annotations

from parsers.corrections import find_swaps
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_FRENCH = """Bonjour,

Petite modification à notre désignation ci-dessous : le compte fr-jdupont n'a pas pu être
créé (identifiant déjà pris), et M. Dupont utilise fr-jeandupont à la place.

Cordialement,
Sophie Lefèvre

Le 04/10/2023 à 10:12, Sophie Lefèvre a écrit :
> Madame, Monsieur,
>
> En réponse à la circulaire C. CWS 175, l'Office désigne :
>
> M. Jean DUPONT, ingénieur brevets
> Équipe d'experts : API
> Compte WIPO : fr-jdupont
> Courriel : jean.dupont@office.example
>
> Mme Claire MOREAU, examinatrice
> Équipe d'experts : XML4IP
> Compte WIPO : fr-cmoreau
> Courriel : claire.moreau@office.example
>
> Cordialement,
> Sophie Lefèvre
"""

_RUSSIAN = """Добрый день!

Логин kz-aivanov из нашего письма ниже больше не действует: г-н Иванов создал
учетную запись под логином kz-aivanov2. Остальные данные без изменений.

С уважением,
Мария Петрова

04.10.2023 10:12, Мария Петрова пишет:
> Уважаемые коллеги!
>
> В ответ на циркулярное письмо C. CWS 175 Ведомство назначает:
>
> г-н ИВАНОВ Алексей Петрович
> Должность: главный эксперт
> Целевая группа: XML4IP
> Логин ВОИС: kz-aivanov
> Электронная почта: a.ivanov@office.example
"""


def _sender(name: str) -> str:
    return f"{name} <contact.person@office.example>"


def test_french_follow_up_gives_the_quoted_nomination_with_the_new_username() -> None:
    got = people(parse(make_mail(_FRENCH, sender=_sender("Sophie Lefèvre"))))
    assert [(p["last_name"].upper(), p["username"], p["account_email"]) for p in got] == [
        ("DUPONT", "fr-jeandupont", "jean.dupont@office.example"),
        ("MOREAU", "fr-cmoreau", "claire.moreau@office.example"),
    ]


def test_russian_follow_up_gives_the_quoted_nominee_with_the_new_username() -> None:
    got = people(parse(make_mail(_RUSSIAN, sender=_sender("Мария Петрова"))))
    assert [(p["last_name"], p["username"], p["position"]) for p in got] == [
        ("ИВАНОВ", "kz-aivanov2", "главный эксперт")
    ]


def test_a_swap_needs_a_word_of_change_and_the_old_value_quoted() -> None:
    earlier = "Username: au-loconnor\nE-mail: liam.oconnor@office.example"
    # Another person's username beside the quoted one: nothing replaced.
    assert not find_swaps(
        "Please also add Ms Roe (au-jroe); Mr O'Connor (au-loconnor) stays.", earlier
    )
    # Neither value is the quoted one.
    assert not find_swaps("He now uses au-x1 instead, not au-x2.", earlier)
    # A word that looks like a username is none: "e-mail", "follow-up".
    assert not find_swaps(
        "In this follow-up the e-mail of au-loconnor is no longer valid.", earlier
    )
    swaps = find_swaps(
        "The address liam.oconnor@office.example is no longer valid; use l.oconnor@office.example.",
        earlier,
    )
    assert [(s.old, s.new) for s in swaps] == [
        ("liam.oconnor@office.example", "l.oconnor@office.example")
    ]


def test_a_new_nominee_in_a_follow_up_is_no_swap() -> None:
    body = """Dear Secretariat,

We would also like to nominate Ms Jane ROE (xx-jroe) to the API Task Force.

Regards,
John Smith

On 4/10/2023, John Smith wrote:
> The Office nominates Mr Rick DOE, Examiner, to the API Task Force.
> Username: xx-rdoe
> E-mail: rick.doe@office.example
"""
    got = people(parse(make_mail(body, sender=_sender("John Smith"))))
    assert [p["username"] for p in got] == ["xx-jroe"]
