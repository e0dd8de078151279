"""Wording rules the replies keep in every language, whatever values are inserted.

Golden files pin one rendering; these tests pin the rules behind it: agreement with the
number of nominees and task forces, greetings that follow the courtesy title, punctuation
of the language, and the text and HTML parts saying the same thing.
"""

from __future__ import annotations

import html
import re

import pytest

from replies import (
    NomineeView,
    RejectionContext,
    ReplyKind,
    WikiAccessContext,
    render,
)
from replies.labels import LANGUAGES
from tests.replies.test_golden import COMMON, COMPLETE, INCOMPLETE, STAFF_TEXT, context

MR_FIRST_NAME_ONLY = NomineeView(title="Mr", first_name="Jean", task_forces=("API Task Force",))
MS_FIRST_NAME_ONLY = NomineeView(title="Ms", first_name="Marie", task_forces=("API Task Force",))
NO_TITLE = NomineeView(first_name="Alex", last_name="Kim", task_forces=("3D Task Force",))
NO_NAME = NomineeView(task_forces=("3D Task Force",))
ADDRESSES = (str(COMMON["wiki_url"]), str(COMMON["sender_address"]))


def rejection(language: str, *nominees: NomineeView) -> str:
    return render(
        RejectionContext(language=language, nominees=nominees, staff_text=STAFF_TEXT, **COMMON)
    ).text


def wiki_access(language: str, nominee: NomineeView) -> str:
    return render(WikiAccessContext(language=language, nominee=nominee, **COMMON)).text


def _html_words(markup: str) -> str:
    markup = re.sub(r"<title>.*?</title>", "", markup, flags=re.S)
    return re.sub(r"[\s:：]", "", html.unescape(re.sub(r"<[^>]+>", "", markup)))


def _text_words(text: str) -> str:
    return re.sub(r"[\s:：]", "", re.sub(r"(?m)^\s*- ", "", text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(ReplyKind))
def test_text_and_html_say_the_same(kind: ReplyKind, language: str) -> None:
    rendered = render(context(kind, language))
    assert _text_words(rendered.text) == _html_words(rendered.html)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(ReplyKind))
def test_no_doubled_full_stop(kind: ReplyKind, language: str) -> None:
    # A date written "20 октября 2023 г." must not end a sentence of its own ("г..").
    rendered = render(context(kind, language))
    assert not re.search(r"(?<!\.)\.\.(?!\.)", rendered.text)
    assert not re.search(r"(?<!\.)\.\.(?!\.)", rendered.html)


# Russian


def test_ru_rejection_agrees_with_the_number_of_nominees() -> None:
    one = rejection("ru", INCOMPLETE)
    assert "назначение следующего представителя не может быть принято" in one
    two = rejection("ru", COMPLETE, INCOMPLETE)
    assert "назначения следующих представителей не могут быть приняты" in two
    assert "(представителей)" not in one + two


def test_ru_wiki_access_agrees_with_the_number_of_task_forces() -> None:
    one = wiki_access("ru", MR_FIRST_NAME_ONLY)
    assert "к вики-пространству следующей целевой группы:" in one
    two = wiki_access("ru", COMPLETE)
    assert "к вики-пространству следующих целевых групп:" in two
    assert "(групп)" not in one + two


def test_ru_greeting_follows_the_title_even_without_a_surname() -> None:
    assert wiki_access("ru", MR_FIRST_NAME_ONLY).startswith("Уважаемый Jean!\n")
    assert wiki_access("ru", MS_FIRST_NAME_ONLY).startswith("Уважаемая Marie!\n")
    assert wiki_access("ru", COMPLETE).startswith("Уважаемая г-жа Tremblay!\n")
    # Unknown sex: a form that fits either, never the plural "colleagues" to one person.
    assert wiki_access("ru", NO_TITLE).startswith("Уважаемый(-ая) Alex Kim!\n")
    nameless = wiki_access("ru", NO_NAME)
    assert nameless.startswith("Уважаемый господин / уважаемая госпожа!\n")
    assert "коллеги" not in nameless


def test_ru_letter_to_one_person_uses_the_courtesy_capital() -> None:
    text = wiki_access("ru", COMPLETE)
    assert "Вам предоставлен доступ" in text
    assert not re.search(r"\b(вы|вам|вас|ваш\w*)\b", text)


# Chinese

HAN = r"[\u4e00-\u9fff]"
HALF_WIDTH = r"[,.:;()\[\]!?]"


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_zh_punctuation_next_to_han_is_full_width(kind: ReplyKind) -> None:
    text = render(context(kind, "zh")).text
    assert not re.search(f"{HAN}{HALF_WIDTH}|{HALF_WIDTH}{HAN}", text)


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_zh_addresses_stand_apart_from_han_text(kind: ReplyKind) -> None:
    # A mail client linking "https://...，并" or "请通过x@y.org与" takes the Han text along.
    text = render(context(kind, "zh")).text
    for address in ADDRESSES:
        for match in re.finditer(re.escape(address), text):
            before = text[match.start() - 1] if match.start() else "\n"
            after = text[match.end()] if match.end() < len(text) else "\n"
            assert before.isspace() or before == "：", (address, before)
            assert after.isspace(), (address, after)


def test_zh_greeting_keeps_the_title_without_a_surname() -> None:
    assert wiki_access("zh", MR_FIRST_NAME_ONLY).startswith("尊敬的Jean先生：\n")
    assert wiki_access("zh", COMPLETE).startswith("尊敬的Tremblay女士：\n")
    assert wiki_access("zh", NO_NAME).startswith("尊敬的先生/女士：\n")


# Arabic

ARABIC = r"[\u0600-\u06ff]"


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_ar_uses_arabic_punctuation(kind: ReplyKind) -> None:
    text = render(context(kind, "ar")).text
    assert not re.search(f"{ARABIC}\\s*[,;?]|[,;?]\\s*{ARABIC}", text)


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_ar_names_the_committee_as_wipo_arabic_does(kind: ReplyKind) -> None:
    rendered = render(context(kind, "ar"))
    assert "اللجنة المعنية بمعايير الويبو" in rendered.text
    assert "(CWS)" not in rendered.text + rendered.html


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_ar_addresses_are_not_bracketed(kind: ReplyKind) -> None:
    # Brackets around a left-to-right run inside right-to-left text get misplaced.
    rendered = render(context(kind, "ar"))
    for address in ADDRESSES:
        assert f"({address}" not in rendered.text
        assert f"{address})" not in rendered.text
        assert not re.search(rf"\([^()]*>{re.escape(address)}</a>\)", rendered.html)


def test_ar_rejection_agrees_with_the_number_of_nominees() -> None:
    one = rejection("ar", INCOMPLETE)
    assert "يتعذر قبول ترشيح الممثل المذكور أدناه:" in one
    two = rejection("ar", COMPLETE, INCOMPLETE)
    assert "يتعذر قبول ترشيح الممثلين المذكورين أدناه:" in two


def test_ar_wiki_access_agrees_with_the_number_of_task_forces() -> None:
    assert "الخاص بفرقة العمل التالية:" in wiki_access("ar", MR_FIRST_NAME_ONLY)
    assert "الخاص بفرق العمل التالية:" in wiki_access("ar", COMPLETE)


def test_ar_greeting_follows_the_title_even_without_a_surname() -> None:
    assert wiki_access("ar", MR_FIRST_NAME_ONLY).startswith("السيد Jean المحترم،\n")
    assert wiki_access("ar", COMPLETE).startswith("السيدة Tremblay المحترمة،\n")
    assert wiki_access("ar", NO_TITLE).startswith("تحية طيبة وبعد،\n")
