"""Mail that is not a nomination but looks like one must never come out as a nomination.

Out-of-office replies quoting the nomination they answer, read receipts, delivery delays and
failures in several MTAs' shapes, calendar invitations, the Secretariat's own message quoted
back with a bare "thanks", phishing, another body's circular listing people, and our own
mail looping back: in the six languages. A wrong "nomination" writes to a stranger or files
a fake nominee, so each of these must be classed auto_reply, bounce or other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog

OWN = "cws.mail@wipo.int"
DATE = format_datetime(datetime(2023, 10, 3, 8, 15, tzinfo=UTC))

# The nominations these mails answer, quote or carry, one per language.
NOMINATION = {
    "en": (
        "Dear Secretariat,\n\nWith reference to circular C. CWS 175, the Patent Office of "
        "Examplestan nominates the following representative:\n\n"
        "Task Force: XML4IP Task Force\nName: Mr John SMITH\nPosition: Senior Examiner\n"
        "WIPO Accounts username: xx-jsmith\nE-mail: john.smith@office.example\n\n"
        "Best regards,\nJane Doe\nInternational Affairs\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, l'Office de la propriété "
        "industrielle d'Exempleland désigne :\n\n"
        "Équipe d'experts : API Task Force\nNom : DUPONT\nPrénom : Marie\nTitre : Mme\n"
        "Fonction : Cheffe de projet\nNom d'utilisateur WIPO : xx-mdupont\n"
        "Courriel : marie.dupont@office.example\n\nVeuillez agréer nos salutations distinguées.\n"
    ),
    "es": (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, la Oficina Española de "
        "Ejemplo propone:\n\n"
        "Equipo técnico: Legal Status Task Force\nApellido: GARCÍA\nNombre: Luis\nTítulo: Sr.\n"
        "Cargo: Examinador\nUsuario WIPO: xx-lgarcia\nCorreo: luis.garcia@office.example\n\n"
        "Atentamente,\nAna Pérez\n"
    ),
    "ru": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 Ведомство Примерии "
        "выдвигает кандидатуру:\n\n"
        "Целевая группа: XML4IP Task Force\nФамилия: Иванов\nИмя: Пётр\nОбращение: г-н\n"
        "Должность: главный эксперт\nИмя пользователя WIPO: xx-pivanov\n"
        "Эл. почта: p.ivanov@office.example\n\nС уважением,\nОльга Смирнова\n"
    ),
    "zh": (
        "尊敬的秘书处：\n\n根据C. CWS 175号通函，我局提名以下代表：\n\n"
        "工作队：Blockchain Task Force\n姓：王\n名：伟\n称谓：先生\n职务：审查员\n"
        "WIPO用户名：xx-wangwei\n电子邮件：wang.wei@office.example\n\n此致\n敬礼\n"
    ),
    "ar": (
        "السادة الأمانة المحترمون،\n\nردا على التعميم C. CWS 175، يرشح المكتب ما يلي:\n\n"
        "فرقة العمل: API Task Force\nاللقب: السيد\nالاسم الأخير: حسن\nالاسم الأول: أحمد\n"
        "الوظيفة: فاحص براءات\nاسم المستخدم في الويبو: xx-ahassan\n"
        "البريد الإلكتروني: ahmed.hassan@office.example\n\nمع خالص التحيات،\n"
    ),
}

SUBJECT = {
    "en": "C. CWS 175 - nomination",
    "fr": "C. CWS 175 - désignation",
    "es": "C. CWS 175 - nominación",
    "ru": "C. CWS 175 - номинация",
    "zh": "C. CWS 175 提名",
    "ar": "C. CWS 175 - ترشيح",
}

# How each language's Outlook heads a message it quotes in full.
OUTLOOK_HEAD = {
    "en": "From: {f}\nSent: Monday, October 2, 2023 9:30 AM\nTo: {t}\nSubject: {s}\n",
    "fr": "De : {f}\nEnvoyé : lundi 2 octobre 2023 09:30\nÀ : {t}\nObjet : {s}\n",
    "es": "De: {f}\nEnviado el: lunes, 2 de octubre de 2023 9:30\nPara: {t}\nAsunto: {s}\n",
    "ru": "От: {f}\nОтправлено: 2 октября 2023 г. 9:30\nКому: {t}\nТема: {s}\n",
    "zh": "发件人: {f}\n发送时间: 2023年10月2日 9:30\n收件人: {t}\n主题: {s}\n",
    "ar": "من: {f}\nتاريخ الإرسال: الاثنين، 2 أكتوبر، 2023 9:30 ص\nإلى: {t}\nالموضوع: {s}\n",
}

OFFICE = "Jane Doe <jane.doe@office.example>"
COLLEAGUE = "Colleague <colleague@office.example>"


def _outlook_quote(lang: str, sender: str, to: str, subject: str, body: str) -> str:
    head = OUTLOOK_HEAD[lang].format(f=sender, t=to, s=subject)
    return f"\n\n________________________________\n{head}\n{body}"


def _angle_quote(attribution: str, body: str) -> str:
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.splitlines())
    return f"\n\n{attribution}\n{quoted}\n"


def _mail(
    *,
    subject: str,
    body: str,
    sender: str = COLLEAGUE,
    to: str = OFFICE,
    headers: tuple[tuple[str, str], ...] = (),
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = DATE
    msg["Message-ID"] = "<not-a-nomination@mx.office.example>"
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    return msg


def _original(lang: str) -> EmailMessage:
    """The office's nomination as sent, for reports that carry it whole."""
    msg = EmailMessage()
    msg["From"] = OFFICE
    msg["To"] = OWN
    msg["Subject"] = SUBJECT[lang]
    msg["Date"] = format_datetime(datetime(2023, 10, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = "<nomination-1@office.example>"
    msg.set_content(NOMINATION[lang])
    return msg


def _report(
    *,
    subject: str,
    sender: str,
    human: str,
    report_type: str,
    fields: str,
    lang: str,
    carry: str = "message",
) -> EmailMessage:
    """multipart/report (RFC 6522): a human part, the machine part, then the original."""
    original = _original(lang).as_string()
    if carry == "message":
        third = f"Content-Type: message/rfc822\n\n{original}"
    else:
        # text/rfc822-headers: only the head of the original.
        third = "Content-Type: text/rfc822-headers\n\n" + original.partition("\n\n")[0] + "\n"
    auto = "auto-replied" if report_type == "delivery-status" else "auto-generated"
    raw = (
        f"From: {sender}\nTo: {OFFICE}\nSubject: {subject}\nDate: {DATE}\n"
        f"Message-ID: <report-1@mx.office.example>\nAuto-Submitted: {auto}\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/report; report-type={report_type}; boundary="=b="\n\n'
        f'--=b=\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{human}\n\n--=b=\nContent-Type: message/{report_type}\n\n{fields}\n"
        f"--=b=\n{third}\n--=b=--\n"
    )
    parsed = message_from_bytes(raw.encode(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def _dsn_fields(action: str, status: str, diagnostic: str) -> str:
    return (
        "Reporting-MTA: dns; mx.office.example\n"
        "Arrival-Date: Mon, 2 Oct 2023 09:30:05 +0000\n\n"
        "Final-Recipient: rfc822; cws.mail@wipo.int\n"
        f"Action: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diagnostic}\n"
    )


def _mdn_fields() -> str:
    return (
        "Reporting-UA: mail.office.example; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822; colleague@office.example\n"
        "Original-Message-ID: <nomination-1@office.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
    )


# --- out-of-office replies -----------------------------------------------------------------


def ooo_en_exchange_headers() -> EmailMessage:
    return _mail(
        subject=f"Automatic reply: {SUBJECT['en']}",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        body="I am out of the office until 30 October 2023 with limited access to e-mail. "
        "For urgent matters please contact the front desk."
        + _outlook_quote("en", OFFICE, COLLEAGUE, SUBJECT["en"], NOMINATION["en"]),
    )


def ooo_en_no_headers_angle() -> EmailMessage:
    return _mail(
        subject=f"Out of Office: Re: {SUBJECT['en']}",
        body="Thank you for your e-mail. I am currently on annual leave and will return on "
        "16 October. Your message will not be forwarded."
        + _angle_quote("On Mon, 2 Oct 2023 at 09:30, Jane Doe wrote:", NOMINATION["en"]),
    )


def ooo_en_same_subject_no_headers() -> EmailMessage:
    # A vacation responder that keeps the subject and sets no header at all.
    return _mail(
        subject=f"Re: {SUBJECT['en']}",
        body="This is an automatic reply. I am away from the office until Monday 9 October "
        "and will respond to your message on my return."
        + _outlook_quote("en", OFFICE, COLLEAGUE, SUBJECT["en"], NOMINATION["en"]),
    )


def ooo_en_lotus_auto() -> EmailMessage:
    return _mail(
        subject="AUTO: Colleague is out of the office (returning 10/16/2023)",
        body="I am out of the office until 10/16/2023.\n\nI will respond to your message when "
        "I return.\n\nNote: This is an automated response to your message "
        f'"{SUBJECT["en"]}" sent on 02/10/2023 9:30:00.\n\nThis is the only notification you '
        "will receive while this person is away.\n\n" + NOMINATION["en"],
    )


def ooo_fr_headers() -> EmailMessage:
    return _mail(
        subject=f"Réponse automatique : {SUBJECT['fr']}",
        headers=(("X-Autoreply", "yes"),),
        body="Bonjour,\n\nJe suis absente du bureau jusqu'au 16 octobre inclus. En cas "
        "d'urgence, merci de contacter le secrétariat."
        + _outlook_quote("fr", OFFICE, COLLEAGUE, SUBJECT["fr"], NOMINATION["fr"]),
    )


def ooo_fr_no_headers() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['fr']}",
        body="Bonjour,\n\nJe suis actuellement en congé et je n'aurai pas accès à ma messagerie "
        "avant le 16 octobre. Ceci est une réponse automatique."
        + _angle_quote("Le lun. 2 oct. 2023 à 09:30, Jane Doe a écrit :", NOMINATION["fr"]),
    )


def ooo_es_headers() -> EmailMessage:
    return _mail(
        subject=f"Respuesta automática: {SUBJECT['es']}",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 16 de octubre, con "
        "acceso limitado al correo."
        + _outlook_quote("es", OFFICE, COLLEAGUE, SUBJECT["es"], NOMINATION["es"]),
    )


def ooo_es_no_headers() -> EmailMessage:
    return _mail(
        subject=f"Fuera de la oficina: {SUBJECT['es']}",
        body="Me encuentro de vacaciones hasta el 16 de octubre. Su correo será atendido a mi "
        "regreso."
        + _angle_quote("El lun, 2 oct 2023 a las 9:30, Jane Doe escribió:", NOMINATION["es"]),
    )


def ooo_ru_headers() -> EmailMessage:
    return _mail(
        subject=f"Автоматический ответ: {SUBJECT['ru']}",
        headers=(("X-Autoreply", "yes"), ("Precedence", "auto_reply")),
        body="Здравствуйте!\n\nЯ нахожусь в отпуске до 16 октября. По срочным вопросам "
        "обращайтесь в канцелярию."
        + _outlook_quote("ru", OFFICE, COLLEAGUE, SUBJECT["ru"], NOMINATION["ru"]),
    )


def ooo_ru_no_headers() -> EmailMessage:
    return _mail(
        subject=f"Re: {SUBJECT['ru']}",
        body="Добрый день! Меня нет на рабочем месте до 16 октября. Это автоматический ответ, "
        "отвечать на него не нужно."
        + _angle_quote("Пн, 2 окт. 2023 г. в 9:30, Jane Doe написал(а):", NOMINATION["ru"]),
    )


def ooo_zh_headers() -> EmailMessage:
    return _mail(
        subject=f"自动回复：{SUBJECT['zh']}",
        headers=(("Auto-Submitted", "auto-replied"),),
        body="您好！我目前休假，10月16日返回办公室。如有急事，请联系办公室。"
        + _outlook_quote("zh", OFFICE, COLLEAGUE, SUBJECT["zh"], NOMINATION["zh"]),
    )


def ooo_zh_no_headers() -> EmailMessage:
    return _mail(
        subject=f"自动回复：回复：{SUBJECT['zh']}",
        body="这是一封自动回复邮件。本人出差中，10月16日前无法及时回复邮件，敬请谅解。"
        + _angle_quote("在 2023年10月2日 9:30，Jane Doe 写道：", NOMINATION["zh"]),
    )


def ooo_ar_headers() -> EmailMessage:
    return _mail(
        subject=f"رد تلقائي: {SUBJECT['ar']}",
        headers=(("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")),
        body="شكرا لرسالتكم. أنا خارج المكتب حتى 16 أكتوبر ولن أتمكن من الرد على البريد."
        + _outlook_quote("ar", OFFICE, COLLEAGUE, SUBJECT["ar"], NOMINATION["ar"]),
    )


def ooo_ar_no_headers() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['ar']}",
        body="هذا رد آلي. أنا في إجازة حتى 16 أكتوبر وسأرد على رسالتكم عند عودتي."
        + _outlook_quote("ar", OFFICE, COLLEAGUE, SUBJECT["ar"], NOMINATION["ar"]),
    )


