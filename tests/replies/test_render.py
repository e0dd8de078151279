"""Rendering: language choice and fallback, strictness, sandboxing, escaping, overrides."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from replies import (
    AcknowledgementContext,
    ClarificationContext,
    NomineeView,
    RenderError,
    ReplyKind,
    WikiAccessContext,
    render,
)
from replies.labels import format_date
from replies.render import environment

COMMON = {
    "reference": "C. CWS 175",
    "campaign_deadline": date(2023, 10, 20),
    "office": "Example Office",
    "sender_address": "cws.mail@example.org",
    "wiki_url": "https://wiki.example.org/cwstf",
}
NOMINEE = NomineeView(
    title="Mr",
    last_name="Smith",
    first_name="John",
    username="xx-jsmith",
    task_forces=("3D Task Force",),
)


def ack(
    language: str = "en", nominee: NomineeView = NOMINEE, **extra: object
) -> AcknowledgementContext:
    return AcknowledgementContext(language=language, nominees=(nominee,), **(COMMON | extra))


@pytest.mark.parametrize(("asked", "got"), [("fr", "fr"), ("ar", "ar"), ("de", "en"), ("", "en")])
def test_language_falls_back_to_english(asked: str, got: str) -> None:
    assert render(ack(asked)).language == got


def test_template_syntax_in_a_name_comes_out_literally() -> None:
    nominee = NOMINEE.model_copy(update={"first_name": "{{ 7*7 }}", "last_name": "{% raw %}<b>"})
    rendered = render(ack(nominee=nominee))
    assert "{{ 7*7 }}" in rendered.text
    assert "49" not in rendered.text
    assert "{% raw %}<b>" in rendered.text  # text is not escaped
    assert "{% raw %}&lt;b&gt;" in rendered.html  # HTML is
    assert "<b>" not in rendered.html


def test_staff_text_is_escaped_in_html() -> None:
    context = ClarificationContext(staff_text='<script>alert("x")</script>', **COMMON)
    rendered = render(context)
    assert "<script>" in rendered.text
    assert "<script>" not in rendered.html
    assert "&lt;script&gt;" in rendered.html


def test_arabic_html_is_right_to_left() -> None:
    html = render(ack("ar")).html
    assert '<html lang="ar" dir="rtl">' in html
    assert '<html lang="fr" dir="ltr">' in render(ack("fr")).html


def test_every_kind_renders_html_with_its_language(tmp_path: Path) -> None:
    wiki = WikiAccessContext(language="zh", nominee=NOMINEE, **COMMON)
    rendered = render(wiki)
    assert rendered.subject == "CWS工作队Wiki访问权限"
    assert "尊敬的Smith先生" in rendered.text
    assert '<html lang="zh"' in rendered.html
    assert "https://wiki.example.org/cwstf" in rendered.html


def test_override_folder_wins_and_shipped_templates_remain(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "acknowledgement.txt").write_text(
        '{% set subject = "Custom subject" %}Custom body for {{ office }}.\n', encoding="utf-8"
    )
    rendered = render(ack(), templates_dir=tmp_path)
    assert rendered.subject == "Custom subject"
    assert rendered.text == "Custom body for Example Office.\n"
    assert "Dear Sir or Madam" in rendered.html  # the shipped HTML still applies
    assert render(ack("fr"), templates_dir=tmp_path).subject.startswith("Désignation")


def test_undefined_variable_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "acknowledgement.txt").write_text(
        '{% set subject = "S" %}{{ nominee_secret }}', encoding="utf-8"
    )
    with pytest.raises(RenderError, match="nominee_secret"):
        render(ack(), templates_dir=tmp_path)


def test_sandbox_refuses_python_internals(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "acknowledgement.txt").write_text(
        '{% set subject = "S" %}{{ office.__class__.__mro__[1].__subclasses__() }}',
        encoding="utf-8",
    )
    with pytest.raises(RenderError):
        render(ack(), templates_dir=tmp_path)


def test_a_template_without_subject_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "acknowledgement.txt").write_text("No subject\n", encoding="utf-8")
    with pytest.raises(RenderError, match="subject"):
        render(ack(), templates_dir=tmp_path)


def test_every_kind_has_both_parts_in_every_language() -> None:
    loader = environment(None).loader
    assert loader is not None
    names = set(loader.list_templates())
    for lang in ("en", "fr", "es", "ru", "zh", "ar"):
        for kind in ReplyKind:
            assert f"{lang}/{kind.value}.txt" in names
            assert f"{lang}/{kind.value}.html" in names


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "1 October 2023"),
        ("fr", "1er octobre 2023"),
        ("es", "1 de octubre de 2023"),
        ("ru", "1 октября 2023 г."),
        ("zh", "2023年10月1日"),
        ("ar", "1 أكتوبر 2023"),
    ],
)
def test_dates_in_each_language(language: str, expected: str) -> None:
    assert format_date(date(2023, 10, 1), language) == expected
