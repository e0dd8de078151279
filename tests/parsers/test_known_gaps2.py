"""More shapes seen in real mail that the parser read wrongly: a lone name label holding
the whole name, a sender nominating themself, and a post stated in a sentence."""

from __future__ import annotations

from typing import Any

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def fields(parsed: ParsedEmail) -> list[dict[str, Any]]:
    keys = ("title", "last_name", "first_name", "position", "username", "account_email")
    return [{k: getattr(n, k) for k in keys} for n in parsed.nominees]


def names(parsed: ParsedEmail) -> list[tuple[str | None, str | None]]:
    return [(n.last_name, n.first_name) for n in parsed.nominees]


# 1. A lone "Nombre:", "Nom :" or "Имя:" with no surname label in its block holds the
# whole name; beside a surname label it stays the first name.


def _es_block(name_lines: str, username: str = "es-jperez") -> str:
    return f"""Estimados señores:

En respuesta a la circular C. CWS 175, la Oficina designa a:

{name_lines}
Cargo: Jefe de Sección
Usuario de la cuenta OMPI: {username}
Correo: juan.perez@oepm.example
Equipo técnico: XML4IP
"""


def test_spanish_lone_nombre_with_two_surnames_is_the_whole_name() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Juan Pérez García")))
    assert names(parsed) == [("Pérez García", "Juan")]
    assert parsed.nominees[0].position == "Jefe de Sección"


def test_spanish_lone_nombre_with_the_surname_in_capitals() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Sra. María José LÓPEZ RUIZ", "es-mlopez")))
    assert names(parsed) == [("LÓPEZ RUIZ", "María José")]
    assert parsed.nominees[0].title == "Mrs"


def test_spanish_nombre_beside_a_surname_label_stays_the_first_name() -> None:
    after = parse(make_mail(_es_block("Nombre: Juan Carlos\nApellidos: Pérez García")))
    assert names(after) == [("Pérez García", "Juan Carlos")]
    before = parse(make_mail(_es_block("Apellidos: Pérez García\nNombre: Juan Carlos")))
    assert names(before) == [("Pérez García", "Juan Carlos")]


def test_spanish_lone_nombre_of_one_word_stays_the_first_name() -> None:
    parsed = parse(make_mail(_es_block("Nombre: Juan")))
    assert names(parsed) == [(None, "Juan")]


def test_french_lone_nom_is_the_whole_name() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne :

Nom : DUPONT Marie
Fonction : Chef de service
Nom d'utilisateur : fr-mdupont
Courriel : marie.dupont@inpi.example
Équipe d'experts : XML4IP
"""
    assert names(parse(make_mail(body))) == [("DUPONT", "Marie")]
    one = body.replace("DUPONT Marie", "Jean-Pierre MARTIN").replace("fr-mdupont", "fr-jmartin")
    assert names(parse(make_mail(one))) == [("MARTIN", "Jean-Pierre")]


def test_french_nom_beside_a_first_name_label_stays_the_surname() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne :

Nom : DE LA FONTAINE
Prénom : Marie Claire
Fonction : Chef de service
Nom d'utilisateur : fr-mdelafontaine
Équipe d'experts : XML4IP
"""
    assert names(parse(make_mail(body))) == [("DE LA FONTAINE", "Marie Claire")]
    # A surname of several words in capitals, alone, is still only a surname.
    alone = body.replace("Prénom : Marie Claire\n", "")
    assert names(parse(make_mail(alone))) == [("DE LA FONTAINE", None)]


def _ru_block(name_lines: str) -> str:
    return f"""Уважаемые коллеги,

В ответ на циркуляр C. CWS 175 ведомство назначает:

{name_lines}
Должность: главный эксперт
Имя пользователя: ru-pivanov
Эл. почта: p.ivanov@rupto.example
Целевая группа: XML4IP
"""


def test_russian_lone_imya_is_the_whole_name_surname_first() -> None:
    parsed = parse(make_mail(_ru_block("Имя: Иванов Пётр Сергеевич")))
    assert names(parsed) == [("Иванов", "Пётр Сергеевич")]