def ooo_es_reply_subject() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['es']}",
        body="Estoy de vacaciones y no tengo acceso al correo hasta el 16 de octubre. "
        "Este es un mensaje automático."
        + _outlook_quote("es", OFFICE, COLLEAGUE, SUBJECT["es"], NOMINATION["es"]),
    )


def ooo_zh_reply_subject() -> EmailMessage:
    return _mail(
        subject=f"回复：{SUBJECT['zh']}",
        body="您好，我正在休假，10月16日返回。此邮件为自动回复。"
        + _outlook_quote("zh", OFFICE, COLLEAGUE, SUBJECT["zh"], NOMINATION["zh"]),
    )


# --- read receipts -------------------------------------------------------------------------


def mdn_en_report() -> EmailMessage:
    return _report(
        subject=f"Read: {SUBJECT['en']}",
        sender=COLLEAGUE,
        human="Your message\n\n  To: Colleague\n  Subject: C. CWS 175 - nomination\n"
        "  Sent: Monday, October 2, 2023 9:30:00 AM (UTC)\n\nwas read on Monday, "
        "October 2, 2023 10:02:11 AM (UTC).",
        report_type="disposition-notification",
        fields=_mdn_fields(),
        lang="en",
        carry="headers",
    )


def mdn_fr_plain() -> EmailMessage:
    # Some clients send the receipt as plain text, without the report structure.
    return _mail(
        subject=f"Lu : {SUBJECT['fr']}",
        body="Votre message\n\n  À : Colleague\n  Objet : C. CWS 175 - désignation\n"
        "  Envoyé : lundi 2 octobre 2023 09:30:00 (UTC+01:00)\n\n"
        "a été lu le lundi 2 octobre 2023 10:02:11 (UTC+01:00).",
    )


