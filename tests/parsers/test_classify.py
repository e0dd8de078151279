"""classify: header, structure, subject and body rules for bounces, automatic replies and bulk mail."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers.classify import classify
from parsers.mime import read_message
from parsers.models import Kind, ParseOptions

NOMINATION = (
    "Dear Secretariat,\n\nIn reply to circular C. CWS 175, the Office nominates:\n"
    "Task force: XML4IP\nMr John Smith, Examiner\nUsername: ca-jsmith\n"
    "E-mail: js@example.org\n\nBest regards,\nJane Doe\n"
)


def message(
    *,
    subject: str = "Nomination C. CWS 175",
    body: str = NOMINATION,
    sender: str = "Jane Doe <jane.doe@example.org>",
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "cws.mail@example.com"
    msg["Subject"] = subject
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def kind_of(raw: bytes) -> tuple[Kind | None, str]:
    result = classify(read_message(raw, ParseOptions()))
    return result.kind, result.reason


def test_a_person_writing_is_not_machine_mail() -> None:
    assert kind_of(message())[0] is None


@pytest.mark.parametrize(
    ("headers", "kind", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, Kind.AUTO_REPLY, "Auto-Submitted"),
        ({"auto-submitted": "Auto-Generated"}, Kind.AUTO_REPLY, "Auto-Submitted"),
        ({"AUTO-SUBMITTED": "auto-notified"}, Kind.AUTO_REPLY, "Auto-Submitted"),
        (
            {"Auto-Submitted": "auto-replied; owner-email=x@example.org"},
            Kind.AUTO_REPLY,
            "Auto-Submitted",
        ),
        ({"X-Autoreply": "yes"}, Kind.AUTO_REPLY, "x-autoreply"),
        ({"X-Autorespond": "Out of office"}, Kind.AUTO_REPLY, "x-autorespond"),
        ({"Precedence": "auto_reply"}, Kind.AUTO_REPLY, "auto_reply"),
        # vacation(1): bulk precedence and a null envelope sender.
        ({"Precedence": "bulk", "Return-Path": "<>"}, Kind.AUTO_REPLY, "Precedence"),
        (
            {
                "X-Auto-Response-Suppress": "All",
                "X-MS-Exchange-Inbox-Rules-Loop": "jane@example.org",
            },
            Kind.AUTO_REPLY,
            "Exchange",
        ),
        ({"Precedence": "bulk"}, Kind.OTHER, "bulk"),
        ({"Precedence": "junk"}, Kind.OTHER, "bulk"),
        ({"Precedence": "list"}, Kind.OTHER, "bulk"),
        ({"List-Id": "<news.example.org>"}, Kind.OTHER, "List"),
        ({"List-Unsubscribe": "<mailto:leave@example.org>"}, Kind.OTHER, "List"),
        ({"X-Spam-Flag": "YES"}, Kind.OTHER, "spam"),
        ({"X-Spam-Status": "Yes, score=12.1"}, Kind.OTHER, "spam"),
        ({"X-Failed-Recipients": "gone@example.org"}, Kind.BOUNCE, "X-Failed-Recipients"),
        # "no" is the RFC 3834 value for a person's mail; X-Auto-Response-Suppress alone
        # is a request, not a sign of automation (MS-OXCMAIL).
        ({"Auto-Submitted": "no"}, None, ""),
        ({"X-Auto-Response-Suppress": "OOF, AutoReply"}, None, ""),
        ({"X-Spam-Status": "No, score=0.1"}, None, ""),
    ],
)
def test_header_rules(headers: dict[str, str], kind: Kind | None, reason: str) -> None:
    got, why = kind_of(message(headers=headers))
    assert got == kind
    assert reason in why


def test_list_auto_reply_is_still_an_auto_reply() -> None:
    raw = message(
        subject="Automatic reply: Nomination C. CWS 175",
        headers={"List-Id": "<list.example.org>", "Precedence": "list"},
    )
    assert kind_of(raw)[0] == Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    [
        "Automatic reply: Nomination C. CWS 175",
        "Out of Office: CWS",
        "Auto-Reply: Re: C. CWS 175",
        "Réponse automatique : Désignation",
        "Respuesta automática: Nominación",
        "Автоматический ответ: Номинация",
        "自动回复: 提名",
        "رد تلقائي: ترشيح",
        "Abwesenheitsnotiz: Nominierung",
        "Risposta automatica: Nomina",
        "Resposta automática: Nomeação",
        "Automatisch antwoord: Nominatie",
        "Automatyczna odpowiedź: Nominacja",
        "自動応答: 推薦",
        "자동 응답: 추천",
        "AUTO: Smith, John is out of the office (returning 05/01/2024)",
    ],
)
def test_out_of_office_subjects(subject: str) -> None:
    kind, reason = kind_of(message(subject=subject, body="I will reply when I am back."))
    assert kind == Kind.AUTO_REPLY
    assert "subject" in reason


@pytest.mark.parametrize(
    "subject",
    [
        "Undeliverable: Nomination C. CWS 175",
        "Delivery Status Notification (Failure)",
        "Mail delivery failed: returning message to sender",
        "Undelivered Mail Returned to Sender",
        "Non remis : Désignation",
        "No se puede entregar: Nominación",
        "Недоставленное сообщение: Номинация",
        "系统退信",
        "Unzustellbar: Nominierung",
        "Returned mail: see transcript for details",
    ],
)
def test_delivery_failure_subjects(subject: str) -> None:
    kind, reason = kind_of(message(subject=subject, body="Your message could not be delivered."))
    assert kind == Kind.BOUNCE
    assert reason


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for your message. I am out of the office until 30 October.",
        "Bonjour, je suis absent du bureau jusqu'au 30 octobre.",
        "Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes.",
        "Здравствуйте! Я в отпуске до 30 октября.",
        "您好，我目前不在办公室，将于10月30日返回。",
        "شكرا لرسالتكم. أنا خارج المكتب حتى 30 أكتوبر.",
        "Ich bin derzeit nicht im Büro.",
    ],
)
def test_absence_phrases_in_short_new_text(body: str) -> None:
    kind, reason = kind_of(message(subject="Re: Nomination", body=body))
    assert kind == Kind.AUTO_REPLY
    assert "absence" in reason


def test_a_nomination_quoting_an_old_absence_notice_is_a_person() -> None:
    body = (
        NOMINATION
        + "\n\n-----Original Message-----\nFrom: x\n\nI am out of the office until Monday.\n"
    )
    assert kind_of(message(subject="Re: Automatic reply", body=body))[0] is None
    quoted = NOMINATION + "\nOn Monday, Jane wrote:\n> I am out of the office until Monday.\n"
    assert kind_of(message(subject="Re: Nomination", body=quoted))[0] is None


def test_absence_phrase_deep_in_a_long_message_is_a_person() -> None:
    body = (
        NOMINATION * 20 + "\nP.S. I am out of the office until Monday, please copy my colleague.\n"
    )
    assert kind_of(message(subject="Nomination", body=body))[0] is None


def test_rule_forwarded_mail_is_not_an_auto_reply() -> None:
    # Exchange inbox rules stamp forwards auto-generated (Zammad issue 6025).
    raw = message(
        subject="FW: Nomination C. CWS 175",
        headers={
            "Auto-Submitted": "auto-generated",
            "X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent",
        },
    )
    assert kind_of(raw)[0] is None


DSN = """From: {sender}
To: office@example.org
Subject: {subject}
MIME-Version: 1.0
Content-Type: multipart/{container}; {extra}boundary="R"