def test_russian_imya_with_a_patronymic_or_a_surname_label_stays_the_given_name() -> None:
    labelled = parse(make_mail(_ru_block("Имя: Пётр Сергеевич\nФамилия: Иванов")))
    assert names(labelled) == [("Иванов", "Пётр Сергеевич")]
    # A given name and patronymic, with no surname anywhere: no surname is made up.
    bare = parse(make_mail(_ru_block("Имя: Пётр Сергеевич")))
    assert names(bare) == [(None, "Пётр Сергеевич")]


def test_an_explicit_first_name_label_of_two_words_stays_the_first_name() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175, we nominate:

First name: Mary Ann
Position: Examiner
WIPO Account username: xx-mann
Task Force: XML4IP Task Force
"""
    assert names(parse(make_mail(body))) == [(None, "Mary Ann")]
    es = _es_block("Nombre de pila: Juan Carlos")
    assert names(parse(make_mail(es))) == [(None, "Juan Carlos")]


def test_chinese_lone_mingzi_is_the_whole_name() -> None:
    body = """CWS秘书处：

根据C. CWS 175号通函，我局提名：

名字：欧阳明
职务：审查员
用户名：cn-ouyangming
工作队：XML4IP工作队
"""
    assert names(parse(make_mail(body))) == [("欧阳", "明")]
    labelled = body.replace("名字：欧阳明", "姓：欧阳\n名字：明")
    assert names(parse(make_mail(labelled))) == [("欧阳", "明")]


# 2. A sender nominating themself ("I would like to nominate myself", "me postulo", "je me
# porte candidate", "предлагаю свою кандидатуру", "本人自荐", "أرشح نفسي") is the nominee:
# the name comes from the signature. A question or a hypothetical nominates nobody.

_SELF_CASES = [
    (
        """Dear Secretariat,

With reference to C. CWS 175, I would like to nominate myself for the XML4IP Task Force.
Username: xx-jdoe
E-mail: jane.doe@office.example

Best regards,
Jane DOE
Senior Examiner
""",
        ("DOE", "Jane", "xx-jdoe"),
    ),
    (
        """Dear Secretariat,

With reference to C. CWS 175, I volunteer for the XML4IP Task Force. WIPO Account username: xx-jdoe, e-mail jane.doe@office.example.

Best regards,
Jane DOE
Senior Examiner
""",
        ("DOE", "Jane", "xx-jdoe"),
    ),
    (
        """Estimados señores:

En relación con la circular C. CWS 175, me postulo para el Equipo Técnico XML4IP.
Usuario: es-jperez
Correo: juan.perez@oepm.example

Atentamente,
Juan PÉREZ GARCÍA
Jefe de Sección
""",
        ("PÉREZ GARCÍA", "Juan", "es-jperez"),
    ),
    (
        """Estimados señores:

En relación con la circular C. CWS 175, quisiera proponerme para el Equipo Técnico XML4IP.
Usuario: es-jperez
Correo: juan.perez@oepm.example