def mdn_es_report_with_original() -> EmailMessage:
    return _report(
        subject=f"Leído: {SUBJECT['es']}",
        sender=COLLEAGUE,
        human="Su mensaje\n\n  Para: Colleague\n  Asunto: C. CWS 175 - nominación\n"
        "  Enviado: lunes, 2 de octubre de 2023 9:30:00\n\nse leyó el lunes, 2 de octubre "
        "de 2023 10:02:11.",
        report_type="disposition-notification",
        fields=_mdn_fields(),
        lang="es",
    )


def mdn_ru_plain() -> EmailMessage:
    return _mail(
        subject=f"Прочитано: {SUBJECT['ru']}",
        body="Ваше сообщение\n\n  Кому: Colleague\n  Тема: C. CWS 175 - номинация\n"
        "  Отправлено: 2 октября 2023 г. 9:30:00\n\nбыло прочитано 2 октября 2023 г. 10:02:11.",
    )


def mdn_zh_report_with_original() -> EmailMessage:
    return _report(
        subject=f"已读: {SUBJECT['zh']}",
        sender=COLLEAGUE,
        human="您的邮件\n\n  收件人: Colleague\n  主题: C. CWS 175 提名\n"
        "  发送时间: 2023年10月2日 9:30:00\n\n已于 2023年10月2日 10:02:11 被阅读。",
        report_type="disposition-notification",
        fields=_mdn_fields(),
        lang="zh",
    )


