"""A program or script sent as the "revised file" (alone, behind a document's name, or in a
zip) is no nomination left unread: a hijacked thread's reply above our acknowledgement
nominates nobody, while a scanned letter in the same place still asks for a clerk."""

from __future__ import annotations

import io
import zipfile

import pytest

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail

ACK = (
    "\n\n{said}\n"
    "> Dear Mr. Gao,\n"
    "> We have taken note of the nomination of Ms. Lin Jing (username cn-linjing)\n"
    "> to the Legal Status Task Force in reply to circular C. CWS 175.\n"
    "> Kind regards,\n> CWS Secretariat\n"
)
REPLIES = {
    "zh": (
        "回复：C. CWS 175 工作队人员推荐",
        "您好，\n\n附件是修改后的文件，请查收并尽快处理。\n\n文件密码：7315\n\n谢谢\n高原"
        + ACK.format(said="在 2023年10月6日 14:20，CWS Mail <cws.mail@wipo.int> 写道："),
    ),
    "en": (
        "RE: C. CWS 175 - nomination to the task forces",
        "Hello,\n\nPlease see attached the revised file and process it urgently.\n\n"
        "Password: 7315\n\nRegards\nGao Yuan"
        + ACK.format(said="On 6 Oct 2023, CWS Mail <cws.mail@wipo.int> wrote:"),
    ),
}


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"var x = 1;\n")
    return buffer.getvalue()


SCRIPTS = [
    ("C.CWS.175_revised.zip", "application/zip", _zip("C.CWS.175_revised.doc.js")),
    ("nomination.zip", "application/octet-stream", _zip("docs/nomination.pdf.exe")),
    ("nomination.pdf.js", "application/javascript", b"var x = 1;\n"),
    ("annex.doc.scr", "application/octet-stream", b"MZ\x90\x00"),
]


@pytest.mark.parametrize("lang", sorted(REPLIES))
@pytest.mark.parametrize("attachment", SCRIPTS, ids=[a[0] for a in SCRIPTS])
def test_a_program_sent_as_the_revised_file_nominates_nobody(
    lang: str, attachment: tuple[str, str, bytes]
) -> None:
    subject, body = REPLIES[lang]
    raw = make_mail(
        body,
        subject=subject,
        sender="Gao Yuan <gaoyuan@mailbox.example>",
        attachments=(attachment,),
    )
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind == "other"
    assert parsed.nominees == ()
    (seen,) = parsed.attachments
    assert (seen.error or "").startswith("executable content")


@pytest.mark.parametrize("lang", sorted(REPLIES))
@pytest.mark.parametrize(
    "attachment",
    [
        # A scan or an archive of documents may hold the nomination: a clerk opens it.
        ("C.CWS.175_revised.zip", "application/zip", _zip("letter.pdf", "annex.jpg")),
        ("C.CWS.175_revised.jpg", "image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 64),
    ],
    ids=["zip-of-documents", "scan"],
)
def test_a_document_sent_as_the_revised_file_still_asks_for_a_clerk(
    lang: str, attachment: tuple[str, str, bytes]
) -> None:
    subject, body = REPLIES[lang]
    raw = make_mail(
        body.replace("文件密码：7315", "").replace("Password: 7315", ""),
        subject=subject,
        attachments=(attachment,),
    )
    parsed = parse_email(raw, catalog=catalog())
    assert parsed.kind == "nomination"
    assert parsed.kind_reason == "nomination in an attachment that could not be read"
    assert parsed.attachments[0].error is None