Atentamente,
Juan PÉREZ GARCÍA
Jefe de Sección
""",
        ("PÉREZ GARCÍA", "Juan", "es-jperez"),
    ),
    (
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, je me porte candidate pour l'Équipe d'experts XML4IP.
Nom d'utilisateur : fr-mdupont
Courriel : marie.dupont@inpi.example

Cordialement,
Marie DUPONT
Chef de service
""",
        ("DUPONT", "Marie", "fr-mdupont"),
    ),
    (
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, je souhaite me proposer pour l'Équipe d'experts XML4IP.
Nom d'utilisateur : fr-mdupont
Courriel : marie.dupont@inpi.example

Cordialement,
Marie DUPONT
Chef de service
""",
        ("DUPONT", "Marie", "fr-mdupont"),
    ),
    (
        """Уважаемые коллеги,

В связи с циркуляром C. CWS 175 предлагаю свою кандидатуру в Целевую группу XML4IP.
Имя пользователя: ru-pivanov
Эл. почта: p.ivanov@rupto.example

С уважением,
Иванов Пётр Сергеевич
главный эксперт
""",
        ("Иванов", "Пётр Сергеевич", "ru-pivanov"),
    ),
    (
        """CWS秘书处：

根据C. CWS 175号通函，本人自荐参加XML4IP工作队。
用户名：cn-wangwei
邮箱：wangwei@cnipa.example

此致
王伟
审查员
""",
        ("王", "伟", "cn-wangwei"),
    ),
    (
        """CWS秘书处：

根据C. CWS 175号通函，我想报名参加XML4IP工作队。
用户名：cn-wangwei
邮箱：wangwei@cnipa.example

此致
王伟
审查员
""",
        ("王", "伟", "cn-wangwei"),
    ),
    (
        """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، أرشح نفسي لفرقة العمل المعنية بلغة XML4IP.
اسم المستخدم: eg-mhassan
البريد الإلكتروني: m.hassan@egypo.example

مع التحية،
محمد حسن
رئيس قسم
""",
        ("حسن", "محمد", "eg-mhassan"),
    ),
    (
        """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، أود ترشيح نفسي لفرقة العمل المعنية بلغة XML4IP.
اسم المستخدم: eg-mhassan
البريد الإلكتروني: m.hassan@egypo.example

مع التحية،
محمد حسن
رئيس قسم
""",
        ("حسن", "محمد", "eg-mhassan"),
    ),
]


def test_a_sender_nominating_themself_is_the_nominee() -> None:
    for body, (last, first, username) in _SELF_CASES:
        signer = body.strip().splitlines()[-2]  # the name line of the signature
        parsed = parse(make_mail(body, sender=f"{signer} <{username}@office.example>"))
        assert parsed.kind is Kind.NOMINATION, body
        [nominee] = parsed.nominees
        assert (nominee.last_name, nominee.first_name, nominee.username) == (
            last,
            first,
            username,
        ), body
        assert nominee.task_forces == (XML4IP,), body


_NOT_SELF = [
    """Dear Secretariat,

With reference to C. CWS 175: can I nominate myself for the XML4IP Task Force? My colleagues
say an office must do it.

Best regards,
Jane DOE
""",
    """Dear Secretariat,

If I volunteer for the XML4IP Task Force, would my office have to agree? This is about
C. CWS 175.

Best regards,
Jane DOE
""",
    """Estimados señores:

Respecto de la circular C. CWS 175, ¿puedo postularme yo mismo al Equipo Técnico XML4IP?

Atentamente,
Juan PÉREZ GARCÍA
""",
    """Madame, Monsieur,

Concernant la circulaire C. CWS 175, puis-je me porter candidate pour l'Équipe d'experts XML4IP ?

Cordialement,
Marie DUPONT
""",
    """Уважаемые коллеги,

В связи с циркуляром C. CWS 175: могу ли я предложить свою кандидатуру в Целевую группу XML4IP?

С уважением,
Иванов Пётр Сергеевич
""",
    """CWS秘书处：

关于C. CWS 175号通函，请问我可以自荐参加XML4IP工作队吗？

此致
王伟
""",
    """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، هل يمكنني أن أرشح نفسي لفرقة العمل المعنية بلغة XML4IP؟

مع التحية،
محمد حسن
""",
]


def test_a_question_or_a_hypothetical_about_nominating_oneself_nominates_nobody() -> None:
    for body in _NOT_SELF:
        signer = body.strip().splitlines()[-1]
        parsed = parse(make_mail(body, sender=f"{signer} <staff.member@office.example>"))
        assert parsed.kind is not Kind.NOMINATION, body
        assert not parsed.nominees, body


def test_asking_or_declining_to_nominate_oneself_with_ones_own_details_nominates_nobody() -> None:
    bodies = [
        """Dear Secretariat,

With reference to C. CWS 175, can I nominate myself for the XML4IP Task Force? My username is xx-jdoe and my e-mail jane.doe@office.example.

Best regards,
Jane DOE
""",
        """Dear Secretariat,

With reference to C. CWS 175, I cannot volunteer for the XML4IP Task Force this year. My username is xx-jdoe.

Best regards,
Jane DOE
""",
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, je ne me porte pas candidate cette année pour l'Équipe d'experts XML4IP. Mon nom d'utilisateur : fr-mdupont

Cordialement,
Marie DUPONT
""",
        """CWS秘书处：

关于C. CWS 175号通函，我的用户名是cn-wangwei，我可以自荐参加XML4IP工作队吗？

此致
王伟
""",
    ]
    for body in bodies:
        signer = body.strip().splitlines()[-1]
        parsed = parse(make_mail(body, sender=f"{signer} <staff.member@office.example>"))
        assert parsed.kind is not Kind.NOMINATION, body


