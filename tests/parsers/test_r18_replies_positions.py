"""Answers above the Secretariat's quoted request, and posts set off after a name.

- The office of an answer above our quoted request is the writer's: their signature under
  a valediction run into thanks ("Thank you and regards,", "Merci et cordialement,",
  "Gracias y saludos cordiales,", "Заранее спасибо, с уважением,", "谢谢，此致", "شكرا مع
  التحية"), never WIPO's, even when our request is pasted with no header a mail program
  writes. Outlook's Traditional Chinese header ("寄件者:", "寄件日期:", "收件者:", "主旨:")
  opens the quoted request.
- A Han name after the answer's verb ("现补充张伟杰先生的资料", "以下為張偉傑先生", "有關李強先生"),
  with its romanisation in brackets or not ("張偉傑先生（CHEUNG Wai-kit）"), is the person our
  request names in Latin letters ("Mr CHEUNG Wai-kit"): the Han name, with the request's
  task force.
- A post followed by the field it covers in brackets keeps it, before the task force too
  ("Senior Patent Examiner (Biotechnology), to the SEQL TF"), in all six languages.
- A participle set off after the name ("désigné pour l'équipe", "designada para el Equipo",
  "назначен в Целевую группу", "appointed to", "已获提名参加", "المعين في") is no post.

Near misses: a bracket holding no field ("(retired)", "(PRV)") stays out of the post; a post
opening with a word like a participle ("Registered Patent Attorney") stays a post; a
signature under an ordinary valediction still gives the office; Outlook's Simplified
Chinese header still opens the request.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str, **kwargs: str) -> ParsedEmail:
    return parse_email(make_mail(body, **kwargs), catalog=catalog(), options=ParseOptions())


def only(parsed: ParsedEmail) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    assert len(parsed.nominees) == 1, parsed.nominees
    n = parsed.nominees[0]
    return n.last_name, n.first_name, n.position, tuple(n.task_forces)


# ------------------------------------------------------------ a post and its field

FIELD_BRACKETS = [
    (
        "Dear colleagues,\n\nIn response to C. CWS 175, the Office would like to nominate Mr "
        "John Smith, Senior Patent Examiner (Biotechnology), to the SEQL TF. His username is "
        "xx-jsmith and his e-mail john.smith@office.example.\n\nBest regards,\nAna Lopez\n",
        "Senior Patent Examiner (Biotechnology)",
    ),
    (
        "Dear colleagues,\n\nWe nominate Ms Jane Roe, Principal Examiner (Chemistry), for the "
        "Sequence Listings Task Force (username xx-jroe, jane.roe@office.example).\n\n"
        "Best regards,\nAna Lopez\n",
        "Principal Examiner (Chemistry)",
    ),
    (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office désigne M. Jean Dupont, "
        "examinateur principal (biotechnologie), pour l'équipe d'experts chargée du listage des "
        "séquences (nom d'utilisateur : xx-jdupont, jean.dupont@office.example).\n\n"
        "Cordialement,\nMarie Martin\n",
        "examinateur principal (biotechnologie)",
    ),
    (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos a la Sra. Ana "
        "Ruiz, Examinadora de Patentes (Biotecnología), para el Equipo Técnico de Listas de "
        "Secuencias (usuario xx-aruiz, ana.ruiz@office.example).\n\nAtentamente,\nPedro Gómez\n",
        "Examinadora de Patentes (Biotecnología)",
    ),
    (
        "Уважаемые коллеги!\n\nВ ответ на циркуляр C. CWS 175 сообщаем, что г-н Иван Петров, "
        "главный эксперт (биотехнологии), назначается в Целевую группу по перечням "
        "последовательностей (учетная запись xx-ipetrov, ivan.petrov@office.example).\n\n"
        "С уважением,\nАнна Смирнова\n",
        "главный эксперт (биотехнологии)",
    ),
    (
        "Уважаемые коллеги!\n\nВ ответ на циркуляр C. CWS 175 направляем кандидатуру г-на Ивана "
        "Петрова, главного эксперта (биотехнологии), в Целевую группу по перечням "
        "последовательностей (учетная запись xx-ipetrov, ivan.petrov@office.example).\n\n"
        "С уважением,\nАнна Смирнова\n",
        "главный эксперт (биотехнологии)",
    ),
    (
        "尊敬的秘书处：\n\n根据C. CWS 175号通函，我局提名王伟先生，高级审查员（生物技术），参加序列表"
        "任务组。用户名：cn-wangwei，电子邮件：wang.wei@office.example。\n\n此致\n李明\n",
        "高级审查员（生物技术）",
    ),
    (
        "السادة الأمانة،\n\nردا على التعميم C. CWS 175، يسرنا ترشيح السيد أحمد الزعبي، فاحص براءات "
        "أول (التكنولوجيا الحيوية)، لعضوية فرقة العمل المعنية بقوائم التسلسل (اسم المستخدم "
        "xx-azoubi، ahmad.zoubi@office.example).\n\nمع التحية،\nسارة\n",
        "فاحص براءات أول (التكنولوجيا الحيوية)",
    ),
]


@pytest.mark.parametrize(("body", "post"), FIELD_BRACKETS)
def test_a_posts_bracketed_field_before_the_task_force_is_kept(body: str, post: str) -> None:
    _last, _first, position, task_forces = only(parse(body))
    assert position == post
    assert task_forces == ("Sequence Listings Task Force",)


@pytest.mark.parametrize(
    ("bracket", "post"),
    [
        ("(retired)", "Senior Examiner"),  # an aside, no field
        ("(PRV)", "Senior Examiner"),  # an office's code
        ("", "Senior Examiner"),
    ],
)
def test_a_bracket_naming_no_field_stays_out_of_the_post(bracket: str, post: str) -> None:
    body = (
        f"Dear colleagues,\n\nWe nominate Mr John Smith, Senior Examiner {bracket}, to the API "
        "Task Force (username xx-jsmith, john.smith@office.example).\n\nBest regards,\nAna Lopez\n"
    ).replace(" ,", ",")
    assert only(parse(body))[2] == post


# ------------------------------------------------------------ a participle is no post

PARTICIPLES = [
    (
        "Dear Secretariat,\n\nFurther to your message, here are the missing details of Mr John "
        "Smith, appointed to the API TF.\n- WIPO Account username: xx-jsmith\n- e-mail address "
        "used for the account: john.smith@office.example\n\nBest regards,\nAna Lopez\n",
        "API Task Force",
    ),
    (
        "Bonjour,\n\nSuite à votre message ci-dessous, voici les informations manquantes "
        "concernant M. Jean Dupont, désigné pour l'équipe d'experts chargée de la situation "
        "juridique (ST.27) :\n- nom d'utilisateur du compte OMPI : xx-jdupont\n- adresse "
        "électronique : jean.dupont@office.example\n\nCordialement,\nMarie Martin\n",
        "Legal Status Task Force",
    ),
    (
        "Bonjour,\n\nVoici les informations manquantes concernant Mme Claire Durand, proposée "
        "pour l'équipe d'experts chargée de la situation juridique (ST.27) :\n- nom "
        "d'utilisateur du compte OMPI : xx-cdurand\n- adresse électronique : "
        "claire.durand@office.example\n\nCordialement,\nMarie Martin\n",
        "Legal Status Task Force",
    ),
    (
        "Estimados señores:\n\nLes enviamos los datos que faltan del Sr. Luis Pérez, propuesto "
        "para el Equipo Técnico sobre la Situación Jurídica (ST.27):\n- usuario de la cuenta "
        "OMPI: xx-lperez\n- correo electrónico: luis.perez@office.example\n\nAtentamente,\n"
        "Pedro Gómez\n",
        "Legal Status Task Force",
    ),
    (
        "Уважаемые коллеги!\n\nНаправляем сведения о г-не Иване Петрове, назначенном в "
        "Целевую группу по правовому статусу (ST.27):\n- имя пользователя учетной записи ВОИС: "
        "xx-ipetrov\n- адрес электронной почты: ivan.petrov@office.example\n\nС уважением,\n"
        "Анна Смирнова\n",
        "Legal Status Task Force",
    ),
    (
        "尊敬的秘书处：\n\n关于王伟先生，已获提名参加法律状态任务组，现补充其资料如下：\n"
        "用户名：cn-wangwei\n电子邮件：wang.wei@office.example\n\n此致\n李明\n",
        "Legal Status Task Force",
    ),
    (
        "尊敬的秘书处：\n\n王伟先生，被提名参加法律状态任务组。用户名：cn-wangwei，电子邮件："
        "wang.wei@office.example。\n\n此致\n李明\n",
        "Legal Status Task Force",
    ),
    (
        "Estimados señores:\n\nLes enviamos los datos que faltan de la Sra. Ana Ruiz, designada "
        "para el Equipo Técnico sobre la Situación Jurídica (ST.27):\n- usuario de la cuenta "
        "OMPI: xx-aruiz\n- correo electrónico: ana.ruiz@office.example\n\nAtentamente,\n"
        "Pedro Gómez\n",
        "Legal Status Task Force",
    ),
    (
        "Уважаемые коллеги!\n\nСообщаем недостающие сведения: г-н Иван Петров, назначен в "
        "Целевую группу по правовому статусу.\n- имя пользователя учетной записи ВОИС: "
        "xx-ipetrov\n- адрес электронной почты: ivan.petrov@office.example\n\n"
        "С уважением,\nАнна Смирнова\n",
        "Legal Status Task Force",
    ),
    (
        "السادة الأمانة،\n\nيسرنا ترشيح السيد أحمد الزعبي، المعين في فرقة العمل المعنية بالوضع "
        "القانوني (اسم المستخدم xx-azoubi، ahmad.zoubi@office.example).\n\nمع التحية،\nسارة\n",
        "Legal Status Task Force",
    ),
]


@pytest.mark.parametrize(("body", "task_force"), PARTICIPLES)
def test_a_participle_after_the_name_is_no_post(body: str, task_force: str) -> None:
    _last, _first, position, task_forces = only(parse(body))
    assert position is None
    assert task_forces == (task_force,)


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "Dear colleagues,\n\nWe nominate Ms Jane Roe, Registered Patent Attorney, to the API "
            "Task Force (username xx-jroe, jane.roe@office.example).\n\nBest regards,\nAna Lopez\n",
            "Registered Patent Attorney",
        ),
        (
            "Madame, Monsieur,\n\nNous désignons M. Jean Dupont, chef du service des brevets, "
            "pour l'équipe d'experts chargée de la situation juridique (xx-jdupont, "
            "jean.dupont@office.example).\n\nCordialement,\nMarie Martin\n",
            "chef du service des brevets",
        ),
        (
            "Уважаемые коллеги!\n\nСообщаем, что г-н Иван Петров, ведущий эксперт, назначается в "
            "Целевую группу по правовому статусу (xx-ipetrov, ivan.petrov@office.example).\n\n"
            "С уважением,\nАнна Смирнова\n",
            "ведущий эксперт",
        ),
    ],
)
def test_a_post_after_the_name_is_still_read(body: str, post: str) -> None:
    assert only(parse(body))[2] == post


# ------------------------------------------------------------ the answer's office

_SIGNATURE = (
    "\n\nJose Cruz\nSenior Officer, International Affairs\n"
    "Intellectual Property Office of Ruritania\nIPO Building, 28 Upper Road\n"
    "Fort Bonifacio, Taguig City\nTel. No.: (+000) 7238-6300\n"
)
_EN_REQUEST = (
    "\n\nFrom: CWS Mail <cws.mail@wipo.int>\nSent: Tuesday, October 10, 2023 4:15 PM\n"
    "To: Jose Cruz <jcruz@office.example>\nSubject: RE: nomination - C. CWS 175\n\n"
    "Dear Mr. Cruz,\n\nThank you for the nomination of Ms. Maria Reyes to the Digital "
    "Transformation Task Force.\n\nWe still need her WIPO Account username and the e-mail "
    "address she used when creating the account.\n\nBest regards,\n\nCWS Secretariat\n"
    "World Intellectual Property Organization (WIPO)\n"
)
_ANSWER = {
    "en": "Good afternoon,\n\nPlease see below the missing details for Ms. Maria Reyes:\n\n",
    "fr": "Bonjour,\n\nVoici les informations manquantes concernant Mme Maria Reyes :\n\n",
    "es": "Buenos días:\n\nLes enviamos los datos que faltan de la Sra. Maria Reyes:\n\n",
    "ru": "Добрый день!\n\nНаправляем недостающие сведения о г-же Марии Рейес:\n\n",
    "zh": "秘书处：\n\n现补充李娜女士的资料如下：\n\n",
    "ar": "السادة الأمانة،\n\nنرسل إليكم البيانات الناقصة الخاصة بالسيدة ماريا رييس:\n\n",
}
_LINES = "WIPO Account username: xx-mreyes\nE-mail address: maria.reyes@office.example\n\n"

VALEDICTIONS = [
    ("en", "Thank you and regards,"),
    ("en", "Many thanks and best regards,"),
    ("fr", "Merci et bien cordialement,"),
    ("es", "Gracias y saludos cordiales,"),
    ("ru", "Заранее спасибо, с уважением,"),
    ("zh", "谢谢，此致"),
    ("ar", "شكرا مع التحية،"),
]


@pytest.mark.parametrize(("lang", "valediction"), VALEDICTIONS)
def test_the_office_is_the_signature_under_thanks_and_a_valediction(
    lang: str, valediction: str
) -> None:
    body = _ANSWER[lang] + _LINES + valediction + _SIGNATURE + _EN_REQUEST
    parsed = parse(body, sender="Jose Cruz <jcruz@office.example>", subject="RE: nomination")
    assert parsed.office == "Intellectual Property Office of Ruritania"
    assert len(parsed.nominees) == 1
    assert parsed.nominees[0].username == "xx-mreyes"


def test_an_ordinary_valediction_still_gives_the_office() -> None:
    body = _ANSWER["en"] + _LINES + "Best regards," + _SIGNATURE + _EN_REQUEST
    parsed = parse(body, sender="Jose Cruz <jcruz@office.example>", subject="RE: nomination")
    assert parsed.office == "Intellectual Property Office of Ruritania"


def test_our_request_pasted_without_a_header_gives_no_wipo_office() -> None:
    body = (
        "Dear Secretariat,\n\nPlease find below the missing details of Mr Wai-kit CHEUNG:\n\n"
        "WIPO Account username: hk-cheungwk\nE-mail: waikit_cheung@office.example\n\n"
        "Thank you.\n\nLEE Wai-man\nExecutive Officer\n\n"
        "Remetente: CWS Mail <cws.mail@wipo.int>\nData: 19 October 2023\n\nDear Ms LEE,\n\n"
        "Thank you for your e-mail nominating Mr CHEUNG Wai-kit to the Design Representation "
        "Task Force in reply to circular C. CWS 175.\n\nWe still need his WIPO Account "
        "username.\n\nKind regards,\n\nCWS Secretariat\n"
        "World Intellectual Property Organization (WIPO)\n"
    )
    parsed = parse(body, sender="LEE Wai-man <wm_lee@office.example>", subject="RE: nomination")
    assert parsed.office is None
    assert [n.username for n in parsed.nominees] == ["hk-cheungwk"]


# ------------------------------------------------------------ a Han name answering

_HK_REQUEST = (
    "\n\n{frm}: CWS Mail <cws.mail@wipo.int>\n{sent}: 2023年10月19日 星期四 下午 5:02\n"
    "{to}: LEE Wai-man <wm_lee@office.example>\n{subject}: RE: 提名 – C. CWS 175\n\n"
    "Dear Ms LEE,\n\nThank you for your e-mail nominating Mr CHEUNG Wai-kit to the Design "
    "Representation Task Force in reply to circular C. CWS 175.\n\nWe still need his WIPO "
    "Account username and the e-mail address used to create that account.\n\nKind regards,\n\n"
    "CWS Secretariat\nWorld Intellectual Property Organization (WIPO)\n"
)
_TRADITIONAL = {"frm": "寄件者", "sent": "寄件日期", "to": "收件者", "subject": "主旨"}
_SIMPLIFIED = {"frm": "发件人", "sent": "发送时间", "to": "收件人", "subject": "主题"}
_HK_SIGNATURE = (
    "\n\n李慧敏\n行政主任（國際事務）\n香港特別行政區政府知識產權署\n電話：+852 0000 2175\n"
)


def _hk(answer: str, header: dict[str, str]) -> ParsedEmail:
    body = (
        "CWS秘書處：\n\n謝謝來郵。"
        + answer
        + "\n\nWIPO帳戶用戶名稱：hk-cheungwk\n開設帳戶所用電郵：waikit_cheung@office.example"
        + _HK_SIGNATURE
        + _HK_REQUEST.format(**header)
    )
    return parse(
        body, sender="LEE Wai-man <wm_lee@office.example>", subject="RE: 提名 – C. CWS 175"
    )


@pytest.mark.parametrize("header", [_TRADITIONAL, _SIMPLIFIED])
def test_outlooks_chinese_header_opens_our_quoted_request(header: dict[str, str]) -> None:
    parsed = _hk("現補充張偉傑先生（外觀設計表示專責小組）的資料如下：", header)
    assert parsed.office == "香港特別行政區政府知識產權署"
    assert only(parsed) == ("張", "偉傑", None, ("Design Representation Task Force",))


@pytest.mark.parametrize(
    "answer",
    [
        "現補充張偉傑先生（CHEUNG Wai-kit）的資料如下：",
        "現補充張偉傑（CHEUNG Wai-kit）先生的資料如下：",
        "以下為張偉傑先生 (CHEUNG Wai-kit) 的資料：",
    ],
)
def test_a_han_name_with_its_romanisation_is_the_requests_person(answer: str) -> None:
    parsed = _hk(answer, _SIMPLIFIED)
    assert only(parsed) == ("張", "偉傑", None, ("Design Representation Task Force",))


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("现补充张伟杰先生的资料如下：", ("张", "伟杰")),
        ("現提供王芳女士的用戶名稱及電郵：", ("王", "芳")),
        ("有關李強先生的資料如下：", ("李", "強")),
    ],
)
def test_a_han_name_after_a_replys_verb_is_read(answer: str, name: tuple[str, str]) -> None:
    body = (
        "秘书处：\n\n"
        + answer
        + "\n\nWIPO账户用户名：cn-someone\n电子邮件：someone@office.example\n\n此致\n刘洋\n"
    )
    parsed = parse(body, subject="RE: C. CWS 175")
    assert [(n.last_name, n.first_name) for n in parsed.nominees] == [name]