--R
Content-Type: text/plain

This is the mail system. Your message could not be delivered.

--R
Content-Type: message/{report}

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; x@example.org
Action: failed
Status: 5.1.1

--R
Content-Type: message/rfc822

From: office@example.org
Subject: Nomination C. CWS 175
Content-Type: text/plain

{nomination}
--R--
"""


@pytest.mark.parametrize(
    ("shape", "kind", "reason"),
    [
        (
            ("report", "report-type=delivery-status; ", "delivery-status", "x@example.net", "Hi"),
            Kind.BOUNCE,
            "report-type=delivery-status",
        ),
        # A DSN part inside multipart/mixed (no report-type) is still a bounce.
        (
            ("mixed", "", "delivery-status", "x@example.net", "Hi"),
            Kind.BOUNCE,
            "message/delivery-status",
        ),
        (
            (
                "report",
                "report-type=feedback-report; ",
                "feedback-report",
                "x@example.net",
                "Abuse report",
            ),
            Kind.OTHER,
            "feedback-report",
        ),
        (
            (
                "report",
                "report-type=disposition-notification; ",
                "disposition-notification",
                "x@example.net",
                "Read: Nomination",
            ),
            Kind.OTHER,
            "disposition-notification",
        ),
        (
            ("mixed", "", "disposition-notification", "x@example.net", "Read: Nomination"),
            Kind.OTHER,
            "MDN",
        ),
    ],
)
def test_report_structures(shape: tuple[str, str, str, str, str], kind: Kind, reason: str) -> None:
    container, extra, report, sender, subject = shape
    raw = DSN.format(
        container=container,
        extra=extra,
        report=report,
        sender=sender,
        subject=subject,
        nomination=NOMINATION,
    ).encode()
    got, why = kind_of(raw)
    assert got == kind
    assert reason in why


def test_a_bounce_carrying_the_nomination_is_a_bounce() -> None:
    raw = DSN.format(
        container="report",
        extra="report-type=delivery-status; ",
        report="delivery-status",
        sender="MAILER-DAEMON@example.net",
        subject="Undelivered Mail Returned to Sender",
        nomination=NOMINATION,
    ).encode()
    view = read_message(raw, ParseOptions())
    assert classify(view).kind == Kind.BOUNCE
    assert "ca-jsmith" in view.forwarded[0].body_text


@pytest.mark.parametrize(
    ("sender", "headers", "subject", "body", "kind"),
    [
        ("MAILER-DAEMON@mx.example.net", {}, "Warning", "Something happened.", Kind.BOUNCE),
        ("Mail Delivery Subsystem <daemon@example.net>", {}, "Returned", "See below.", Kind.BOUNCE),
        ("postmaster@example.net", {}, "Notice", "User unknown: x@example.org", Kind.BOUNCE),
        (
            "someone@example.net",
            {"Return-Path": "<>"},
            "Notice",
            "550 5.1.1 user unknown",
            Kind.BOUNCE,
        ),
        # A null Return-Path alone (no failure wording) is not enough.
        ("someone@example.net", {"Return-Path": "<>"}, "Hello", NOMINATION, None),
        # postmaster@ writing a normal note is not a bounce.
        ("postmaster@example.net", {}, "Our new address", "Please note our new address.", None),
    ],
)
def test_mail_system_senders(
    sender: str, headers: dict[str, str], subject: str, body: str, kind: Kind | None
) -> None:
    assert kind_of(message(sender=sender, headers=headers, subject=subject, body=body))[0] == kind


def test_gateway_bounce_with_a_reply_prefix() -> None:
    raw = message(
        subject="RE: Nomination : non remis (delivery failed)",
        body="Your message could not be delivered to x@example.org\n\n" + NOMINATION,
    )
    assert kind_of(raw)[0] == Kind.BOUNCE
    # A person writing back about a failed delivery is not a bounce.
    raw = message(subject="Re: Undeliverable: Nomination", body="Please use my new address.")
    assert kind_of(raw)[0] is None


def test_auto_submitted_bounce_is_a_bounce() -> None:
    raw = message(
        subject="Mail failure - malformed recipient address",
        body="A message that you sent contained a recipient address that was incorrectly constructed.",
        headers={"Auto-Submitted": "auto-replied"},
    )
    assert kind_of(raw)[0] == Kind.BOUNCE


def test_amazon_ses_bounce_notification() -> None:
    body = (
        '{"Type":"Notification","Message":"{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{}}"}'
    )
    kind, reason = kind_of(
        message(sender="no-reply@sns.example.com", subject="AWS Notification Message", body=body)
    )
    assert kind == Kind.BOUNCE
    assert "SNS" in reason


def test_calendar_invitation_is_other() -> None:
    msg = EmailMessage()
    msg["From"] = "jane@example.org"
    msg["Subject"] = "Invitation: CWS task force meeting"
    msg.set_content("You are invited.")
    msg.add_alternative("BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n", subtype="calendar")
    kind, reason = kind_of(msg.as_bytes())
    assert kind == Kind.OTHER
    assert "calendar" in reason