def test_an_office_offering_its_candidate_is_no_self_nomination() -> None:
    body = """Уважаемые коллеги,

В ответ на циркуляр C. CWS 175 Роспатент предлагает свою кандидатуру в Целевую группу XML4IP: г-н Иванов Пётр Сергеевич, главный эксперт.
Имя пользователя: ru-pivanov

С уважением,
Сидорова Анна
"""
    parsed = parse(make_mail(body, sender="Сидорова Анна <a.sidorova@rupto.example>"))
    assert names(parsed) == [("Иванов", "Пётр Сергеевич")]


# 3. A post stated in a sentence, by the nominee ("I am Head of ...", "Trabajo como jefa de
# ...", "我是...处长", "وأعمل رئيس قسم ...") or about them right after their name ("She is
# Head of ...", "Он работает начальником отдела ...", "وتعمل رئيسة قسم ..."), is their
# position when no label gives one; never the signer's, nor another person's.

_STATED_POSTS = [
    (
        """Dear Secretariat,

With reference to C. CWS 175, the Office nominates Ms Jane DOE for the XML4IP Task Force. She is Head of the Patent Information Section. Her WIPO Account username is xx-jdoe and her e-mail jane.doe@office.example.

Best regards,
John SMITH
Director General
""",
        "Head of the Patent Information Section",
    ),
    (
        """Dear Secretariat,

With reference to C. CWS 175, I would like to nominate myself for the XML4IP Task Force. I am Head of the Patent Information Section.
Username: xx-jdoe
E-mail: jane.doe@office.example

Best regards,
Jane DOE
""",
        "Head of the Patent Information Section",
    ),
    (
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne Mme Marie DUPONT pour l'Équipe d'experts XML4IP. Elle est chef du service de l'information en brevets. Nom d'utilisateur : fr-mdupont, courriel : marie.dupont@inpi.example.

Cordialement,
Jean MARTIN
""",
        "chef du service de l'information en brevets",
    ),
    (
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, je me porte candidate pour l'Équipe d'experts XML4IP. Je suis chef du service de l'information en brevets.
Nom d'utilisateur : fr-mdupont
Courriel : marie.dupont@inpi.example

Cordialement,
Marie DUPONT
""",
        "chef du service de l'information en brevets",
    ),
    (
        """Estimados señores:

En relación con la circular C. CWS 175, la Oficina designa a la Sra. Ana LÓPEZ RUIZ para el Equipo Técnico XML4IP. Trabaja como jefa de la Sección de Información de Patentes. Su usuario es es-alopez y su correo ana.lopez@oepm.example.

Atentamente,
Juan PÉREZ
""",
        "jefa de la Sección de Información de Patentes",
    ),
    (
        """Estimados señores:

En relación con la circular C. CWS 175, me postulo para el Equipo Técnico XML4IP. Trabajo como jefa de la Sección de Información de Patentes.
Usuario: es-alopez
Correo: ana.lopez@oepm.example

Atentamente,
Ana LÓPEZ RUIZ
""",
        "jefa de la Sección de Información de Patentes",
    ),
    (
        """Уважаемые коллеги,

В связи с циркуляром C. CWS 175 Роспатент назначает г-на Иванова Петра Сергеевича в Целевую группу XML4IP. Он работает начальником отдела патентной информации. Имя пользователя: ru-pivanov, эл. почта p.ivanov@rupto.example.

С уважением,
Сидорова Анна
""",
        "начальник отдела патентной информации",
    ),
    (
        """Уважаемые коллеги,

В связи с циркуляром C. CWS 175 предлагаю свою кандидатуру в Целевую группу XML4IP. Работаю начальником отдела патентной информации.
Имя пользователя: ru-pivanov
Эл. почта: p.ivanov@rupto.example

С уважением,
Иванов Пётр Сергеевич
""",
        "начальник отдела патентной информации",
    ),
    (
        """CWS秘书处：

根据C. CWS 175号通函，本人自荐参加XML4IP工作队。我是专利信息处处长。
用户名：cn-wangwei
邮箱：wangwei@cnipa.example

此致
王伟
""",
        "专利信息处处长",
    ),
    (
        """CWS秘书处：

根据C. CWS 175号通函，我局推荐王芳女士参加XML4IP工作队。她是专利信息处处长。用户名：cn-wangfang，邮箱：wangfang@cnipa.example。

此致
李明
""",
        "专利信息处处长",
    ),
    (
        """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، أرشح نفسي لفرقة العمل المعنية بلغة XML4IP، وأعمل رئيس قسم المعلومات عن البراءات.
اسم المستخدم: eg-mhassan
البريد الإلكتروني: m.hassan@egypo.example

مع التحية،
محمد حسن
""",
        "رئيس قسم المعلومات عن البراءات",
    ),
    (
        """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، يرشح المكتب السيدة فاطمة علي لفرقة العمل المعنية بلغة XML4IP، وتعمل رئيسة قسم المعلومات عن البراءات. اسم المستخدم: eg-fali، البريد الإلكتروني: f.ali@egypo.example.

مع التحية،
محمد حسن
""",
        "رئيسة قسم المعلومات عن البراءات",
    ),
]


