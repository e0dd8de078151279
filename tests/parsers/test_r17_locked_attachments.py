"""A nomination sent locked: nothing to read until the password comes.

An office sends its letter and annex in a password-protected archive (or a PDF that asks
for a password) and says the password will follow in a separate e-mail: "the files are
sent in a password-protected archive", "le mot de passe vous sera communiqué par courriel
séparé", "la contraseña se enviará en un correo aparte", "пароль будет направлен отдельным
письмом", "密码将另行发送", "سيتم إرسال كلمة المرور في رسالة منفصلة". When the body names
nobody, the mail holds nothing a clerk can record: it is other mail (staff wait for the
password), not a nomination whose nominees are to be read off a scan.

Near misses keep their reading: an annex in a zip without a password is read; a body that
names its nominee beside a locked archive is a nomination; a body that only points at an
image-only scan stays a nomination for a clerk to read; a nominee's question about their
account's password is no locked attachment.
"""

from __future__ import annotations

import io
import zipfile

import pypdf
import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail
from tests.parsers.scans import scanned_pdf

_ZIP = "application/zip"
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def locked_zip(*names: str) -> bytes:
    """A zip whose members carry the "encrypted" flag, as ZipCrypto writes them."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, bytes(12) + b"ciphertext" * 20)
    data = bytearray(out.getvalue())
    # zipfile writes no encryption: set bit 0 of the flags in every local and central header.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= 0x01
            at = data.find(signature, at + 4)
    return bytes(data)


def open_zip(name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


def locked_pdf() -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("s3cret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def with_locked_zip(body: str, subject: str = "C. CWS 175 - nomination") -> bytes:
    data = locked_zip("letter.pdf", "annex.xlsx")
    return make_mail(body, subject=subject, attachments=(("CWS175.zip", _ZIP, data),))


LOCKED = [
    (
        "en",
        "Dear colleagues,\n\nIn response to Circular C. CWS 175, please find attached the letter "
        "of our Office nominating its representatives to the CWS Task Forces, with the annex.\n\n"
        "In line with our IT security policy, the files are sent in a password-protected "
        "archive. The password will be sent to you in a separate e-mail.\n\nBest regards,\n"
        "Head of Division\n",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, veuillez trouver ci-joint "
        "la lettre de l'Office désignant ses représentants aux équipes d'experts, avec "
        "l'annexe.\n\nLes fichiers sont protégés par un mot de passe, qui vous sera communiqué "
        "par courriel séparé.\n\nCordialement,\nLe service juridique\n",
    ),
    (
        "es",
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, adjuntamos la nota de la "
        "Oficina con la designación de sus representantes en los Equipos Técnicos.\n\nPor "
        "razones de seguridad, el archivo está protegido con contraseña; la contraseña se "
        "enviará en un correo aparte.\n\nAtentamente,\nDirección de Informática\n",
    ),
    (
        "ru",
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 направляем письмо "
        "Ведомства о выдвижении кандидатур в целевые группы КСВ с приложением.\n\nФайлы "
        "направляются в архиве, защищённом паролем; пароль будет направлен отдельным письмом."
        "\n\nС уважением,\nОтдел информационных технологий\n",
    ),
    (
        "zh",
        "尊敬的秘书处：\n\n现就C. CWS 175号通函，随函附上本局关于提名工作队成员的函件及附件。\n\n"
        "根据本局信息安全规定，附件为加密压缩文件，密码将另行发送。\n\n此致\n信息化处\n",
    ),
    (
        "ar",
        "السادة الأفاضل،\n\nردا على التعميم C. CWS 175، نرفق طيه رسالة المكتب بشأن ترشيح ممثليه "
        "في فرق العمل مع المرفق.\n\nالملفات محمية بكلمة مرور، وسيتم إرسال كلمة المرور في رسالة "
        "منفصلة.\n\nمع خالص التحية،\nإدارة تقنية المعلومات\n",
    ),
]


@pytest.mark.parametrize(("lang", "body"), LOCKED, ids=[c[0] for c in LOCKED])
def test_a_locked_archive_whose_cover_names_nobody_is_other_mail(lang: str, body: str) -> None:
    parsed = parse(with_locked_zip(body))
    assert parsed.kind is Kind.OTHER, parsed.kind_reason
    assert "password" in parsed.kind_reason
    assert parsed.nominees == ()
    assert parsed.language == lang


def test_the_archive_alone_says_it_is_locked() -> None:
    # No word of a password in the cover: the archive's flags say its files are locked.
    body = (
        "In reply to C. CWS 175, please find attached our nomination of experts to the "
        "Task Forces.\n\nKind regards,\nIP Office\n"
    )
    parsed = parse(with_locked_zip(body))
    assert parsed.kind is Kind.OTHER
    assert any("password" in (a.error or "") for a in parsed.attachments)


def test_a_pdf_that_asks_for_a_password_is_locked_too() -> None:
    body = "C. CWS 175: please find attached the letter nominating our experts.\n"
    raw = make_mail(body, attachments=(("letter.pdf", "application/pdf", locked_pdf()),))
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert "password" in parsed.kind_reason


def test_an_archive_the_parser_cannot_open_is_locked_when_the_cover_says_so() -> None:
    body = (
        "En respuesta a la circular C. CWS 175, adjuntamos la designación de nuestros "
        "expertos. El archivo .7z está protegido con contraseña, que les enviaremos por "
        "separado.\n"
    )
    raw = make_mail(body, attachments=(("CWS175.7z", "application/x-7z-compressed", b"7z" * 50),))
    assert parse(raw).kind is Kind.OTHER


# ------------------------------------------------------------------------------ near misses


def test_an_annex_in_a_zip_without_a_password_is_read() -> None:
    annex = "Last name: ROE\nFirst name: Jane\nUsername: ca-jroe\nTask Force: API Task Force\n"
    body = "In reply to C. CWS 175, please find our nomination in the attached zip file.\n"
    raw = make_mail(body, attachments=(("CWS175.zip", _ZIP, open_zip("annex.txt", annex)),))
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["ROE"]


def test_a_nominee_named_in_the_body_beside_a_locked_archive_is_read() -> None:
    body = (
        "In reply to C. CWS 175, we nominate Ms Jane Roe, Patent Examiner "
        "(jane.roe@office.example), to the API Task Force. The signed letter is in the "
        "password-protected archive attached; the password will follow separately.\n"
    )
    parsed = parse(with_locked_zip(body))
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Roe"]


def test_a_pointer_to_an_image_only_scan_stays_a_nomination() -> None:
    raw = make_mail(
        "Please see attached.\n",
        subject="C. CWS 175 - nomination",
        attachments=(("scan.pdf", "application/pdf", scanned_pdf()),),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.NOMINATION
    assert any(w.code == "attachment_unreadable" for w in parsed.warnings)


def test_a_scan_beside_words_on_the_account_password_stays_a_nomination() -> None:
    body = (
        "In reply to C. CWS 175, please find attached the signed letter nominating our "
        "expert. She will set her WIPO Account password herself once the account exists.\n"
    )
    raw = make_mail(body, attachments=(("scan.pdf", "application/pdf", scanned_pdf()),))
    assert parse(raw).kind is Kind.NOMINATION


def test_an_office_file_saved_with_a_password_is_locked() -> None:
    # Word and Excel save a password-protected file as an OLE2 container holding an
    # "EncryptionInfo" stream, not as a zip.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    body = "C. CWS 175: please find attached the annex with our nominations.\n"
    raw = make_mail(body, attachments=(("annex.xlsx", _XLSX, ole + bytes(1024)),))
    parsed = parse(raw)
    assert parsed.kind is Kind.OTHER
    assert [a.error for a in parsed.attachments] == ["password-protected Office document"]