def mdn_ar_report() -> EmailMessage:
    return _report(
        subject=f"تمت القراءة: {SUBJECT['ar']}",
        sender=COLLEAGUE,
        human="رسالتك\n\n  إلى: Colleague\n  الموضوع: C. CWS 175 - ترشيح\n\n"
        "تمت قراءتها في الاثنين، 2 أكتوبر، 2023 10:02:11 ص.",
        report_type="disposition-notification",
        fields=_mdn_fields(),
        lang="ar",
    )


def mdn_ar_plain() -> EmailMessage:
    return _mail(
        subject=f"مقروءة: {SUBJECT['ar']}",
        body="رسالتك\n\n  إلى: Colleague\n  الموضوع: C. CWS 175 - ترشيح\n\n"
        "تمت قراءتها في الاثنين، 2 أكتوبر، 2023 10:02:11 ص.",
    )


# --- delivery delays and failures -----------------------------------------------------------


def dsn_exchange_ndr_en() -> EmailMessage:
    return _report(
        subject=f"Undeliverable: {SUBJECT['en']}",
        sender="Microsoft Outlook <postmaster@office.example>",
        human="Delivery has failed to these recipients or groups:\n\n"
        "cws.mail@wipo.int\nThe e-mail address you entered couldn't be found.\n\n"
        "Diagnostic information for administrators:\n"
        "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'",
        report_type="delivery-status",
        fields=_dsn_fields("failed", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound"),
        lang="en",
    )


def dsn_postfix_fr() -> EmailMessage:
    return _report(
        subject="Undelivered Mail Returned to Sender",
        sender="MAILER-DAEMON@mx.office.example (Mail Delivery System)",
        human="This is the mail system at host mx.office.example.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or "
        "more recipients. It's attached below.\n\n"
        "<cws.mail@wipo.int>: host mx.example.net said: 552 5.2.2 mailbox full",
        report_type="delivery-status",
        fields=_dsn_fields("failed", "5.2.2", "552 5.2.2 mailbox full"),
        lang="fr",
    )


def dsn_gmail_delay_es() -> EmailMessage:
    return _report(
        subject="Delivery Status Notification (Delay)",
        sender="Mail Delivery Subsystem <mailer-daemon@mail.example.com>",
        human="** Message not delivered yet **\n\nThere was a temporary problem delivering your "
        "message to cws.mail@wipo.int. Gmail will retry for 45 more hours. You'll be notified "
        "if the delivery fails permanently.",
        report_type="delivery-status",
        fields=_dsn_fields("delayed", "4.4.1", "421 4.4.1 connection timed out"),
        lang="es",
    )


def dsn_exchange_delay_ru() -> EmailMessage:
    return _report(
        subject=f"Задержка доставки: {SUBJECT['ru']}",
        sender="Microsoft Outlook <postmaster@office.example>",
        human="Доставка этого сообщения задерживается. Сервер продолжит попытки доставки.\n\n"
        "Получатели: cws.mail@wipo.int",
        report_type="delivery-status",
        fields=_dsn_fields("delayed", "4.4.7", "400 4.4.7 Message delayed"),
        lang="ru",
    )


def bounce_qmail_en_plain() -> EmailMessage:
    original = _original("en").as_string()
    return _mail(
        subject="failure notice",
        sender="MAILER-DAEMON@mx.office.example",
        body="Hi. This is the qmail-send program at mx.office.example.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<cws.mail@wipo.int>:\n203.0.113.7 does not like recipient.\n"
        "Remote host said: 550 5.1.1 <cws.mail@wipo.int>: Recipient address rejected\n"
        "Giving up on 203.0.113.7.\n\n--- Below this line is a copy of the message.\n\n" + original,
    )


def bounce_exim_ru_plain() -> EmailMessage:
    original = _original("ru").as_string()
    return _mail(
        subject="Mail delivery failed: returning message to sender",
        sender="Mail Delivery System <Mailer-Daemon@mx.office.example>",
        headers=(("X-Failed-Recipients", OWN),),
        body="This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        "  cws.mail@wipo.int\n    host mx.example.net [203.0.113.7]\n"
        "    SMTP error from remote mail server after RCPT TO:<cws.mail@wipo.int>:\n"
        "    550 5.1.1 User unknown\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n" + original,
    )


def bounce_zh_provider_plain() -> EmailMessage:
    return _mail(
        subject=f"退信通知：{SUBJECT['zh']}",
        sender="postmaster@mail.office.example",
        body="很抱歉，您发送的邮件无法送达以下收件人：\ncws.mail@wipo.int\n\n"
        "退信原因：收件人邮箱不存在 (550 5.1.1 user unknown)\n\n----- 原始邮件 -----\n"
        + NOMINATION["zh"],
    )


def bounce_ar_exchange_plain() -> EmailMessage:
    return _mail(
        subject=f"تعذر التسليم: {SUBJECT['ar']}",
        sender="Microsoft Outlook <postmaster@office.example>",
        body="تعذر تسليم رسالتك إلى هؤلاء المستلمين أو المجموعات:\n\ncws.mail@wipo.int\n\n"
        "معلومات التشخيص للمسؤولين:\nRemote Server returned '550 5.1.1 "
        "RESOLVER.ADR.RecipNotFound; not found'"
        + _outlook_quote("ar", OFFICE, OWN, SUBJECT["ar"], NOMINATION["ar"]),
    )


# --- a calendar invitation -------------------------------------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:tf-meeting-1@office.example\r\nDTSTAMP:20231002T093000Z\r\n"
    "DTSTART:20231020T120000Z\r\nDTEND:20231020T133000Z\r\n"
    "SUMMARY:XML4IP Task Force - online meeting\r\n"
    "ORGANIZER;CN=Jane Doe:mailto:jane.doe@office.example\r\n"
    "ATTENDEE;CN=John SMITH;RSVP=TRUE:mailto:john.smith@office.example\r\n"
    "ATTENDEE;CN=CWS Mail;RSVP=TRUE:mailto:cws.mail@wipo.int\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def calendar_en_alternative() -> EmailMessage:
    msg = _mail(
        subject="Invitation: XML4IP Task Force - online meeting @ Fri 20 Oct 2023 14:00",
        sender=OFFICE,
        to=OWN,
        body="You have been invited to the following event.\n\nXML4IP Task Force - online "
        "meeting (C. CWS 175 follow-up)\nWhen: Friday 20 October 2023 14:00 - 15:30 CEST\n"
        "Organizer: Jane Doe, jane.doe@office.example\nParticipants:\n"
        "Mr John SMITH, Senior Examiner, john.smith@office.example (xx-jsmith)\n"
        "CWS Mail, cws.mail@wipo.int\n",
    )
    msg.add_alternative(ICS, subtype="calendar", params={"method": "REQUEST"})
    return msg


def calendar_fr_attachment() -> EmailMessage:
    msg = _mail(
        subject="Invitation : Réunion de l'équipe d'experts API - 20 oct. 2023",
        sender=OFFICE,
        to=OWN,
        body="Réunion de l'équipe d'experts API (suite à la circulaire C. CWS 175).\n"
        "Participants : Mme Marie DUPONT, Cheffe de projet, marie.dupont@office.example\n",
    )
    msg.add_attachment(ICS.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return msg


# --- the Secretariat's own mail quoted back with only thanks ----------------------------------

ACK_EN = (
    "Dear Ms Doe,\n\nThe Secretariat acknowledges receipt of your nomination in reply to "
    "C. CWS 175:\n\nTask Force: XML4IP Task Force\nName: Mr John SMITH\nPosition: Senior "
    "Examiner\nUsername: xx-jsmith\nE-mail: john.smith@office.example\n\nWiki access will be "
    "granted once the nomination is approved.\n\nBest regards,\nCWS Secretariat\n"
)
REQUEST_FR = (
    "Madame,\n\nNous accusons réception de votre désignation (C. CWS 175). Il manque "
    "le nom d'utilisateur des comptes WIPO de la personne suivante :\n\nNom : DUPONT\n"
    "Prénom : Marie\nFonction : Cheffe de projet\nCourriel : marie.dupont@office.example\n"
    "Nom d'utilisateur WIPO : (manquant)\n\nCordialement,\nSecrétariat du CWS\n"
)
ACK_ZH = (
    "尊敬的女士：\n\n秘书处已收到贵局对C. CWS 175号通函的回复，提名如下：\n"
    "工作队：Blockchain Task Force\n姓名：王伟先生\n职务：审查员\n用户名：xx-wangwei\n"
    "电子邮件：wang.wei@office.example\n\n此致\nCWS秘书处\n"
)
ACK_ES = (
    "Estimada Sra. Pérez:\n\nLa Secretaría acusa recibo de su propuesta (C. CWS 175):\n"
    "Equipo técnico: Legal Status Task Force\nNombre: Sr. Luis GARCÍA\nCargo: Examinador\n"
    "Usuario: xx-lgarcia\nCorreo: luis.garcia@office.example\n\nAtentamente,\n"
    "Secretaría del CWS\n"
)


def thanks_en() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['en']} - acknowledgement",
        sender=OFFICE,
        to=OWN,
        body="Thanks!\n\nJane"
        + _outlook_quote("en", f"CWS Mail <{OWN}>", OFFICE, SUBJECT["en"], ACK_EN),
    )


