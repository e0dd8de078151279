"""SentenceEnds finds what a search from each position would find, in one pass."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.phrases import SENTENCE_END
from parsers.sentence_bounds import SentenceEnds
from parsers.withdrawals import UNTITLED_END

_TEXT = st.text(alphabet="ab M.r?!\n 。г5", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_lookups_agree_with_a_search_from_the_position(text: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(text)))
    for pattern in (SENTENCE_END, UNTITLED_END):
        ends = SentenceEnds(text, pattern)
        before = [m.end() for m in pattern.finditer(text, 0, position)]
        assert ends.start_before(position) == (before[-1] if before else 0)
        found = pattern.search(text, position)
        assert ends.next_from(position) == ((found.start(), found.end()) if found else None)


def test_a_phrase_repeated_a_thousand_times_reads_its_own_sentence() -> None:
    text = "We withdraw the nomination. " * 1000
    ends = SentenceEnds(text, SENTENCE_END)
    position = text.index("We", 28 * 500)
    assert ends.start_before(position) == position
    assert ends.next_from(position) == (position + 26, position + 28)
