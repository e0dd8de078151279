"""Labels of the account fields, and the account notice an office sends on.

- "Адрес учетной записи", "Account address", "Adresse du compte", "Dirección de la cuenta",
  "账户地址", "عنوان الحساب" label the address the WIPO Account was made with, its e-mail:
  the account word in them made them a username's label, so an office e-mail given first
  kept the account's place (or the nominee was split in two).
- A greeting ending with a colon ("Estimado/a usuario/a:", "尊敬的用户：", "Cher
  utilisateur :", "Dear WIPO Account user:") greets; it is never a username's label whose
  value is the next line.
- The username of an "account created" notice is given to the one nominee an office's cover
  names only when the notice is sent now (inline, forwarded or the message quoted), not
  when it sits in the quoted history of an older exchange, where it went with that
  exchange's nominee.

Near misses keep their reading: "Имя учетной записи", "Nom du compte", "Usuario de la cuenta"
still label the username; a real username label under a greeting is still read; a notice
forwarded now still gives its username.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.labels import classify_label
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, **kwargs: str) -> ParsedEmail:
    return parse_email(make_mail(body, **kwargs), catalog=catalog(), options=ParseOptions())


def field_of(label: str) -> str | None:
    kind = classify_label(label)
    return None if kind is None else kind.field + ("/account" if kind.of_account else "")


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.last_name, n.username, n.account_email, tuple(sorted(n.task_forces)))
        for n in parsed.nominees
    ]


# --- "account address" labels -------------------------------------------------------------

_ACCOUNT_ADDRESS_BLOCKS = {
    "ru": (
        "В ответ на циркулярное письмо C. CWS 175 выдвигаем:\n\n"
        "ФИО: Иванова Анна Сергеевна\nДолжность: главный эксперт\n"
        "Электронная почта: ivanova@office.example\nИмя пользователя: ru-aivanova\n"
        "Адрес учетной записи: a.ivanova@mail.example\n"
        "Целевая группа: Целевая группа по API\n\nС уважением,\nП. Петров\n",
        ("Иванова", "ru-aivanova", "a.ivanova@mail.example", ("API Task Force",)),
    ),
    "en": (
        "Further to circular C. CWS 175, the Office nominates:\n\n"
        "Name: Ms Jane Roe\nPosition: Examiner\nE-mail: jroe@office.example\n"
        "Username: us-jroe\nWIPO Account address: jane.roe@mail.example\n"
        "Task Force: API Task Force\n\nBest regards,\nJ. Smith\n",
        ("Roe", "us-jroe", "jane.roe@mail.example", ("API Task Force",)),
    ),
    "fr": (
        "Suite à la circulaire C. CWS 175, l'Office présente la candidature suivante :\n\n"
        "Nom : DUPONT\nPrénom : Marie\nFonction : examinatrice\n"
        "Courriel : mdupont@office.example\nAdresse du compte OMPI : m.dupont@mail.example\n"
        "Équipe d'experts : Équipe d'experts chargée des API\n\nCordialement,\nJ. Martin\n",
        ("DUPONT", None, "m.dupont@mail.example", ("API Task Force",)),
    ),
    "es": (
        "En respuesta a la circular C. CWS 175, la Oficina propone:\n\n"
        "Nombre: María\nApellido: López\nCargo: examinadora\n"
        "Correo electrónico: mlopez@office.example\n"
        "Dirección de la cuenta: m.lopez@mail.example\n"
        "Equipo Técnico: Equipo Técnico de API\n\nAtentamente,\nJ. Pérez\n",
        ("López", None, "m.lopez@mail.example", ("API Task Force",)),
    ),
    "zh": (
        "根据C. CWS 175号通函，我局推荐以下人员：\n\n"
        "姓名：王芳\n职务：审查员\n电子邮件：wangfang@office.example\n"
        "用户名：cn-wangfang\n账户地址：wang.fang@mail.example\n工作队：API工作队\n\n"
        "国家知识产权局\n",
        ("王", "cn-wangfang", "wang.fang@mail.example", ("API Task Force",)),
    ),
    "ar": (
        "ردًا على التعميم C. CWS 175، يرشح المكتب:\n\n"
        "الاسم: السيدة ليلى حسن\nالوظيفة: فاحصة\n"
        "البريد الإلكتروني: lhassan@office.example\nاسم المستخدم: eg-lhassan\n"
        "عنوان الحساب: layla.hassan@mail.example\n"
        "فرقة العمل: فرقة العمل المعنية بواجهة برمجة التطبيقات\n\nمع التحية\n",
        ("حسن", "eg-lhassan", "layla.hassan@mail.example", ("API Task Force",)),
    ),
}


@pytest.mark.parametrize("language", list(_ACCOUNT_ADDRESS_BLOCKS))
def test_an_account_address_label_gives_the_accounts_email(language: str) -> None:
    body, expected = _ACCOUNT_ADDRESS_BLOCKS[language]
    parsed = parse(body)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert people(parsed) == [expected]


@pytest.mark.parametrize(
    ("address_label", "name_label"),
    [
        ("Адрес учётной записи ВОИС", "Имя учетной записи"),
        ("Account address", "Account name"),
        ("Adresse du compte", "Nom du compte"),
        ("Dirección de la cuenta OMPI", "Usuario de la cuenta"),
        ("账户地址", "账户名"),
        ("عنوان الحساب", "اسم الحساب"),
    ],
)
def test_account_address_labels_beside_account_name_labels(
    address_label: str, name_label: str
) -> None:
    assert field_of(address_label) == "account_email/account"
    # Near misses: the account's name is its username; an address naming the username too,
    # or no account, is none of the account's.
    for label, field in (
        (name_label, "username"),
        ("Nom d'utilisateur / adresse du compte", "username"),
        ("Адрес ведомства", "office"),
        ("Dirección", "ignore"),
    ):
        assert field_of(label) == field, label


# --- greetings ------------------------------------------------------------------------------

# The system's notice as a nominee pastes it under her own letter, its greeting ending with
# a colon, then its sentence and its labelled lines.
_PASTED_NOTICES = {
    "es": (
        "Estimado/a usuario/a:\nSu cuenta de la OMPI ha sido creada.\n\n"
        "Nombre de usuario: {user}\nCorreo electrónico: {address}\n"
    ),
    "zh": "尊敬的用户：\n您的WIPO账户已成功创建。\n\n用户名：{user}\n电子邮件：{address}\n",
    "fr": (
        "Cher utilisateur :\nVotre compte OMPI a été créé.\n\n"
        "Nom d'utilisateur : {user}\nCourriel : {address}\n"
    ),
    "ru": (
        "Уважаемый пользователь:\nВаша учетная запись WIPO успешно создана.\n\n"
        "Имя пользователя: {user}\nЭлектронная почта: {address}\n"
    ),
    "ar": (
        "عزيزي المستخدم:\nتم إنشاء حساب WIPO الخاص بك بنجاح.\n\n"
        "اسم المستخدم: {user}\nالبريد الإلكتروني: {address}\n"
    ),
    "en": (
        "Dear WIPO Account user:\nYour WIPO Account has been created.\n\n"
        "Username: {user}\nE-mail: {address}\n"
    ),
}
_OWN_LETTER = (
    "Dear Secretariat,\n\nFurther to circular C. CWS 175, my Office has nominated me to the "
    "API Task Force. I paste below the confirmation of my WIPO Account.\n\n"
    "Best regards,\nAnna Berg\nHead of the IT Division\n\n"
)
_ANNA = "Anna Berg <anna.berg@office.example>"


@pytest.mark.parametrize("language", list(_PASTED_NOTICES))
def test_a_greeting_ending_with_a_colon_is_no_username_label(language: str) -> None:
    notice = _PASTED_NOTICES[language].format(user="xx-aberg", address="anna.berg@office.example")
    parsed = parse(_OWN_LETTER + notice, sender=_ANNA)
    assert parsed.kind == "nomination", parsed.kind_reason
    assert people(parsed) == [("Berg", "xx-aberg", "anna.berg@office.example", ("API Task Force",))]


@pytest.mark.parametrize(
    "greeting",
    [
        "Estimado/a usuario/a",
        "Estimados usuarios",
        "Cher utilisateur",
        "Chers utilisateurs",
        "Dear user",
        "Dear WIPO Account user",
        "Уважаемый пользователь",
        "Уважаемая пользовательница",
        "尊敬的用户",
        "亲爱的用户",
        "عزيزي المستخدم",
        "عزيزتي المستخدمة",
    ],
)
def test_a_greeting_is_no_label_but_the_username_label_is(greeting: str) -> None:
    assert field_of(greeting) is None
    for label in (
        "Usuario",
        "Nom d'utilisateur",
        "Username",
        "Пользователь",
        "用户名",
        "اسم المستخدم",
    ):
        assert field_of(label) == "username", label


# --- a notice in an older exchange's history --------------------------------------------------

_NOTICES = {
    "en": "Your WIPO Account has been created successfully.\n\nUsername: {user}\nE-mail: {address}\n",
    "fr": "Votre compte OMPI a été créé.\n\nNom d'utilisateur : {user}\nCourriel : {address}\n",
    "es": (
        "Su cuenta de la OMPI ha sido creada.\n\n"
        "Nombre de usuario: {user}\nCorreo electrónico: {address}\n"
    ),
    "ru": (
        "Ваша учетная запись ВОИС успешно создана.\n\n"
        "Имя пользователя: {user}\nЭлектронная почта: {address}\n"
    ),
    "zh": "您的WIPO账户已成功创建。\n\n用户名：{user}\n电子邮件：{address}\n",
    "ar": "تم إنشاء حسابك في الويبو بنجاح.\n\nاسم المستخدم: {user}\nالبريد الإلكتروني: {address}\n",
}
# An office's new mail naming one more nominee, with her task force and post.
_COVERS = {
    "en": "Dear Secretariat,\n\nFurther to circular C. CWS 175, we also nominate Ms Anna Berg, "
    "Head of the IT Division, to the API Task Force.\n\nBest regards,\nOffice Contact\n",
    "fr": "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons également "
    "Mme Anna Berg, cheffe de la division informatique, pour l'Équipe d'experts chargée des "
    "API.\n\nCordialement,\nOffice Contact\n",
    "es": "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos también a la "
    "Sra. Anna Berg, Jefa de la División de TI, para el Equipo Técnico de API.\n\n"
    "Atentamente,\nOffice Contact\n",
    "ru": "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 выдвигаем также "
    "г-жу Анну Берг, начальника отдела ИТ, в Целевую группу по API.\n\nС уважением,\n"
    "Office Contact\n",
    "zh": "CWS秘书处：\n\n根据C. CWS 175号通函，我局另推荐王芳女士（信息化处处长）参加API工作队。\n\n"
    "此致\n国家知识产权局\n",
    "ar": "ردًا على التعميم C. CWS 175، نرشح أيضًا السيدة ليلى حسن، رئيسة قسم تقنية المعلومات، "
    "لعضوية فرقة العمل المعنية بواجهة برمجة التطبيقات.\n\nمع التحية\n",
}
# The office's earlier mail, which forwarded another nominee's notice, as our reply quoted it.
_EARLIER = (
    "We nominate Mr Adam Old, examiner, to the 3D Task Force. His account notice is below.\n\n"
    "---------- Forwarded message ---------\n"
    "From: WIPO Accounts <no-reply@accounts.wipo.example>\nDate: 1 Sep 2023\n"
    "Subject: Your WIPO Account has been created\nTo: <a.old@office.example>\n\n"
)


def _quoted(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _older_exchange(language: str, style: str) -> str:
    earlier = _EARLIER + _NOTICES[language].format(user="xx-aold", address="a.old@office.example")
    if style == "gmail":
        return (
            "\nOn Mon, 2 Oct 2023 at 10:00, Office Contact <contact.person@office.example> "
            "wrote:\n" + _quoted(earlier) + "\n"
        )
    return (
        "\n-----Original Message-----\nFrom: CWS Mail <cws.mail@wipo.example>\n"
        "Sent: Tuesday, 3 October 2023 09:00\nTo: contact.person@office.example\n"
        "Subject: RE: C. CWS 175 - nomination\n\nThank you, we have registered Mr Old.\n\n"
        "-----Original Message-----\nFrom: Office Contact <contact.person@office.example>\n"
        "Sent: Monday, 2 October 2023 10:00\nTo: cws.mail@wipo.example\n"
        "Subject: C. CWS 175 - nomination\n\n" + earlier
    )


@pytest.mark.parametrize("style", ["gmail", "outlook"])
@pytest.mark.parametrize("language", list(_COVERS))
def test_a_notice_quoted_in_an_older_exchange_gives_the_new_nominee_nothing(
    language: str, style: str
) -> None:
    body = _COVERS[language] + _older_exchange(language, style)
    parsed = parse(body, subject="RE: C. CWS 175 - nomination")
    assert parsed.kind == "nomination", parsed.kind_reason
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username is None
    assert parsed.nominees[0].account_email != "a.old@office.example"
    assert list(parsed.nominees[0].task_forces) == ["API Task Force"]
    # Near miss: the same notice sent now (forwarded under the cover, by Gmail's marker or
    # Outlook's header block under a subject of the office's own) is the nominee's.
    notice = _NOTICES[language].format(user="xx-new", address="new.member@office.example")
    for marker in (
        "---------- Forwarded message ---------\n",
        "-----Original Message-----\n",
    ):
        now = parse(
            _COVERS[language]
            + "\n"
            + marker
            + "From: WIPO Accounts <no-reply@accounts.wipo.example>\n"
            "Sent: Sunday, 1 October 2023 10:00\nTo: new.member@office.example\n"
            "Subject: Your WIPO Account has been created\n\n" + notice
        )
        assert [(n.username, n.account_email) for n in now.nominees] == [
            ("xx-new", "new.member@office.example")
        ], marker