def thanks_fr() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['fr']} - informations manquantes",
        sender=OFFICE,
        to=OWN,
        body="Merci beaucoup."
        + _outlook_quote("fr", f"CWS Mail <{OWN}>", OFFICE, SUBJECT["fr"], REQUEST_FR),
    )


def thanks_zh() -> EmailMessage:
    return _mail(
        subject=f"回复：{SUBJECT['zh']}",
        sender=OFFICE,
        to=OWN,
        body="谢谢！" + _angle_quote(f"在 2023年10月3日 8:15，CWS Mail <{OWN}> 写道：", ACK_ZH),
    )


def thanks_es() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['es']}",
        sender="Ana Pérez <ana.perez@office.example>",
        to=OWN,
        body="Muchas gracias.\n\nSaludos,\nAna"
        + _outlook_quote("es", f"CWS Mail <{OWN}>", OFFICE, SUBJECT["es"], ACK_ES),
    )


# --- phishing and spam -------------------------------------------------------------------------


def phishing_en() -> EmailMessage:
    return _mail(
        subject="Action required: verify your WIPO account username",
        sender="WIPO Accounts <security@wipo-accounts.example>",
        to=OWN,
        body="Dear user,\n\nYour nomination to the CWS Task Force is pending because your WIPO "
        "account could not be verified.\n\nUsername: cws.mail\nE-mail: cws.mail@wipo.int\n\n"
        "Verify your username and password within 24 hours at "
        "http://wipo-verify.example/login or your WIPO account will be suspended.\n\n"
        "WIPO Accounts Team\n",
    )


