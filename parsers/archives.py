"""A .zip attachment's files, each to be read as an attachment of its own.

Offices zip the letter and the annex together ("send to compressed folder"). Windows
writes the member names in the system's OEM code page (GBK on a Chinese system, cp866 on
a Russian one) and sets no UTF-8 flag, so zipfile reads them as cp437; the bytes are
read again as the text they are. The archive passes the same bomb guard as a .docx's
(attachments.check_zip) and only its first members are read; a zip inside it is not
opened.
"""

from __future__ import annotations

import re
import zipfile

from parsers.attachments import check_zip, guess_type
from parsers.han_bytes import han_reading
from parsers.locked_files import LOCKED

__all__ = ["ArchiveMember", "archive_members", "is_archive"]

_ARCHIVE_TYPES = frozenset({"application/zip", "application/x-zip-compressed", "application/x-zip"})
# Types that are zip containers themselves: a .docx sent as application/zip is a document.
_DOCUMENT_EXTENSIONS = (".docx", ".docm", ".xlsx", ".xlsm", ".odt", ".ods")
_MAX_MEMBERS = 50
_UTF8_NAME = 0x800
# A Cyrillic letter glued to a Latin one: Western accents read as cp866 ("RВsumВ").
_MIXED_SCRIPT = re.compile(r"[A-Za-z][А-яЁё]|[А-яЁё][A-Za-z]")
_CYRILLIC = re.compile(r"[А-яЁё]")

ArchiveMember = tuple[str, str, bytes | None, str | None]


def is_archive(filename: str, content_type: str) -> bool:
    name = filename.lower()
    if name.endswith(".zip"):
        return True
    return content_type.lower() in _ARCHIVE_TYPES and not name.endswith(_DOCUMENT_EXTENSIONS)


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its writer meant it, without its folders."""
    name = info.filename
    if not info.flag_bits & _UTF8_NAME and not name.isascii():
        raw = name.encode("cp437")  # zipfile's reading of names without the flag
        try:
            name = raw.decode("utf-8")  # macOS and 7-Zip write UTF-8 without the flag
        except UnicodeDecodeError:
            han = han_reading(raw)
            if han is not None:
                name = han[0]
            else:
                cyrillic = raw.decode("cp866")
                if _CYRILLIC.search(cyrillic) and not _MIXED_SCRIPT.search(cyrillic):
                    name = cyrillic
    return name.replace("\\", "/").rsplit("/", 1)[-1]


# Bit 0 of a member's general-purpose flags: the member is encrypted (APPNOTE 4.4.4).
_ENCRYPTED = 0x01


def archive_members(data: bytes, *, max_unpacked: int) -> list[ArchiveMember]:
    """(name, content type, bytes or None, why not) for each file of the archive, in order.

    Raises AttachmentError (ArchiveBombError) when the archive cannot be opened or its
    directory promises too much (attachments.check_zip).
    """
    archive = check_zip(data, max_unpacked=max_unpacked)
    members: list[ArchiveMember] = []
    files = [m for m in archive.infolist() if not m.is_dir()]
    for info in files[:_MAX_MEMBERS]:
        name = member_name(info)
        if not name or name.startswith("._"):  # macOS's resource forks, no document
            continue
        if info.flag_bits & _ENCRYPTED:
            # ZipCrypto or AES: nothing to read without the password the office sends apart.
            members.append((name, guess_type(name), None, f"{LOCKED} in the archive"))
            continue
        try:
            members.append((name, guess_type(name), archive.read(info), None))
        except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError) as exc:
            # An encrypted member, a compression zipfile lacks, a damaged one.
            members.append((name, guess_type(name), None, f"unreadable in the archive ({exc})"))
    return members