def test_a_post_stated_in_a_sentence_is_the_nominees_position() -> None:
    for body, post in _STATED_POSTS:
        signer = body.strip().splitlines()[-1]
        parsed = parse(make_mail(body, sender=f"{signer} <signer@office.example>"))
        assert [n.position for n in parsed.nominees] == [post], body


def test_the_signers_own_post_is_not_the_nominees() -> None:
    body = """Dear Secretariat,

With reference to C. CWS 175, the Office nominates Ms Jane DOE (xx-jdoe, jane.doe@office.example) for the XML4IP Task Force. I am Head of the International Cooperation Division and remain at your disposal.

Best regards,
John SMITH
"""
    assert [n.position for n in parse(make_mail(body)).nominees] == [None]
    es = """Estimados señores:

En relación con la circular C. CWS 175, la Oficina designa a la Sra. Ana LÓPEZ RUIZ (es-alopez) para el Equipo Técnico XML4IP. Trabajo como director de Relaciones Internacionales y quedo a su disposición.

Atentamente,
Juan PÉREZ
"""
    assert [n.position for n in parse(make_mail(es)).nominees] == [None]


def test_a_post_said_of_another_person_is_not_the_nominees() -> None:
    body = """Dear Secretariat,

With reference to C. CWS 175, the Office nominates Ms Jane DOE (xx-jdoe) for the XML4IP Task Force. He is Head of the Patent Information Section, her supervisor.
"""
    assert [n.position for n in parse(make_mail(body)).nominees] == [None]
    fr = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne Mme Marie DUPONT (fr-mdupont) pour l'Équipe d'experts XML4IP, qui est chargée de la norme ST.96. Son directeur, M. Jean MARTIN, est chef du service des brevets.
"""
    assert [n.position for n in parse(make_mail(fr)).nominees] == [None]
    ru = """Уважаемые коллеги,

Роспатент назначает г-жу Сидорову Анну Петровну (ru-asidorova) в Целевую группу XML4IP. Он работает начальником отдела патентной информации.
"""
    assert [n.position for n in parse(make_mail(ru)).nominees] == [None]


def test_a_labelled_position_beats_one_stated_in_a_sentence() -> None:
    body = """Dear Secretariat,

With reference to C. CWS 175, the Office nominates Ms Jane DOE for the XML4IP Task Force. She is Head of the Patent Information Section.

Position: Senior Examiner
WIPO Account username: xx-jdoe
E-mail: jane.doe@office.example
"""
    assert [n.position for n in parse(make_mail(body)).nominees] == ["Senior Examiner"]
    ar = """السادة أمانة لجنة المعايير،

بالإشارة إلى التعميم C. CWS 175، أرشح نفسي لفرقة العمل المعنية بلغة XML4IP، وأعمل رئيس قسم المعلومات عن البراءات.
المنصب: خبير أول
اسم المستخدم: eg-mhassan
البريد الإلكتروني: m.hassan@egypo.example

مع التحية،
محمد حسن
"""
    parsed = parse(make_mail(ar, sender="محمد حسن <m.hassan@egypo.example>"))
    assert [n.position for n in parsed.nominees] == ["خبير أول"]