def phishing_ru() -> EmailMessage:
    return _mail(
        subject="Срочно: подтвердите учетную запись WIPO",
        sender="Служба поддержки WIPO <support@wipo-account.example>",
        to=OWN,
        body="Уважаемый пользователь!\n\nВаша номинация в целевую группу не может быть "
        "обработана: учетная запись WIPO не подтверждена.\nИмя пользователя: cws.mail\n\n"
        "Подтвердите имя пользователя и пароль по ссылке http://wipo-login.example/verify в "
        "течение 24 часов, иначе учетная запись будет заблокирована.\n",
    )


def spam_zh() -> EmailMessage:
    return _mail(
        subject="恭喜！您已获得提名，请验证您的WIPO账户",
        sender="WIPO通知 <notice@wipo-cn.example>",
        to=OWN,
        body="尊敬的用户：\n\n恭喜您获得工作队提名！请在24小时内验证您的用户名和密码：\n"
        "http://wipo-cn.example/verify\n用户名：cws.mail\n否则您的WIPO账户将被停用。\n",
    )


def phishing_ar() -> EmailMessage:
    return _mail(
        subject="تحقق من اسم المستخدم لحساب الويبو الخاص بك",
        sender="حسابات الويبو <accounts@wipo-verify.example>",
        to=OWN,
        body="عزيزي المستخدم،\n\nترشيحك لفرقة العمل معلق لأنه لم يتم التحقق من حساب الويبو.\n"
        "اسم المستخدم: cws.mail\nيرجى التحقق من اسم المستخدم وكلمة المرور خلال 24 ساعة عبر "
        "الرابط http://wipo-verify.example/login وإلا سيتم تعليق حسابك.\n",
    )


# --- another body's circular listing people -------------------------------------------------------


def circular_en_other_body() -> EmailMessage:
    return _mail(
        subject="Circular 12/2023 - composition of the Standing Working Group on IT",
        sender="Secretariat <secretariat@regional-office.example>",
        to="Member offices <members@regional-office.example>",
        body="Dear colleagues,\n\nFurther to Circular 9/2023, please find below the members of "
        "the Standing Working Group on IT for 2024:\n\n"
        "1. Mr John SMITH, Senior Examiner, john.smith@office.example\n"
        "2. Ms Anna KOWALSKA, Head of Data, anna.kowalska@office.example\n"
        "3. Mr Luis GARCÍA, Examiner, luis.garcia@office.example\n\n"
        "Nominations for the vacant seat should reach the Secretariat by 20 October 2023.\n\n"
        "Regional Office Secretariat\n",
    )


def newsletter_es_list() -> EmailMessage:
    return _mail(
        subject="Boletín n.º 45 - nuevos miembros del grupo de trabajo",
        sender="Boletín <boletin@red-pi.example>",
        to="suscriptores@red-pi.example",
        headers=(
            ("List-Id", "<boletin.red-pi.example>"),
            ("List-Unsubscribe", "<mailto:baja@red-pi.example>"),
        ),
        body="Boletín informativo de la Red de PI\n\nNuevos miembros del grupo de trabajo:\n"
        "Apellido: GARCÍA\nNombre: Luis\nCargo: Examinador\nCorreo: luis.garcia@office.example\n\n"
        "Apellido: PÉREZ\nNombre: Ana\nCargo: Directora\nCorreo: ana.perez@office.example\n\n"
        "Para darse de baja, responda con el asunto BAJA.\n",
    )


