"""Pure display helpers: evidence highlighting, HTML sanitising, attachment types, SVG charts."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from xml.etree import ElementTree

import pytest

from mailbot.review.charts import bar_chart, day_chart
from mailbot.review.message_view import (
    Segment,
    Span,
    attachment_file,
    download_type,
    evidence_spans,
    highlight,
    sanitize_html,
    view_message,
)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # Offsets that match the text are used as they are.
        ([Span("u", 10, 13, "abc")], ("Username: ", "abc", "\n")),
        # Offsets from a differently decoded body fall back to finding the quoted text.
        ([Span("u", 2, 5, "abc")], ("Username: ", "abc", "\n")),
        # Overlapping evidence keeps the earlier span.
        ([Span("a", 10, 13, "abc"), Span("b", 11, 12, "b")], ("Username: ", "abc", "\n")),
        # Evidence that is not in the text is left out rather than guessed.
        ([Span("u", None, None, "xyz")], ("Username: abc\n",)),
    ],
)
def test_highlight(spans: list[Span], expected: tuple[str, ...]) -> None:
    segments, _ = highlight("Username: abc\n", spans)
    assert tuple(s.text for s in segments) == expected


def test_highlight_labels_and_count() -> None:
    segments, count = highlight("a b", [Span("x", 0, 1, "a"), Span("y", 2, 3, "b")])
    assert count == 2
    assert segments == (Segment("a", "x"), Segment(" "), Segment("b", "y"))


def test_evidence_spans_take_body_evidence_only() -> None:
    parsed = {
        "evidence": {
            "office": {"source": "header:From", "rule": "signature", "text": "X"},
            "nominees[0].username": {
                "source": "body",
                "start": 1,
                "end": 3,
                "rule": "label",
                "text": "ab",
            },
        }
    }
    assert evidence_spans(parsed) == [Span("nominees[0].username", 1, 3, "ab")]
    assert evidence_spans(None) == []


def test_sanitize_html() -> None:
    dirty = (
        '<div style="x" onmouseover="a()"><script>b()</script><style>p{}</style>'
        '<img src="http://t.example.com/p.gif"><a href="javascript:c()">j</a>'
        '<a href="https://wipo.example.org/">ok</a><table><tr><td>cell</td></tr></table></div>'
    )
    clean = sanitize_html(dirty)
    for banned in ("script", "style", "onmouseover", "<img", "javascript:", "b()"):
        assert banned not in clean
    assert 'href="https://wipo.example.org/"' in clean
    assert 'rel="noopener noreferrer nofollow"' in clean
    assert "<td>cell</td>" in clean


def _mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "a@office.example.org"
    msg["Subject"] = "Nomination"
    msg.set_content("Name: Ana\r\nUser: pt-ana\r\n")
    msg.add_alternative("<p>Name: <b>Ana</b></p>", subtype="html")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="annex é.pdf")
    msg.add_attachment(b"<html>", maintype="text", subtype="html", filename="x.html")
    return msg.as_bytes()


def test_view_message() -> None:
    view = view_message(_mail(), [Span("user", None, None, "pt-ana")])
    assert ("Subject", "Nomination") in view.headers
    assert Segment("pt-ana", "user") in view.segments
    assert view.marked == 1
    assert view.html is not None
    assert view.html.strip() == "<p>Name: <b>Ana</b></p>"
    assert [(a.filename, a.content_type) for a in view.attachments] == [
        ("annex é.pdf", "application/pdf"),
        ("x.html", "text/html"),
    ]
    assert attachment_file(_mail(), 0) == ("annex é.pdf", "application/pdf", b"%PDF-1.4")
    assert attachment_file(_mail(), 2) is None
    assert view_message(None).segments[0].text.startswith("(the message body")


def test_html_only_mail_is_shown_as_text() -> None:
    msg = EmailMessage()
    msg["Subject"] = "x"
    msg.set_content("<table><tr><td>Username</td><td>pt-ana</td></tr></table>", subtype="html")
    view = view_message(msg.as_bytes(), [Span("u", None, None, "pt-ana")])
    assert view.marked == 1


@pytest.mark.parametrize(
    ("declared", "served"),
    [
        ("application/pdf", "application/pdf"),
        ("text/html", "application/octet-stream"),
        ("image/svg+xml", "application/octet-stream"),
        ("application/x-msdownload", "application/octet-stream"),
    ],
)
def test_download_type(declared: str, served: str) -> None:
    assert download_type(declared) == served


def test_charts_are_wellformed_escaped_svg() -> None:
    svg = bar_chart([("<script>", 3), ("XML4IP Task Force", 5)], title="A & B")
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own output, not untrusted input
    assert root.tag.endswith("svg")
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    widths = [int(r.get("width", "0")) for r in root.iter("{http://www.w3.org/2000/svg}rect")]
    assert widths == [180, 300]  # scaled to the largest value
    assert "No data yet" in bar_chart([], title="t")
    days = day_chart([(date(2023, 10, 1), 0), (date(2023, 10, 2), 4)], title="d")
    assert ElementTree.fromstring(days).get("role") == "img"  # noqa: S314 - our own output
