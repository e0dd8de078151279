"""Reading back the QR codes the review UI and the CLI show, with the zxing-cpp decoder.

The SVG and terminal forms are turned back into module grids here, from their own
notation, so a test decodes what a person would scan rather than trusting the encoder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import zxingcpp
from PIL import Image

__all__ = ["decode", "svg_modules", "terminal_modules"]

_PIXELS = 4  # pixels per module in the images handed to the decoder
_QUIET = 4  # modules of light margin added around a grid

# Compact terminal output: each character is two module rows; a glyph's ink is light.
_DARK_TOP = frozenset(" \u2584")  # blank or lower half block
_DARK_BOTTOM = frozenset(" \u2580")  # blank or upper half block
_TERMINAL = re.compile("^[ \u2580\u2584\u2588]+$")


def decode(image: Image.Image) -> list[str]:
    """The text of every QR code the decoder finds in the image."""
    return [
        result.text
        for result in zxingcpp.read_barcodes(image)
        if result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def _image(dark: Sequence[tuple[int, int]]) -> Image.Image:
    """Black modules at (column, row) on white, with a quiet zone on every side."""
    size = max(coordinate for module in dark for coordinate in module) + 1 + 2 * _QUIET
    image = Image.new("L", (size * _PIXELS, size * _PIXELS), 255)
    for x, y in dark:
        left, top = (x + _QUIET) * _PIXELS, (y + _QUIET) * _PIXELS
        image.paste(0, (left, top, left + _PIXELS, top + _PIXELS))
    return image


def svg_modules(svg: str) -> Image.Image:
    """The dark modules of a segno SVG: its stroked path of horizontal runs, one per row.

    segno draws each run as a horizontal line through the middle of a module row (absolute
    `M` first, then relative `m` moves and `h` lengths), in module units.
    """
    match = re.search(r'<path[^>]*\bstroke="[^"]+"[^>]*\bd="([^"]+)"', svg)
    assert match, "no stroked path in the SVG"
    x = y = 0.0
    dark: list[tuple[int, int]] = []
    for command, a, b in re.findall(r"([MmHh])\s*(-?[\d.]+)(?:[ ,](-?[\d.]+))?", match[1]):
        if command == "M":
            x, y = float(a), float(b)
        elif command == "m":
            x, y = x + float(a), y + float(b)
        else:
            length = float(a) if command == "h" else float(a) - x
            start, x = x, x + length
            dark.extend((column, int(y)) for column in range(round(start), round(x)))
    return _image(dark)


def terminal_modules(text: str) -> Image.Image:
    """The modules of a compact terminal QR code (Unicode half blocks) in some output."""
    rows = [line for line in text.splitlines() if _TERMINAL.match(line)]
    assert rows, "no QR code in the output"
    # A QR code is square, so its height in modules is the width of a line; an odd height
    # leaves the lower half of the last line to the terminal's background.
    size = len(rows[0])
    dark: list[tuple[int, int]] = []
    for index, line in enumerate(rows):
        for column, char in enumerate(line):
            if char in _DARK_TOP:
                dark.append((column, 2 * index))
            if char in _DARK_BOTTOM and 2 * index + 1 < size:
                dark.append((column, 2 * index + 1))
    return _image(dark)
