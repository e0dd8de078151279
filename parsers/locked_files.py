"""Attachments locked by a password: a zip's encrypted members, a PDF or an Office file
that asks for one, or a cover saying its files are password-protected ("the password will
follow in a separate e-mail"). Nothing in them can be read until the password comes."""

from __future__ import annotations

import re

__all__ = ["LOCKED", "is_locked_error", "locked_office_file", "says_password_protected"]

# The reason given for a locked file; the checks below look for it.
LOCKED = "password-protected"

# What readers say of a locked file: pypdf's "File has not been decrypted".
_LOCKED_ERRORS = (LOCKED, "FileNotDecryptedError", "has not been decrypted")

# An Office file saved with a password is an OLE2 container holding "EncryptionInfo".
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def is_locked_error(error: str | None) -> bool:
    """Whether an attachment's read error says a password locks it."""
    return error is not None and any(word in error for word in _LOCKED_ERRORS)


def locked_office_file(data: bytes) -> bool:
    """Whether `data` is a .docx, .xlsx or .pptx saved with a password (MS-OFFCRYPTO): an
    OLE2 container whose directory names an "EncryptionInfo" stream."""
    return data.startswith(_OLE_MAGIC) and _ENCRYPTION_INFO in data


# Words of a password or encryption: most mail has none, and is spared the regex below.
_KEYWORDS = re.compile(
    r"password|passwort|mot\s+de\s+passe|contrase[ñn]a|encrypt|chiffr|cifrad|encriptad"
    r"|парол|шифр|密码|密碼|加密|كلم[ةه]\s+(?:المرور|السر)|مشفر|مشفّر",
    re.IGNORECASE,
)
# The files locked: "password-protected archive", "protégés par un mot de passe",
# "protegido con contraseña", "защищённом паролем", "加密压缩文件", "محمية بكلمة مرور",
# "encrypted zip"; or the password promised apart: "the password will be sent in a separate
# e-mail", "le mot de passe vous sera communiqué", "la contraseña se enviará", "пароль будет
# направлен отдельным письмом", "密码将另行发送", "سيتم إرسال كلمة المرور".
_LOCKED_TEXT = re.compile(
    r"\bpassword[-\s]protected|\bprotected\s+(?:with|by)\s+(?:a\s+)?password"
    r"|\bencrypted\s+(?:zip|archive|file|attachment|pdf|document|folder)"
    r"|\bpassword\s+(?:\w+\s+){0,5}?(?:will\s+(?:\w+\s+)?(?:be\s+)?(?:sent|provided|communicated"
    r"|shared|follow)|follows|to\s+follow|(?:in|by)\s+a\s+separate)"
    r"|\bprot[ée]g[ée]e?s?\s+par\s+(?:un\s+)?mot\s+de\s+passe"
    r"|\b(?:archive|fichier|dossier)s?\s+(?:compress[ée]e?s?\s+)?chiffr[ée]"
    r"|\bmot\s+de\s+passe\s+(?:[\w'’]+\s+){0,5}?(?:sera|suivra|vous\s+parviendra|par\s+courriel\s+s[ée]par)"
    r"|\bprotegid[oa]s?\s+(?:con|por|mediante)\s+(?:una\s+)?(?:contrase[ñn]a|clave)"
    r"|\b(?:archivo|fichero|zip|adjunto)s?\s+(?:\w+\s+)?(?:cifrad|encriptad)[oa]s?"
    r"|\bcontrase[ñn]a\s+(?:\w+\s+){0,5}?(?:ser[áa]|se\s+(?:les\s+)?(?:enviar|remitir|comunicar)[áa]"
    r"|(?:les\s+)?(?:enviaremos|remitiremos|comunicaremos)|(?:en|por)\s+(?:un\s+)?(?:correo\s+)?"
    r"(?:aparte|separado))"
    r"|(?<!\w)защищ\w*\s+паролем|(?<!\w)(?:архив|файл)\w*\s+(?:\w+\s+)?с\s+паролем"
    r"|(?<!\w)зашифрованн\w*\s+(?:архив|файл|вложени)\w*"
    r"|(?<!\w)парол\w*\s+(?:\w+\s+){0,4}?(?:будет|направим|сообщим|пришл[её]м|вышлем|отдельн)"
    r"|加密(?:的)?(?:压缩|壓縮|文件|檔案|附件|包)|(?:密码|密碼)(?:保护|保護)"
    r"|(?:密码|密碼)[^。\n]{0,10}?(?:另行|单独|單獨|稍后|稍後|随后|隨後|另函)"
    r"|محمي\S*\s+بكلم[ةه]\s+(?:ال)?(?:مرور|سر)|(?:ملف|ملفات|مرفق)\S*\s+(?:ال)?مشفر"
    r"|كلم[ةه]\s+(?:المرور|السر)\s+(?:\S+\s+){0,3}?(?:منفصل|لاحقا|لاحقاً)"
    r"|(?:سيتم|سوف\s+يتم|سنرسل|سيرسل|ستصلكم|سنوافيكم)\S*\s+(?:\S+\s+){0,2}?(?:ب)?كلم[ةه]\s+(?:المرور|السر)",
    re.IGNORECASE,
)


def says_password_protected(text: str) -> bool:
    """Whether `text` says its attached files are locked by a password, or that the
    password will be sent apart."""
    return _KEYWORDS.search(text) is not None and _LOCKED_TEXT.search(text) is not None
