"""A numbered list of nominees, each name on its numbered line and the details on indented
lines under it: a post wrapped onto a second line, an account written "username (e-mail
ADDRESS)", and the office named before a country set off by commas."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.prose_offices import prose_office
from tests.parsers.mailmaker import catalog, make_mail

_LIST = (
    "Dear Sir or Madam,\n\nWith reference to circular C. CWS 175, the Patent Office of "
    "Ruritania hereby nominates:\n\n"
    "1.  Mr. Jan NOVAK\n"
    "    Head of the Patent Documentation and Information Services Department, Section\n"
    "    of Search Tools\n"
    "    WIPO Account: xx-jnovak (e-mail jan.novak@office.example)\n"
    "    Task Force: API Task Force\n\n"
    "2.  Ms. Eva SVOBODA\n"
    "    Examiner\n"
    "    Compte OMPI : xx-esvoboda (courriel eva.svoboda@office.example)\n"
    "    Task Force: Blockchain Task Force\n\n"
    "Yours faithfully,\nKarel Dvorak\n"
)


def test_numbered_blocks_with_a_wrapped_post() -> None:
    parsed = parse_email(make_mail(_LIST), catalog=catalog())
    first, second = parsed.nominees
    assert first.last_name == "NOVAK"
    assert first.position == (
        "Head of the Patent Documentation and Information Services Department, Section "
        "of Search Tools"
    )
    assert (first.username, first.account_email) == ("xx-jnovak", "jan.novak@office.example")
    assert first.task_forces == ("API Task Force",)
    assert second.position == "Examiner"
    assert (second.username, second.account_email) == (
        "xx-esvoboda",
        "eva.svoboda@office.example",
    )
    assert second.task_forces == ("Blockchain Task Force",)


def test_a_short_post_line_does_not_take_the_line_below() -> None:
    body = _LIST.replace("    Examiner\n", "    Examiner\n    Trade marks\n")
    parsed = parse_email(make_mail(body), catalog=catalog())
    assert parsed.nominees[-1].position != "Examiner Trade marks"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Further to circular C. CWS 175, the Office of the Registrar General of Patents "
            "and Trade Marks (RGPTM), Mexico, hereby nominates Ms Ana Ruiz.",
            "Office of the Registrar General of Patents and Trade Marks (RGPTM)",
        ),
        (
            "Suite à la circulaire C. CWS 175, l'Institut national de la propriété "
            "industrielle (INPI), France, désigne Mme Claire Dubois.",
            "Institut national de la propriété industrielle (INPI)",
        ),
        # An office named by its country's name is no country set off after it.
        (
            "With reference to circular C. CWS 175, the Director General, Japan Patent "
            "Office, hereby nominates Mr Taro Yamada.",
            "Japan Patent Office",
        ),
    ],
)
def test_the_office_before_a_country_set_off_by_commas(text: str, office: str) -> None:
    found = prose_office(text)
    assert found is not None
    assert found.value == office