def circular_fr_other_body() -> EmailMessage:
    return _mail(
        subject="Circulaire n° 7 – désignation des points de contact nationaux",
        sender="Organisation régionale <secretariat@org-regionale.example>",
        to="Offices membres <membres@org-regionale.example>",
        body="Madame, Monsieur,\n\nVoici la liste des points de contact nationaux désignés :\n\n"
        "Nom : DUPONT\nPrénom : Marie\nFonction : Cheffe de projet\n"
        "Courriel : marie.dupont@office.example\n\nNom : MARTIN\nPrénom : Paul\n"
        "Fonction : Directeur\nCourriel : paul.martin@office.example\n\n"
        "Le Secrétariat de l'Organisation régionale\n",
    )


def thanks_ru() -> EmailMessage:
    return _mail(
        subject=f"RE: {SUBJECT['ru']}",
        sender=OFFICE,
        to=OWN,
        body="Спасибо!"
        + _outlook_quote(
            "ru",
            f"CWS Mail <{OWN}>",
            OFFICE,
            SUBJECT["ru"],
            "Уважаемая г-жа Доу!\n\nСекретариат подтверждает получение номинации (C. CWS 175):\n"
            + NOMINATION["ru"].split("\n\n", 2)[2],
        ),
    )


def phishing_fr() -> EmailMessage:
    return _mail(
        subject="Votre compte WIPO sera suspendu : vérifiez votre nom d'utilisateur",
        sender="Comptes WIPO <comptes@wipo-securite.example>",
        to=OWN,
        body="Cher utilisateur,\n\nVotre désignation à l'équipe d'experts est en attente : votre "
        "compte WIPO n'a pas pu être vérifié.\nNom d'utilisateur : cws.mail\n"
        "Courriel : cws.mail@wipo.int\n\nVérifiez votre nom d'utilisateur et votre mot de passe "
        "sous 24 heures sur http://wipo-securite.example/connexion.\n",
    )


def circular_ru_other_body() -> EmailMessage:
    return _mail(
        subject="Циркуляр № 5/2023: состав рабочей группы по ИТ",
        sender="Секретариат <secretariat@regional-office.example>",
        to="Ведомства-участники <members@regional-office.example>",
        body="Уважаемые коллеги!\n\nСообщаем состав рабочей группы по ИТ на 2024 год:\n\n"
        "Фамилия: Иванов\nИмя: Пётр\nДолжность: главный эксперт\n"
        "Эл. почта: p.ivanov@office.example\n\nФамилия: Петрова\nИмя: Анна\n"
        "Должность: начальник отдела\nЭл. почта: a.petrova@office.example\n\n"
        "Секретариат региональной организации\n",
    )


# --- our own mail looping back -------------------------------------------------------------------


def loop_own_address_en() -> EmailMessage:
    return _mail(
        subject=SUBJECT["en"],
        sender=f"CWS Mail <{OWN}>",
        to=OWN,
        body=NOMINATION["en"],
    )


def loop_own_address_case_fr() -> EmailMessage:
    # Addresses are case-insensitive in practice; a loop may come back re-cased.
    return _mail(
        subject=f"TR: {SUBJECT['fr']}",
        sender="CWS.Mail@WIPO.int",
        to=OWN,
        body=NOMINATION["fr"],
    )


@dataclass(frozen=True)
class Case:
    build: Callable[[], EmailMessage]
    lang: str
    kind: Kind


CASES: tuple[Case, ...] = (
    Case(ooo_en_exchange_headers, "en", Kind.AUTO_REPLY),
    Case(ooo_en_no_headers_angle, "en", Kind.AUTO_REPLY),
    Case(ooo_en_same_subject_no_headers, "en", Kind.AUTO_REPLY),
    Case(ooo_en_lotus_auto, "en", Kind.AUTO_REPLY),
    Case(ooo_fr_headers, "fr", Kind.AUTO_REPLY),
    Case(ooo_fr_no_headers, "fr", Kind.AUTO_REPLY),
    Case(ooo_es_headers, "es", Kind.AUTO_REPLY),
    Case(ooo_es_no_headers, "es", Kind.AUTO_REPLY),
    Case(ooo_ru_headers, "ru", Kind.AUTO_REPLY),
    Case(ooo_ru_no_headers, "ru", Kind.AUTO_REPLY),
    Case(ooo_zh_headers, "zh", Kind.AUTO_REPLY),
    Case(ooo_zh_no_headers, "zh", Kind.AUTO_REPLY),
    Case(ooo_ar_headers, "ar", Kind.AUTO_REPLY),
    Case(ooo_ar_no_headers, "ar", Kind.AUTO_REPLY),
    Case(ooo_es_reply_subject, "es", Kind.AUTO_REPLY),
    Case(ooo_zh_reply_subject, "zh", Kind.AUTO_REPLY),
    Case(mdn_en_report, "en", Kind.OTHER),
    Case(mdn_fr_plain, "fr", Kind.OTHER),
    Case(mdn_es_report_with_original, "es", Kind.OTHER),
    Case(mdn_ru_plain, "ru", Kind.OTHER),
    Case(mdn_zh_report_with_original, "zh", Kind.OTHER),
    Case(mdn_ar_report, "ar", Kind.OTHER),
    Case(mdn_ar_plain, "ar", Kind.OTHER),
    Case(dsn_exchange_ndr_en, "en", Kind.BOUNCE),
    Case(dsn_postfix_fr, "fr", Kind.BOUNCE),
    Case(dsn_gmail_delay_es, "es", Kind.BOUNCE),
    Case(dsn_exchange_delay_ru, "ru", Kind.BOUNCE),
    Case(bounce_qmail_en_plain, "en", Kind.BOUNCE),
    Case(bounce_exim_ru_plain, "ru", Kind.BOUNCE),
    Case(bounce_zh_provider_plain, "zh", Kind.BOUNCE),
    Case(bounce_ar_exchange_plain, "ar", Kind.BOUNCE),
    Case(calendar_en_alternative, "en", Kind.OTHER),
    Case(calendar_fr_attachment, "fr", Kind.OTHER),
    Case(thanks_en, "en", Kind.OTHER),
    Case(thanks_fr, "fr", Kind.OTHER),
    Case(thanks_zh, "zh", Kind.OTHER),
    Case(thanks_es, "es", Kind.OTHER),
    Case(thanks_ru, "ru", Kind.OTHER),
    Case(phishing_fr, "fr", Kind.OTHER),
    Case(phishing_en, "en", Kind.OTHER),
    Case(phishing_ru, "ru", Kind.OTHER),
    Case(spam_zh, "zh", Kind.OTHER),
    Case(phishing_ar, "ar", Kind.OTHER),
    Case(circular_en_other_body, "en", Kind.OTHER),
    Case(newsletter_es_list, "es", Kind.OTHER),
    Case(circular_fr_other_body, "fr", Kind.OTHER),
    Case(circular_ru_other_body, "ru", Kind.OTHER),
    Case(loop_own_address_en, "en", Kind.OTHER),
    Case(loop_own_address_case_fr, "fr", Kind.OTHER),
)


