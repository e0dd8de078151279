"""A nominee asking for a new account link, with the account service's mail forwarded below and
her nomination promised later, nominates nobody; an office forwarding the same mail under its
nomination nominates her, and the service that signs the mail is nobody."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.models import Kind
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


# --- a nominee asks for a new account link, the account mail forwarded below -----------

_ACCOUNT_MAIL = """
Dear user,

Thank you for creating a WIPO Account.

Username: {username}
E-mail: {address}

Please verify your e-mail address by clicking the link below. This link expires in 24 hours.

https://account.example/verify?token=3f9c1e

WIPO Accounts
"""

_LINK_AR = (
    "السلام عليكم،\n\nأعيد إليكم توجيه الرسالة أدناه التي وصلتني لتأكيد البريد الإلكتروني "
    "لحسابي. عندما ضغطت على الرابط ظهرت رسالة تفيد بأن صلاحيته انتهت، ولم أتمكن من تفعيل "
    "الحساب. هل يمكنكم إعادة إرسال رابط التفعيل؟ علماً بأن المعهد سيرسل إليكم ترشيحي لاحقاً.\n\n"
    "شكراً جزيلاً،\nنادية بن علي\n\n---------- رسالة مُعاد توجيهها ---------\n"
    "من: WIPO Accounts <noreply@account.example>\nالموضوع: Verify your WIPO Account e-mail "
    "address\nإلى: <n.benali@office.example>\n"
)

_LINK_EN = (
    "Hello,\n\nI am forwarding the message below, which I received to confirm my account. The "
    "link has expired and I could not activate my account. Could you resend the activation "
    "link? My Office will send my nomination later.\n\nThank you,\nNadia Benali\n\n"
    "---------- Forwarded message ---------\nFrom: WIPO Accounts <noreply@account.example>\n"
    "Subject: Verify your WIPO Account e-mail address\nTo: <n.benali@office.example>\n"
)

_LINK_ES = (
    "Buenos días:\n\nLes reenvío el mensaje de abajo para confirmar mi cuenta. El enlace ha "
    "caducado y no puedo activar la cuenta. ¿Podrían reenviarme el enlace? Mi Oficina "
    "les enviará mi designación más adelante.\n\nGracias,\nNadia Benali\n\n"
    "---------- Forwarded message ---------\nFrom: WIPO Accounts <noreply@account.example>\n"
    "Subject: Verify your WIPO Account e-mail address\nTo: <n.benali@office.example>\n"
)


@pytest.mark.parametrize("lead", [_LINK_AR, _LINK_EN, _LINK_ES])
def test_a_nominees_question_about_an_expired_account_link_nominates_nobody(lead: str) -> None:
    body = lead + _ACCOUNT_MAIL.format(username="dz-nbenali", address="n.benali@office.example")
    parsed = parse(
        make_mail(
            body,
            subject="Fwd: Verify your WIPO Account e-mail address",
            sender="Nadia Benali <n.benali@office.example>",
        )
    )
    assert parsed.kind == Kind.OTHER
    assert not parsed.nominees


def test_an_office_forwarding_its_nominees_account_mail_nominates_her() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to circular C. CWS 175, we nominate Ms. Nadia Benali for "
        "the API Task Force. Her account confirmation is forwarded below.\n\nKind regards,\n"
        "Omar Haddad\n\n---------- Forwarded message ---------\nFrom: WIPO Accounts "
        "<noreply@account.example>\nSubject: Verify your WIPO Account e-mail address\n"
        "To: <n.benali@office.example>\n"
    ) + _ACCOUNT_MAIL.format(username="dz-nbenali", address="n.benali@office.example")
    parsed = parse(make_mail(body))
    assert parsed.kind == Kind.NOMINATION
    assert [n.last_name for n in parsed.nominees] == ["Benali"]
    # The account service's name is nobody's.
    assert all(n.last_name not in {"WIPO", "Accounts"} for n in parsed.nominees)
