"""Attachments that run instead of being read: programs and scripts, alone or in a zip.

A nomination comes as a letter, a form or a table; a ".js" or ".exe" (often behind a
document's name, "annex.doc.js") or a zip holding one is no document a clerk could read,
so it never makes mail "a nomination in an attachment that could not be read".
"""

from __future__ import annotations

import io
import zipfile

__all__ = ["EXECUTABLE", "executable_member", "is_executable_error"]

EXECUTABLE = "executable content"
_EXTENSIONS = frozenset(
    {
        ".exe", ".scr", ".com", ".pif", ".cpl", ".msi", ".dll",
        ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta",
        ".jar", ".lnk", ".reg",
    }
)  # fmt: skip
_ARCHIVE_TYPES = frozenset({"application/zip", "application/x-zip-compressed", "application/x-zip"})
# Enough to see what an archive holds without reading it: its directory, not its members.
_MAX_MEMBERS = 500


def _runs(name: str) -> bool:
    dot = name.rfind(".")
    return dot >= 0 and name[dot:].lower().rstrip(" .") in _EXTENSIONS


def executable_member(filename: str, content_type: str, data: bytes) -> str | None:
    """The name of the program or script the attachment is or holds, else None."""
    if _runs(filename):
        return filename
    if not (filename.lower().endswith(".zip") or content_type.lower() in _ARCHIVE_TYPES):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()[:_MAX_MEMBERS]
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    return next((name for name in names if _runs(name.rsplit("/", 1)[-1])), None)


def is_executable_error(error: str | None) -> bool:
    return bool(error) and str(error).startswith(EXECUTABLE)