def parse(msg: EmailMessage) -> ParsedEmail:
    return parse_email(msg.as_bytes(), catalog=catalog(), options=ParseOptions())


@pytest.mark.parametrize("case", CASES, ids=[c.build.__name__ for c in CASES])
def test_not_a_nomination(case: Case) -> None:
    parsed = parse(case.build())
    assert parsed.kind == case.kind, parsed.to_contract().get("warnings")


def test_the_set_covers_six_languages_and_every_family() -> None:
    assert {c.lang for c in CASES} == set(NOMINATION)
    assert {c.kind for c in CASES} == {Kind.AUTO_REPLY, Kind.BOUNCE, Kind.OTHER}
    assert len(CASES) >= 30


def test_the_same_nominations_sent_by_a_person_are_nominations() -> None:
    # The control: without the wrapping, each quoted body is read as the nomination it is.
    for lang in NOMINATION:
        parsed = parse(_original(lang))
        assert parsed.kind == Kind.NOMINATION, lang
        assert parsed.nominees, lang


# --- the rules behind the set, each next to the person's mail it must leave alone ---------------


def test_our_own_addresses_come_from_the_options() -> None:
    msg = _mail(subject=SUBJECT["en"], sender="CWS <cws.mail@example.com>", body=NOMINATION["en"])
    assert parse(msg).kind == Kind.NOMINATION
    mailbox = ParseOptions(own_addresses=("cws.mail@example.com",))
    looped = parse_email(msg.as_bytes(), catalog=catalog(), options=mailbox)
    assert looped.kind == Kind.OTHER
    assert "loop" in looped.kind_reason


def test_a_nomination_that_speaks_of_passwords_is_still_one() -> None:
    body = NOMINATION["en"].replace(
        "Best regards,",
        "Please confirm your receipt of this nomination. The nominee will reset the "
        "password of the WIPO account within 24 hours if needed.\n\nBest regards,",
    )
    assert parse(_mail(subject=SUBJECT["en"], sender=OFFICE, to=OWN, body=body)).kind == (
        Kind.NOMINATION
    )


def test_a_nomination_quoting_a_phishing_mail_is_still_one() -> None:
    # Only the new text is read for the ask: the office forwards what it received below.
    body = NOMINATION["en"] + _angle_quote(
        "On Mon, 2 Oct 2023, WIPO Accounts wrote:", phishing_en().get_content()
    )
    assert parse(_mail(subject=SUBJECT["en"], sender=OFFICE, to=OWN, body=body)).kind == (
        Kind.NOMINATION
    )


def test_a_bare_nominating_verb_counts_only_in_mail_sent_to_us() -> None:
    body = (
        "Dear colleagues,\n\nWe hereby nominate:\n\nName: Mr John SMITH\nPosition: Senior "
        "Examiner\nUsername: xx-jsmith\nE-mail: john.smith@office.example\n\nBest regards,\nJane\n"
    )
    to_us = _mail(subject="Nomination", sender=OFFICE, to=f"CWS <{OWN}>", body=body)
    assert parse(to_us).kind == Kind.NOMINATION
    elsewhere = _mail(subject="Nomination", sender=OFFICE, to="board@regional.example", body=body)
    assert parse(elsewhere).kind == Kind.OTHER
    # A circular cited (or WIPO named) is enough wherever the copy came from.
    cited = _mail(
        subject="C. CWS 175 nomination", sender=OFFICE, to="board@regional.example", body=body
    )
    assert parse(cited).kind == Kind.NOMINATION
