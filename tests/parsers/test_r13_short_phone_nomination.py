"""A short nomination thumbed on a phone: the post in brackets after the name with the unit
it is in ("(Senior Registration Officer, IP Directorate)"), the account "made with" an
address, signed off "Thx" over a first name and the office's acronym, which the sender's
mail domain spells ("URSB" from ...@ursb.example)."""

from __future__ import annotations

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

EN = """\
Hi, pls register Ms Sarah Nakato NSUBUGA (Senior Registration Officer, IP Directorate) on \
the SEQL TF as per C.CWS 175. Her WIPO acct is ug-snsubuga, made with snsubuga@ursb.example. \
She has logged in to the wiki already.

Thx
Peter
URSB

Get Outlook for Android
"""

FR = """\
Bonjour, merci d'inscrire Mme Awa DIOP (Cheffe de bureau, Division des Brevets) à l'équipe \
d'experts XML4IP (C. CWS 175). Son compte OMPI est sn-adiop, créé avec l'adresse \
adiop@osp.example.

Rgds
Moussa
OSP
"""


@pytest.mark.parametrize(
    ("body", "sender", "office", "nominee"),
    [
        (
            EN,
            "Peter Ssemakula <pssemakula@ursb.example>",
            "URSB",
            (
                "Senior Registration Officer, IP Directorate",
                "ug-snsubuga",
                "snsubuga@ursb.example",
            ),
        ),
        (
            FR,
            "Moussa Ndiaye <m.ndiaye@osp.example>",
            "OSP",
            ("Cheffe de bureau, Division des Brevets", "sn-adiop", "adiop@osp.example"),
        ),
    ],
)
def test_short_phone_nomination(
    body: str, sender: str, office: str, nominee: tuple[str, str, str]
) -> None:
    parsed = parse_email(make_mail(body, sender=sender), catalog=catalog())
    assert parsed.kind == "nomination"
    assert parsed.office == office
    assert [(n.position, n.username, n.account_email) for n in parsed.nominees] == [nominee]


def test_acronym_the_sender_domain_does_not_spell_is_no_office() -> None:
    parsed = parse_email(
        make_mail(EN, sender="Peter Ssemakula <peter.s@mail.example>"), catalog=catalog()
    )
    assert parsed.office is None


@pytest.mark.parametrize(
    ("written", "position"),
    [
        # An office or a task force after the comma is none of the post.
        ("(Senior Examiner, Japan Patent Office)", "Senior Examiner"),
        ("(Senior Examiner, Legal Status Task Force)", "Senior Examiner"),
    ],
)
def test_bracket_piece_that_is_no_unit(written: str, position: str) -> None:
    body = (
        f"In reply to C. CWS 175 we nominate Ms Jane DOE {written} for the XML4IP Task Force. "
        "Her username is xx-jdoe.\n\nBest regards,\nOffice\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [n.position for n in parsed.nominees] == [position]


@pytest.mark.parametrize(
    "phrase",
    [
        "made with",
        "created with",
        "registered under",
    ],
)
def test_address_the_account_was_made_with(phrase: str) -> None:
    body = (
        "In reply to C. CWS 175 we nominate Ms Jane DOE, Examiner, for the XML4IP Task Force. "
        f"Her username is xx-jdoe, {phrase} jane.doe@office.example.\n\nBest regards,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [n.account_email for n in parsed.nominees] == ["jane.doe@office.example"]


def test_other_address_in_a_later_sentence_is_no_account() -> None:
    body = (
        "In reply to C. CWS 175 we nominate Ms Jane DOE, Examiner, for the XML4IP Task Force. "
        "Her username is xx-jdoe. Questions may go to help@office.example.\n\nBest regards,\n"
    )
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [n.account_email for n in parsed.nominees] == [None]


@pytest.mark.parametrize(
    "body",
    [
        "En respuesta a la circular C. CWS 175 designamos a la Sra. Ana GÓMEZ, Examinadora, "
        "para el Equipo Técnico XML4IP. Su usuario es xx-agomez, creado con "
        "ana.gomez@office.example.\n\nAtentamente,\n",
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу Анну Петрову, эксперта, в "
        "Целевую группу XML4IP. Её логин xx-apetrova, создан на "
        "ana.gomez@office.example.\n\nС уважением,\n",
    ],
)
def test_address_the_account_was_made_with_in_spanish_and_russian(body: str) -> None:
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert [n.account_email for n in parsed.nominees] == ["ana.gomez@office.example"]
