"""Encrypted mail (S/MIME enveloped-data, PGP/MIME): said so, never read as anything else."""

from __future__ import annotations

import base64
import random

import pytest

from parsers import parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog

HEAD = (
    b"From: Oficina <contacto@oficina.example>\r\n"
    b"To: cws.mail@wipo.int\r\n"
    b"Subject: C. CWS 175 - designacion\r\n"
    b"Message-ID: <cifrado@oficina.example>\r\n"
    b"Date: Mon, 02 Oct 2023 09:30:00 +0000\r\n"
    b"MIME-Version: 1.0\r\n"
)
_CIPHER = base64.encodebytes(random.Random(175).randbytes(900))

SMIME_ENVELOPED = (
    HEAD + b'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\r\n'
    b"Content-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="smime.p7m"\r\n\r\n' + _CIPHER
)
PGP_MIME = (
    HEAD + b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; '
    b'boundary="pgp"\r\n\r\n'
    b"--pgp\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n"
    b'--pgp\r\nContent-Type: application/octet-stream; name="encrypted.asc"\r\n\r\n'
    b"-----BEGIN PGP MESSAGE-----\r\n\r\n" + _CIPHER + b"-----END PGP MESSAGE-----\r\n"
    b"--pgp--\r\n"
)


@pytest.mark.parametrize(
    ("raw", "says"),
    [(SMIME_ENVELOPED, "S/MIME encrypted"), (PGP_MIME, "PGP/MIME encrypted")],
)
def test_encrypted_message_is_other_with_its_reason(raw: bytes, says: str) -> None:
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind is Kind.OTHER
    assert says in parsed.kind_reason
    assert "cannot be read" in parsed.kind_reason
    assert parsed.reference == "C. CWS 175"  # the subject still says what it is about
    assert parsed.nominees == ()


def test_signed_nomination_with_readable_text_is_read() -> None:
    # Detached S/MIME signatures (multipart/signed) leave the text readable.
    raw = (
        HEAD + b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; '
        b'micalg=sha-256; boundary="sig"\r\n\r\n'
        b"--sig\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"En respuesta a la circular C. CWS 175, designamos a:\r\n"
        b"Apellido: Rojas\r\nNombre: Ana\r\nCargo: Examinadora de patentes\r\n"
        b"Nombre de usuario: cl-arojas\r\nCorreo: a.rojas@oficina.example\r\n"
        b"Equipo Tecnico: XML4IP\r\n"
        b'--sig\r\nContent-Type: application/pkcs7-signature; name="smime.p7s"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _CIPHER + b"--sig--\r\n"
    )
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind is Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Rojas"]


def test_readable_text_beside_an_encrypted_attachment_is_read_as_usual() -> None:
    raw = (
        HEAD + b'Content-Type: multipart/mixed; boundary="mix"\r\n\r\n'
        b"--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Please find our questions on the circular in the encrypted file.\r\n"
        b'--mix\r\nContent-Type: application/pkcs7-mime; name="smime.p7m"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _CIPHER + b"--mix--\r\n"
    )
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind is Kind.OTHER
    assert "cannot be read" not in parsed.kind_reason
