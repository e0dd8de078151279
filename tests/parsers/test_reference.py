"""Finding and canonicalising the circular an email cites."""

from __future__ import annotations

import pytest

from parsers.reference import find_reference


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("C. CWS 175", "C. CWS 175"),
        ("Re: C.CWS 175 nomination", "C. CWS 175"),
        ("C.CWS.175", "C. CWS 175"),
        ("Ref: CWS175", "C. CWS 175"),
        ("Ref.: CWS/175", "C. CWS 175"),
        ("C. CWS/175", "C. CWS 175"),
        ("C/CWS/175", "C. CWS 175"),
        ("in reply to circular 175 of 21 September", "C. CWS 175"),
        ("Circular No. 175", "C. CWS 175"),
        ("circulaire C. CWS 175", "C. CWS 175"),
        ("circular C. CWS 175", "C. CWS 175"),
        ("циркуляр C. CWS 175", "C. CWS 175"),
        ("циркуляр № 175", "C. CWS 175"),
        ("通函C. CWS 175", "C. CWS 175"),
        ("根据C.CWS 175号通函", "C. CWS 175"),
        ("通函第175号", "C. CWS 175"),
        ("التعميم C. CWS 175", "C. CWS 175"),
        ("التعميم رقم 175", "C. CWS 175"),
        ("the annex C. CWS 170", "C. CWS 170"),
        ("Ref: C. CWS 175/2023", "C. CWS 175"),
        ("further to C. CWS 160", "C. CWS 160"),
        ("C. CWS 160 and C. CWS 175", "C. CWS 175"),
    ],
)
def test_found_and_canonical(text: str, canonical: str) -> None:
    found = find_reference(text)
    assert found is not None
    assert found.canonical == canonical
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "see document CWS/11/3",
        "the CWS/10 session",
        "write to cws.mail@wipo.int",
        "CWS Task Forces",
        "",
    ],
)
def test_not_a_reference(text: str) -> None:
    assert find_reference(text) is None
