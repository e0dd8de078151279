"""Mail carrying an image-only scan (a PDF page with no text layer), as office copiers save it."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from tests.parsers.mailmaker import make_mail

__all__ = ["scanned_pdf", "with_scan"]


def scanned_pdf() -> bytes:
    """One page image with no text layer, as an office copier saves a signed form."""
    page = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(page).text((40, 40), "Last name: ROE   First name: Jane", fill=20)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=72.0)
    return out.getvalue()


def with_scan(body: str, subject: str, filename: str = "scan.pdf") -> bytes:
    return make_mail(
        body, subject=subject, attachments=((filename, "application/pdf", scanned_pdf()),)
    )
