"""Speed-ups that must not change a match: first-letter look-aheads and noise pre-filters.

A look-ahead "(?=[...])" in front of an alternation lets the regex engine drop most
positions with one test; it is only correct if it admits the first character of every
alternative. The check below reads the pattern's parse tree, so a phrase added later
without its first letter fails here rather than silently never matching.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parsers import (
    cues,
    history_markers,
    language,
    phrases,
    replacements,
    signatures,
    taskforces,
    withdrawals,
)


def _first_chars(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """(characters a match can start with, whether the sequence can match empty)."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is sre.IN:
            for item_op, item_av in av:
                if item_op is sre.CATEGORY:
                    assert item_av is sre.CATEGORY_SPACE, f"class item {item_av}"
                    chars.update(" \t\n\u00a0")
                    continue
                assert item_op in (sre.LITERAL, sre.RANGE), f"class item {item_op}"
                low, high = (item_av, item_av) if item_op is sre.LITERAL else item_av
                chars.update(chr(c) for c in range(low, high + 1))
            return chars, False
        if op is sre.BRANCH:
            empty = False
            for alternative in av[1]:
                first, can_be_empty = _first_chars(list(alternative))
                chars |= first
                empty = empty or can_be_empty
            if not empty:
                return chars, False
        elif op is sre.SUBPATTERN:
            first, can_be_empty = _first_chars(list(av[3]))
            chars |= first
            if not can_be_empty:
                return chars, False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, item = av
            first, can_be_empty = _first_chars(list(item))
            chars |= first
            if low > 0 and not can_be_empty:
                return chars, False
        else:
            raise AssertionError(f"cannot tell the first character after {op}")
    return chars, True


def _alternatives(source: str, flags: int) -> list[list[tuple[object, object]]]:
    tree = list(sre_parse.parse(source, flags))
    if len(tree) == 1 and tree[0][0] is sre.BRANCH:
        return [list(alternative) for alternative in tree[0][1][1]]
    return [tree]


# (look-ahead, the alternation behind it, flags) of every guarded pattern.
GUARDED = {
    "OOO_SUBJECT": (cues.OOO_SUBJECT, cues._OOO_SUBJECT),
    "BOUNCE_SUBJECT": (cues.BOUNCE_SUBJECT, cues._BOUNCE_SUBJECT),
    "OOO_BODY": (cues.OOO_BODY, cues._OOO_BODY),
    "_NOMINEE_LABEL": (signatures._NOMINEE_LABEL, signatures._NOMINEE_LABELS),
    "_ATTRIBUTION_VERB": (history_markers._ATTRIBUTION_VERB, history_markers._ATTRIBUTION_VERBS),
    "_TASK": (taskforces._TASK, taskforces._TASK_NUMBER),
    "_VERB_RE": (phrases._VERB_RE, phrases.VERB),
    "_WITHDRAW_VERB_RE": (withdrawals._WITHDRAW_VERB_RE, withdrawals._WITHDRAW_VERB),
    "REPLACES": (replacements.REPLACES, replacements._REPLACE),
    "_LEAVES_ANYWHERE": (replacements._LEAVES_ANYWHERE, replacements._LEAVES),
}


def _look_ahead(pattern: re.Pattern[str], behind: str) -> re.Pattern[str]:
    for suffix in (f"(?:{behind})", behind):
        if pattern.pattern.endswith(suffix):
            return re.compile(pattern.pattern[: -len(suffix)], pattern.flags)
    raise AssertionError("not a look-ahead followed by the alternation")


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_look_ahead_admits_every_first_character(name: str) -> None:
    pattern, behind = GUARDED[name]
    _check(_look_ahead(pattern, behind), behind, pattern.flags)


