"""Normalisers: addresses, titles, usernames, whitespace."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import normalize
from parsers.normalize import clean_value, normalize_address, normalize_title, normalize_username


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("jane.doe@uspto.example", "jane.doe@uspto.example"),
        ("Jane.Doe@USPTO.Example", "jane.doe@uspto.example"),
        ("mailto:jane.doe@uspto.example", "jane.doe@uspto.example"),
        ("<mailto:Jane.Doe@office.example>", "jane.doe@office.example"),
        ("jane.doe[at]office.example", "jane.doe@office.example"),
        ("jane.doe (at) office (dot) example", "jane.doe@office.example"),
        ("jane.doe at office.example", "jane.doe@office.example"),
        ("jane.doe＠office.example", "jane.doe@office.example"),
        ("  **j.dupont@inpi.example** ;", "j.dupont@inpi.example"),
        ("ivanov@rupto.example.", "ivanov@rupto.example"),
        ("not an address", None),
        ("jane.doe@", None),
        ("", None),
        ("@office.example", None),
    ],
)
def test_normalize_address(raw: str, expected: str | None) -> None:
    assert normalize_address(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mr.", "Mr"),
        ("Mr", "Mr"),
        ("Mister", "Mr"),
        ("M.", "Mr"),
        ("Monsieur", "Mr"),
        ("Sr.", "Mr"),
        ("Señor", "Mr"),
        ("г-н", "Mr"),
        ("Г-Н.", "Mr"),
        ("господин", "Mr"),
        ("先生", "Mr"),
        ("السيد", "Mr"),
        ("Mrs.", "Mrs"),
        ("Mme", "Mrs"),
        ("Madame", "Mrs"),
        ("Sra.", "Mrs"),
        ("Señora", "Mrs"),
        ("г-жа", "Mrs"),
        ("госпожа", "Mrs"),
        ("女士", "Mrs"),
        ("السيدة", "Mrs"),
        ("Ms.", "Ms"),
        ("Ms", "Ms"),
        ("Miss", "Ms"),
        ("Mlle", "Ms"),
        ("Srta.", "Ms"),
        ("Dr.", None),
        ("Prof.", None),
        ("Dr. / Ms.", "Ms"),
        ("Mrs/Ms", "Mrs"),
        ("", None),
        ("Director", None),
    ],
)
def test_normalize_title(raw: str, expected: str | None) -> None:
    assert normalize_title(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("us-jdoe", "us-jdoe"),
        ("  US-JDoe  ", "US-JDoe"),
        ("'fr-jdupont'.", "fr-jdupont"),
        ("**ru-iivanov**", "ru-iivanov"),
        ("«cn-wangwei»", "cn-wangwei"),
    ],
)
def test_normalize_username_keeps_case_and_trims(raw: str, expected: str) -> None:
    assert normalize_username(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Senior\u00a0Examiner \u200b ", "Senior Examiner"),
        ("Rospatent (RU)", "Rospatent (RU)"),
        ("Rospatent (RU", "Rospatent (RU"),
        ("(Roma)", "Roma"),
        ("Федеральная служба (Роспатент))", "Федеральная служба (Роспатент)"),
        ("*Jane*", "Jane"),
    ],
)
def test_clean_value(raw: str, expected: str) -> None:
    assert clean_value(raw) == expected


# Value characters, everything _EDGE and _PAIRS strip, and whitespace of several kinds.
_VALUES = st.text(
    alphabet=st.sampled_from(list("aZé1 @.-*_\"'«»“”‘’`:;,|=()[]{}<>（）\t\n\u00a0\u200b")),
    max_size=30,
)


@settings(max_examples=3000, deadline=None)
@given(_VALUES)
def test_clean_values_skip_the_trimming_loop_unchanged(raw: str) -> None:
    collapsed = normalize.collapse_ws(raw)[: normalize._MAX_VALUE_CHARS]
    assert clean_value(raw) == normalize._trim_edges(collapsed)


def test_a_value_cut_at_the_limit_loses_its_trailing_space() -> None:
    raw = "x" * (normalize._MAX_VALUE_CHARS - 1) + " yz"
    assert clean_value(raw) == "x" * (normalize._MAX_VALUE_CHARS - 1)
