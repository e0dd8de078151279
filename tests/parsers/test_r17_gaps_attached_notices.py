"""The WIPO Accounts "account created" mail attached as a message (message/rfc822) reads as
the same mail forwarded inline.

A nominee or an office often sends the system's confirmation on as an attachment ("Forward
as attachment", or a mail dragged into a new one) instead of below the text: "Your WIPO
Account has been created ... Username: xx-x / E-mail: x@office.example", in the six
languages the system writes. Read as it is inline:

- with a cover saying only "see below my account", or nothing, it gives that account;
- with a nominee's own cover naming her task forces, she is the nominee, with the username
  and the address the notice confirms for the address she writes from;
- with an office's cover naming one nominee with task forces, that nominee gets the
  username and the address of the one account the attached notice confirms.

Near misses keep their reading: a cover naming two people gets no account from one notice
(whose is it?), a nominee whose cover gives another account address keeps her own, and a
question about the account stays no nomination.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.last_name, n.username, n.account_email, tuple(sorted(n.task_forces)))
        for n in parsed.nominees
    ]


_NOTICE_TEXT = {
    "en": (
        "Dear colleague,\n\nYour WIPO Account has been created successfully.\n\n"
        "Username: {user}\nE-mail: {address}\n\n"
        "Please do not reply to this automatically generated e-mail.\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\nVotre compte OMPI a été créé.\n\n"
        "Nom d'utilisateur : {user}\nCourriel : {address}\n\n"
        "Merci de ne pas répondre à ce message automatique.\n"
    ),
    "es": (
        "Estimado/a colega:\n\nSu cuenta de la OMPI ha sido creada.\n\n"
        "Nombre de usuario: {user}\nCorreo electrónico: {address}\n\n"
        "No responda a este mensaje automático.\n"
    ),
    "ru": (
        "Уважаемый пользователь!\n\nВаша учетная запись ВОИС успешно создана.\n\n"
        "Имя пользователя: {user}\nЭлектронная почта: {address}\n\n"
        "Это автоматическое сообщение, не отвечайте на него.\n"
    ),
    "zh": (
        "您好：\n\n您的WIPO账户已成功创建。\n\n用户名：{user}\n电子邮件：{address}\n\n"
        "请勿回复此自动生成的邮件。\n"
    ),
    "ar": (
        "عزيزي المستخدم،\n\nتم إنشاء حسابك في الويبو بنجاح.\n\nاسم المستخدم: {user}\n"
        "البريد الإلكتروني: {address}\n\nيرجى عدم الرد على هذه الرسالة الآلية.\n"
    ),
}


def _notice(language: str, address: str, user: str) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "WIPO Accounts <no-reply@accounts.wipo.example>"
    m["To"] = address
    m["Subject"] = "Your WIPO Account has been created"
    m.set_content(_NOTICE_TEXT[language].format(user=user, address=address))
    return m


def _inline(language: str, address: str, user: str) -> str:
    return (
        "\n\nBegin forwarded message:\n\n"
        "From: WIPO Accounts <no-reply@accounts.wipo.example>\n"
        "Subject: Your WIPO Account has been created\n"
        "Date: 1 October 2023 10:00\n"
        f"To: {address}\n\n" + _NOTICE_TEXT[language].format(user=user, address=address)
    )


_ANNA = "Anna Berg <anna.berg@office.example>"
_OFFICE = "Office Contact <contact.person@office.example>"

# --- a nominee's own cover --------------------------------------------------------------

_OWN_COVERS = {
    "en": "Dear Secretariat,\n\nFurther to circular C. CWS 175, my Office has decided to "
    "nominate me to the API Task Force. Attached is the confirmation of my WIPO Account; its "
    "e-mail is this same address.\n\nI am Head of the IT Division.\n\nBest regards,\nAnna Berg\n",
    "fr": "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office m'a désignée pour "
    "l'Équipe d'experts chargée des API. Vous trouverez en pièce jointe la confirmation de mon "
    "compte OMPI ; son courriel est cette même adresse.\n\nCordialement,\nAnna Berg\n",
    "zh": "CWS秘书处：\n\n您好！根据C. CWS 175号通函，我局已决定推荐我参加API工作队。我已注册了"
    "WIPO账户，现将系统发来的确认邮件作为附件转发给您，注册邮箱就是本邮箱。\n\n此致\nAnna Berg\n",
}


@pytest.mark.parametrize("language", list(_OWN_COVERS))
def test_a_nominee_attaches_her_account_created_mail(language: str) -> None:
    cover = _OWN_COVERS[language]
    notice = _notice("en", "anna.berg@office.example", "xx-aberg")
    attached = parse(make_mail(cover, sender=_ANNA, forwarded=notice))
    assert attached.kind == "nomination", attached.kind_reason
    assert people(attached) == [
        ("Berg", "xx-aberg", "anna.berg@office.example", ("API Task Force",))
    ]


# --- a cover saying only where the account is, or nothing --------------------------------


@pytest.mark.parametrize("language", list(_NOTICE_TEXT))
@pytest.mark.parametrize("cover", ["See below my account.\n\nAnna Berg\n", ""])
def test_an_attached_notice_reads_as_the_inline_one(language: str, cover: str) -> None:
    address, user = "anna.berg@office.example", "xx-aberg"
    subject = "Fwd: Your WIPO Account has been created"
    inline = parse(
        make_mail(cover + _inline(language, address, user), sender=_ANNA, subject=subject)
    )
    attached = parse(
        make_mail(cover, sender=_ANNA, subject=subject, forwarded=_notice(language, address, user))
    )
    assert (attached.kind, attached.nominees) == (inline.kind, inline.nominees)
    assert [(n.username, n.account_email) for n in attached.nominees] == [(user, address)]


# --- an office's cover naming one nominee ------------------------------------------------

_OFFICE_COVERS = {
    "en": "Dear Secretariat,\n\nFurther to circular C. CWS 175, we nominate Ms Anna Berg, "
    "Head of the IT Division, to the API Task Force. Her WIPO Account confirmation is "
    "attached.\n\nBest regards,\nPatent Office",
    "fr": "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons Mme Anna "
    "Berg, cheffe de la division informatique, pour l'Équipe d'experts chargée des API. La "
    "confirmation de son compte OMPI est jointe.\n\nCordialement,\nOffice",
    "es": "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. "
    "Anna Berg, jefa de la División de TI, para el Equipo Técnico sobre API. Se adjunta la "
    "confirmación de su cuenta OMPI.\n\nAtentamente,\nOficina",
    "ru": "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 выдвигаем г-жу "
    "Берг Анну Ивановну, начальника отдела, в Целевую группу по API. Подтверждение создания "
    "ее учетной записи ВОИС прилагается.\n\nС уважением,\nВедомство",
    "zh": "CWS秘书处：\n\n您好！关于C. CWS 175号通函，我局推荐王芳女士（审查员）参加API工作队。"
    "其WIPO账户确认邮件见附件。\n\n此致\n国家知识产权局",
    "ar": "السادة الكرام،\n\nردا على التعميم C. CWS 175، نرشح السيدة سلمى حداد، فاحصة، لفرقة "
    "العمل المعنية بواجهات برمجة التطبيقات. مرفق تأكيد إنشاء حسابها في الويبو.\n\nمع التحية",
}
_OFFICE_NOMINEES = {
    "en": "Berg",
    "fr": "Berg",
    "es": "Berg",
    "ru": "Берг",
    "zh": "王",
    "ar": "حداد",
}


@pytest.mark.parametrize("language", list(_OFFICE_COVERS))
@pytest.mark.parametrize("notice_language", ["en", "same"])
def test_an_office_cover_gives_its_nominee_the_attached_account(
    language: str, notice_language: str
) -> None:
    notice = _notice(
        language if notice_language == "same" else "en", "nominee@office.example", "xx-nominee"
    )
    parsed = parse(make_mail(_OFFICE_COVERS[language], sender=_OFFICE, forwarded=notice))
    assert parsed.kind == "nomination", parsed.kind_reason
    assert people(parsed) == [
        (
            _OFFICE_NOMINEES[language],
            "xx-nominee",
            "nominee@office.example",
            ("API Task Force",),
        )
    ]


def test_an_office_cover_with_the_notice_inline_too() -> None:
    body = _OFFICE_COVERS["en"] + _inline("en", "nominee@office.example", "xx-nominee")
    parsed = parse(make_mail(body, sender=_OFFICE))
    assert people(parsed) == [("Berg", "xx-nominee", "nominee@office.example", ("API Task Force",))]


# --- near misses ---------------------------------------------------------------------------


def test_two_people_named_get_no_account_from_one_notice() -> None:
    cover = (
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, we nominate Ms Anna Berg, Head "
        "of the IT Division, and Mr Paul Martin, Examiner, to the API Task Force. One WIPO "
        "Account confirmation is attached.\n\nBest regards,\nPatent Office"
    )
    notice = _notice("en", "nominee@office.example", "xx-nominee")
    parsed = parse(make_mail(cover, sender=_OFFICE, forwarded=notice))
    assert parsed.kind == "nomination"
    assert [n.username for n in parsed.nominees] == [None, None]


def test_a_nominee_with_another_account_address_keeps_her_own() -> None:
    cover = (
        "Dear Secretariat,\n\nFurther to circular C. CWS 175, we nominate Ms Anna Berg, Head "
        "of the IT Division, e-mail: anna.berg@office.example, to the API Task Force.\n\n"
        "Best regards,\nPatent Office"
    )
    notice = _notice("en", "someone.else@office.example", "xx-selse")
    parsed = parse(make_mail(cover, sender=_OFFICE, forwarded=notice))
    assert [(n.username, n.account_email) for n in parsed.nominees] == [
        (None, "anna.berg@office.example")
    ]


def test_a_question_about_the_attached_account_is_no_nomination() -> None:
    cover = (
        "Dear Secretariat,\n\nI created my WIPO Account (the confirmation is attached) but I "
        "cannot sign in to the wiki. Could you please help?\n\nBest regards,\nAnna Berg\n"
    )
    notice = _notice("en", "anna.berg@office.example", "xx-aberg")
    raw = make_mail(cover, sender=_ANNA, subject="Fwd: Your WIPO Account", forwarded=notice)
    assert parse(raw).kind == "other"