def _check(look_ahead: re.Pattern[str], behind: str, flags: int) -> None:
    for alternative in _alternatives(behind, flags):
        first, can_be_empty = _first_chars(alternative)
        assert first
        assert not can_be_empty
        at_boundary = alternative[0] == (sre.AT, sre.AT_BOUNDARY)
        # Where the alternative can start: after a space when it asserts a word boundary.
        before = " " if at_boundary else ""
        missing = sorted(c for c in first if not look_ahead.match(before + c, len(before)))
        assert not missing, f"look-ahead misses {missing}"


def test_the_check_catches_a_missing_first_letter() -> None:
    with pytest.raises(AssertionError, match="misses"):
        _check(re.compile(r"(?=[ab])"), r"apple|banana|cherry", 0)
    with pytest.raises(AssertionError, match="misses"):
        _check(re.compile(r"(?=\b[a]|[c])"), r"\bapple|\bbanana", 0)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_pattern_finds_what_the_plain_alternation_finds(name: str) -> None:
    pattern, behind = GUARDED[name]
    plain = re.compile(behind, pattern.flags)

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(plain))
    def same(text: str) -> None:
        found, expected = pattern.search(text), plain.search(text)
        assert (found and found.span()) == (expected and expected.span())

    same()


@pytest.mark.parametrize(
    "line",
    [
        "On Mon, 2 Oct 2023, Jane <jane@uspto.example> wrote:",
        "Le lun. 2 oct. 2023, Jeanne a écrit :",
        "El lun, 2 oct 2023, Juan escribió:",
        "Am 02.10.2023 schrieb Hans Muster:",
        "Em seg., 2 de out. de 2023, Ana escreveu:",
        "02.10.2023 10:00, Иван пишет:",
        "Пн, 2 окт. 2023 г. в 10:00, Иван написал(а):",
        "在 2023年10月2日，王伟 写道：",
        "في الاثنين، 2 أكتوبر 2023، كتب أحمد <a@office.example>:",
        "Jane Doe <jane@uspto.example> WROTE:",
    ],
)
def test_every_attribution_holds_one_of_the_verbs(line: str) -> None:
    text = f"Thanks.\n\n{line}\n> earlier text\n"
    assert history_markers.ATTRIBUTION.search(text)
    assert history_markers._ATTRIBUTION_VERB.search(text)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.from_regex(history_markers.ATTRIBUTION))
def test_text_holding_an_attribution_holds_its_verb(text: str) -> None:
    assert history_markers._ATTRIBUTION_VERB.search(text)


# Pieces of addresses, links, usernames and codes, the noise marks, whitespace of several
# kinds and a few look-alikes (long s, Kelvin sign, Arabic-Indic digit).
_NOISY = st.lists(
    st.sampled_from(
        [
            "http",
            "https",
            "://",
            ":",
            "/",
            "www",
            ".",
            "WWW.",
            "@",
            "ab",
            "x",
            "-",
            "us-jdoe",
            "_",
            "%",
            "+",
            "|",
            "*",
            ">",
            "#",
            "=",
            "[",
            "]",
            "(",
            ")",
            "0",
            "9",
            "é",
            "ſ",
            "\u212a",
            "\u0663",
            " ",
            "\t",
            "\n",
            "\u00a0",
            "日",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_NOISY)
def test_noise_is_removed_token_by_token_as_over_the_whole_text(text: str) -> None:
    whole = language._NOISE.sub(" ", text)
    assert language._NOISY_TOKEN.sub(language._denoise, text) == whole


@pytest.mark.parametrize(
    "text",
    [
        "see http://x and HTTPS://y now",
        "visit WWW.x or www.y",
        "login us-jdoe please",
        "write to a@b",
        "the XML4IP task force, Task 41",
        "a|b c*d e_f g>h i#j k=l [m] (n)",
        "Nom: DUPONT Prénom: Jeanne",
    ],
)
def test_noise_examples_are_removed_as_over_the_whole_text(text: str) -> None:
    whole = language._NOISE.sub(" ", text)
    assert language._NOISY_TOKEN.sub(language._denoise, text) == whole
