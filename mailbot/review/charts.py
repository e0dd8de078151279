"""Simple bar charts as SVG markup, drawn on the server so the dashboard needs no script."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape, quoteattr

__all__ = ["bar_chart", "day_chart"]

_ROW = 24
_LABEL_WIDTH = 260
_BAR_WIDTH = 300


def bar_chart(items: Sequence[tuple[str, int]], *, title: str) -> str:
    """Horizontal bars, one per (label, value); long labels are cut with an ellipsis.

    Colours come from presentation attributes, not style attributes, so the page's
    Content-Security-Policy (no inline styles) still allows them.
    """
    peak = max((value for _, value in items), default=0) or 1
    height = max(1, len(items)) * _ROW + 8
    width = _LABEL_WIDTH + _BAR_WIDTH + 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f"aria-label={quoteattr(title)}><title>{escape(title)}</title>"
    ]
    if not items:
        parts.append('<text x="0" y="18" class="chart-empty">No data yet</text>')
    for row, (label, value) in enumerate(items):
        y = row * _ROW + 4
        shown = label if len(label) <= 38 else label[:37] + "…"
        bar = round(_BAR_WIDTH * value / peak)
        parts.append(
            f"<g><title>{escape(label)}: {value}</title>"
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{_LABEL_WIDTH}" y="{y + 2}" width="{bar}" height="{_ROW - 8}" '
            f'fill="#2f6f8f"></rect>'
            f'<text x="{_LABEL_WIDTH + bar + 6}" y="{y + 15}">{value}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def day_chart(items: Sequence[tuple[date, int]], *, title: str) -> str:
    """Vertical bars per day, oldest left; the first day of each month is labelled."""
    column = 18
    plot = 120
    peak = max((value for _, value in items), default=0) or 1
    width = max(1, len(items)) * column + 40
    height = plot + 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f"aria-label={quoteattr(title)}><title>{escape(title)}</title>"
    ]
    for index, (day, value) in enumerate(items):
        x = 30 + index * column
        bar = round(plot * value / peak)
        parts.append(
            f"<g><title>{day.isoformat()}: {value}</title>"
            f'<rect x="{x}" y="{plot - bar + 10}" width="{column - 4}" height="{bar}" '
            f'fill="#2f6f8f"></rect></g>'
        )
        if index == 0 or day.day == 1:
            parts.append(
                f'<text x="{x}" y="{plot + 28}" class="chart-axis">{day.strftime("%d %b")}</text>'
            )
    parts.append(f'<text x="0" y="18" class="chart-axis">{peak}</text>')
    parts.append("</svg>")
    return "".join(parts)
