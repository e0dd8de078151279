"""Prose details of a member confirmed beside a new nominee.

"Dr X, Assistant General Manager, Data and Standards, remains our representative": the
post has a comma inside it, the sentence's verb after it. "His WIPO Account is unchanged
(username au-x, ...)": the word after "is" says what the account is; the username is the
one in brackets, never a plain word of the sentence.
"""

from __future__ import annotations

import pytest

from parsers.drafts import inline_pairs
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse

MAILS = [
    (
        "en",
        "Dear Secretariat,\n\nIn response to circular C. CWS 175, the Canadian Intellectual\n"
        "Property Office advises that Ms Helen Tremblay, Director, Patent Information and\n"
        "Classification, remains our representative on the XML4IP Task Force. Her WIPO Account\n"
        "is unchanged (username ca-htremblay, created with helen.tremblay@cipo.example).\n\n"
        "In addition, the Office nominates Mr Raj Patel, Data Analyst, to the API Task Force.\n"
        "His WIPO Accounts username is ca-rpatel (raj.patel@cipo.example).\n\nRegards,\nAnn Lee\n",
        [
            ("Tremblay", "Director, Patent Information and Classification", "ca-htremblay"),
            ("Patel", "Data Analyst", "ca-rpatel"),
        ],
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Institut national de la\n"
        "propriété industrielle indique que M. Paul Girard, chef de service, Direction des\n"
        "brevets, reste membre de l'Équipe d'experts XML4IP. Son identifiant est valide\n"
        "(identifiant fr-pgirard, paul.girard@inpi.example).\n\n"
        "Par ailleurs, l'Institut désigne Mme Léa Bonnet, ingénieure, auprès de l'Équipe\n"
        "d'experts chargée de la norme ST.26 (identifiant fr-lbonnet, lea.bonnet@inpi.example).\n\n"
        "Cordialement,\nJean Roux\n",
        [
            ("Girard", "chef de service, Direction des brevets", "fr-pgirard"),
            ("Bonnet", "ingénieure", "fr-lbonnet"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), MAILS, ids=[c[0] for c in MAILS])
def test_member_confirmed_with_post_and_bracketed_username(
    name: str, body: str, expected: list[tuple[str, str, str]]
) -> None:
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.position, n.username) for n in parsed.nominees] == expected


def test_a_post_before_the_verb_stops_at_the_office() -> None:
    # The piece before the verb names the office: the post is the first piece alone.
    body = (
        "Dear Secretariat,\n\nWe confirm that Ms Ana Costa, Senior Examiner, IP Australia,\n"
        "remains a member of the XML4IP Task Force (username au-acosta).\n\nRegards,\nTom\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.position) for n in parsed.nominees] == [("Costa", "Senior Examiner")]


@pytest.mark.parametrize(
    ("text", "usernames"),
    [
        ("His WIPO Account is unchanged (username au-mchen).", ["au-mchen"]),
        ("Su usuario es igual que antes: usuario mx-jlopez.", ["mx-jlopez"]),
        # Said alone, what the account is gives no username at all.
        ("His WIPO Account is unchanged.", []),
        ("Son identifiant est valide.", []),
        # A plain username with nothing else in its sentence is still one.
        ("Her username is asmith.", ["asmith"]),
        # In another sentence, a plain word stays a candidate of its own sentence.
        ("Username au-x. His login is bsmith.", ["au-x", "bsmith"]),
    ],
)
def test_a_plain_word_is_no_username_beside_one_shaped_like_a_username(
    text: str, usernames: list[str]
) -> None:
    assert [v for f, v, _s, _e in inline_pairs(text) if f == "username"] == usernames
