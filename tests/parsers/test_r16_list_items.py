"""List items that name a nominee without a title, and task forces named by their number.

- A numbered or bulleted item opened by a plain personal name ("1. Siriporn Wongsawat
  <addr>, Senior Patent Examiner, ...", "- Lucía Fernández Ortega, Examinadora de
  Patentes, ...") names a person when an address, a post after a comma, a username or a
  task force follows the name, and a nominating lead stands above the list. Outlook on the
  web writes a mentioned person as "@Name" linked to their address ("@Name<mailto:...>" in
  its text part): the name is theirs, and so is the address. Items listing task forces,
  offices, documents or agenda points, and a signature, name nobody.
- A Han name parted from its salutation by a space ("贾晓东 先生", "何静　女士") is titled as
  one written without it.
- Task forces given only as the annex's item numbers ("通函附件所列第5项和第9项", "items 5
  and 9 of the annex", "los puntos 5 y 9 del anexo") are the ones so numbered in the
  circular's list of task forces, when the mail holds that list (quoted or not); without
  it, no number is guessed.
"""

from __future__ import annotations

from email.message import EmailMessage

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ]


def task_forces(parsed: ParsedEmail) -> list[list[str]]:
    return [list(n.task_forces) for n in parsed.nominees]


# --- untitled names opening list items ---------------------------------------------------

_OWA_TEXT = """Dear CWS Secretariat,

With reference to Circular C. CWS 175, the Industrial Property Office of Freedonia (IPOF) \
is pleased to nominate the following officials as its representatives.

1. @Anong Kittisak<mailto:anong.k@ipof.example>, Senior Patent Examiner, Patent Office – \
Sequence Listings Task Force. WIPO Account username: fd-akittisak (created with her \
official e-mail address).
2. @Somchai Rattanakorn<mailto:somchai.r@ipof.example>, Systems Engineer, IT Center – \
XML4IP Task Force. WIPO Account username: fd-srattanakorn (created with his official \
e-mail address).

Best regards,

Malee Boonyasit (Ms.)
International Cooperation Division
Industrial Property Office of Freedonia
"""

_OWA_PEOPLE = [
    (
        None,
        "Kittisak",
        "Anong",
        "Senior Patent Examiner, Patent Office",
        "fd-akittisak",
        "anong.k@ipof.example",
    ),
    (
        None,
        "Rattanakorn",
        "Somchai",
        "Systems Engineer, IT Center",
        "fd-srattanakorn",
        "somchai.r@ipof.example",
    ),
]


def _html_mail(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Malee Boonyasit <malee.b@ipof.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "Nomination of representatives (C. CWS 175)"
    msg["Message-ID"] = "<owa-html@ipof.example>"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def test_owa_mentions_in_the_text_part_are_the_listed_people_with_their_addresses() -> None:
    parsed = parse(make_mail(_OWA_TEXT))
    assert parsed.kind == "nomination"
    assert people(parsed) == _OWA_PEOPLE
    assert task_forces(parsed) == [["Sequence Listings Task Force"], ["XML4IP Task Force"]]


def test_owa_mentions_as_html_links() -> None:
    items = "".join(
        f'<li><div><a class="mention" href="mailto:{addr}">@{name}</a>{rest}</div></li>'
        for name, addr, rest in (
            (
                "Anong Kittisak",
                "anong.k@ipof.example",
                ", Senior Patent Examiner, Patent Office – Sequence Listings Task Force. "
                "WIPO Account username: fd-akittisak.",
            ),
            (
                "Somchai Rattanakorn",
                "somchai.r@ipof.example",
                ", Systems Engineer, IT Center – XML4IP Task Force. WIPO Account "
                "username: fd-srattanakorn.",
            ),
        )
    )
    html = (
        "<html><body><div>Dear CWS Secretariat,</div><div><br></div><div>With reference to "
        "Circular C. CWS 175, the Industrial Property Office of Freedonia (IPOF) is pleased "
        "to nominate the following officials as its representatives.</div>"
        f"<ol>{items}</ol><div>Best regards,</div><div>Malee Boonyasit (Ms.)</div>"
        "</body></html>"
    )
    parsed = parse(_html_mail(html))
    assert [(p[1], p[2], p[4], p[5]) for p in people(parsed)] == [
        ("Kittisak", "Anong", "fd-akittisak", "anong.k@ipof.example"),
        ("Rattanakorn", "Somchai", "fd-srattanakorn", "somchai.r@ipof.example"),
    ]


def test_untitled_names_with_posts_after_a_comma_in_spanish() -> None:
    body = """Estimados señores:

En respuesta a la Circular C. CWS 175, la Oficina de Patentes de Freedonia designa a las \
siguientes personas:

- Lucía Fernández Ortega, Examinadora de Patentes, Equipo Técnico XML4IP, usuario de la \
cuenta OMPI: es-lfernandez
- Tomás Ibarra, Jefe de Sistemas, Equipo Técnico de la Situación Jurídica, usuario de la \
cuenta OMPI: es-tibarra

Atentamente,
Marta Ruiz
"""
    parsed = parse(make_mail(body))
    assert parsed.kind == "nomination"
    assert [(p[1], p[2], p[4]) for p in people(parsed)] == [
        ("Fernández Ortega", "Lucía", "es-lfernandez"),
        ("Ibarra", "Tomás", "es-tibarra"),
    ]
    assert task_forces(parsed) == [["XML4IP Task Force"], ["Legal Status Task Force"]]


def test_untitled_name_with_an_address_in_brackets_and_a_username_in_french() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office de la propriété industrielle de Freedonia \
désigne :

1. Claire Dubois (claire.dubois@opif.example) – Équipe d'experts chargée de la norme \
ST.26, nom d'utilisateur fd-cdubois

Veuillez agréer nos salutations distinguées.
Paul Girard
"""
    parsed = parse(make_mail(body))
    assert parsed.kind == "nomination"
    assert [(p[1], p[2], p[4], p[5]) for p in people(parsed)] == [
        ("Dubois", "Claire", "fd-cdubois", "claire.dubois@opif.example"),
    ]


def test_items_of_task_forces_offices_documents_and_agenda_name_nobody_new() -> None:
    body = """Dear Sir or Madam,

Further to Circular C. CWS 175, we nominate Ms. Jane Doe, Patent Examiner, WIPO account \
fd-jdoe (jane.doe@office.example). She will take part in:

1. Sequence Listings Task Force, as an observer
2. Legal Status Task Force, Deputy Lead

The nomination was agreed by:
- Patent Office, Director General
- Trademark Office, Deputy Director

Attached documents:
1. Nomination Form, Annex I
2. Cover Letter, Director General

Agenda of our internal meeting:
1. Opening Remarks, Deputy Director
2. Work Programme, Head of Section

Best regards,
- Peter Brown, Head of International Affairs
"""
    parsed = parse(make_mail(body))
    assert [(p[1], p[2], p[4]) for p in people(parsed)] == [("Doe", "Jane", "fd-jdoe")]


def test_a_list_of_names_without_a_nominating_lead_names_nobody() -> None:
    body = """Dear colleagues,

Thank you for the meeting last week. Those present were:

1. Anong Kittisak, Senior Patent Examiner
2. Somchai Rattanakorn, Systems Engineer

Best regards,
Malee Boonyasit
"""
    assert parse(make_mail(body)).nominees == ()


# --- a space between a Han name and its salutation ---------------------------------------

_ZH_ITEMS = """CWS秘书处：

您好！兹答复C. CWS 175号通函。我局推荐以下两位同志参加工作队：

1. 贾晓东{sp}先生，专利局自动化部 系统架构处 处长，参加API工作队。WIPO账户用户名：\
cn-jiaxiaodong，注册邮箱：jiaxiaodong@cnipa.example
2. 何静{sp}女士，专利局专利审查协作江苏中心 审查员，参加序列表工作队。WIPO账户用户名：\
cn-hejing，注册邮箱：hejing@cnipa.example

祝好！

孔令辉
国家知识产权局 国际合作司
"""


def test_a_han_name_parted_from_its_salutation_by_a_space() -> None:
    for space in (" ", "\u3000"):
        parsed = parse(make_mail(_ZH_ITEMS.format(sp=space)))
        assert parsed.kind == "nomination"
        assert people(parsed) == [
            (
                "Mr",
                "贾",
                "晓东",
                "专利局自动化部 系统架构处 处长",
                "cn-jiaxiaodong",
                "jiaxiaodong@cnipa.example",
            ),
            (
                "Mrs",
                "何",
                "静",
                "专利局专利审查协作江苏中心 审查员",
                "cn-hejing",
                "hejing@cnipa.example",
            ),
        ]
        assert task_forces(parsed) == [["API Task Force"], ["Sequence Listings Task Force"]]


def test_a_greeting_with_a_space_before_the_salutation_names_no_nominee() -> None:
    body = """尊敬的 王芳 女士：

您好！关于C. CWS 175号通函，我局推荐李强先生参加API工作队，WIPO账户用户名：cn-liqiang。

祝好！
孔令辉
"""
    parsed = parse(make_mail(body))
    assert [(p[0], p[1], p[2]) for p in people(parsed)] == [("Mr", "李", "强")]


# --- task forces given by the annex's item numbers ---------------------------------------

_ZH_CIRCULAR = """

发件人: CWS Mail <cws.mail@wipo.int>
日期: 2023年9月21日 星期四 下午5:05
收件人: 孔令辉 <konglinghui@cnipa.example>
主题: C. CWS 175 – 邀请推荐产权组织标准委员会（CWS）工作队成员

1. 谨通知，产权组织标准委员会（CWS）第十届会议通过了新的工作计划。

2. 特此邀请贵局/贵组织推荐代表参加附件所列的一个或多个工作队。

附件

工作队一览

1. XML4IP工作队（任务第41号）
2. 序列表工作队（ST.26，任务第44号）
3. 法律状态工作队（ST.27，任务第47号）
4. 规范档案工作队（ST.37，任务第51号）
5. API工作队（ST.90，任务第56号）
6. 外观设计表示工作队（ST.88，任务第57号）
7. 区块链工作队（任务第59号）
8. 3D工作队（ST.91，任务第61号）
9. 数字化转型工作队（任务第62号）
10. 名称标准化工作队（任务第55号）
"""

_ZH_BY_NUMBER = """CWS秘书处：

您好！兹答复C. CWS 175号通函。我局推荐以下两位同志参加工作队：

1. 贾晓东 先生，专利局自动化部 处长，参加通函附件所列第5项和第9项工作队。WIPO账户用户名：\
cn-jiaxiaodong，注册邮箱：jiaxiaodong@cnipa.example
2. 何静 女士，专利局 审查员，参加第2项（序列表工作队）。WIPO账户用户名：cn-hejing，\
注册邮箱：hejing@cnipa.example

祝好！

孔令辉
国家知识产权局 国际合作司
"""


def test_annex_item_numbers_map_through_the_quoted_circulars_list_in_chinese() -> None:
    parsed = parse(make_mail(_ZH_BY_NUMBER + _ZH_CIRCULAR))
    assert parsed.kind == "nomination"
    assert [(p[1], p[2], p[4]) for p in people(parsed)] == [
        ("贾", "晓东", "cn-jiaxiaodong"),
        ("何", "静", "cn-hejing"),
    ]
    assert task_forces(parsed) == [
        ["API Task Force", "Digital Transformation Task Force"],
        ["Sequence Listings Task Force"],
    ]


def test_annex_item_numbers_without_the_list_are_not_guessed() -> None:
    parsed = parse(make_mail(_ZH_BY_NUMBER))
    assert [(p[1], p[2]) for p in people(parsed)] == [("贾", "晓东"), ("何", "静")]
    # (The list's lead may still lend its items what it says; no item number is read.)
    assert not {"API Task Force", "Digital Transformation Task Force"} & set(task_forces(parsed)[0])


_EN_CIRCULAR = """

-----Original Message-----
From: CWS Mail <cws.mail@wipo.int>
Sent: Thursday, September 21, 2023 5:05 PM
Subject: C. CWS 175 - Invitation to nominate members of CWS Task Forces

4. Please send the following information to cws.mail@wipo.int.

ANNEX

List of Task Forces

1. XML4IP Task Force (Task No. 41)
2. Sequence Listings Task Force (Task No. 44)
3. Legal Status Task Force (Task No. 47)
4. Authority File Task Force (Task No. 51)
5. API Task Force (Task No. 56)
6. Design Representation Task Force (Task No. 57)
7. Blockchain Task Force (Task No. 59)
8. 3D Task Force (Task No. 61)
9. Digital Transformation Task Force (Task No. 62)
"""


def test_annex_item_numbers_in_english_and_a_paragraph_number_that_is_no_item() -> None:
    body = """Dear CWS Secretariat,

Further to Circular C. CWS 175, our Office nominates Mr. John Carter, Patent Examiner, \
to items 5 and 9 of the annex. WIPO account username: fd-jcarter. As requested in \
paragraph 4 of the circular, his e-mail is john.carter@office.example.

Best regards,
Anna Holm
"""
    parsed = parse(make_mail(body + _EN_CIRCULAR))
    assert [(p[1], p[2], p[4]) for p in people(parsed)] == [("Carter", "John", "fd-jcarter")]
    assert task_forces(parsed) == [["API Task Force", "Digital Transformation Task Force"]]


def test_annex_item_numbers_in_spanish() -> None:
    body = """Estimados señores:

En respuesta a la Circular C. CWS 175, la Oficina designa a la Sra. Marta Ruiz, \
Examinadora de Patentes, para los puntos 2 y 3 del anexo. Usuario de la cuenta OMPI: \
fd-mruiz.

Atentamente,
Pedro Gómez
"""
    parsed = parse(make_mail(body + _EN_CIRCULAR))
    assert [(p[1], p[2], p[4]) for p in people(parsed)] == [("Ruiz", "Marta", "fd-mruiz")]
    assert task_forces(parsed) == [["Sequence Listings Task Force", "Legal Status Task Force"]]


def test_annex_item_numbers_in_russian_and_arabic() -> None:
    ru = """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 Ведомство выдвигает г-на Иванова Петра \
Сергеевича, главного эксперта, для участия в работе целевых групп, указанных в пунктах 5 и \
9 приложения. Учетная запись ВОИС: fd-pivanov.

С уважением,
Анна Смирнова
"""
    parsed = parse(make_mail(ru + _EN_CIRCULAR))
    assert [(p[1], p[4]) for p in people(parsed)] == [("Иванов", "fd-pivanov")]
    assert task_forces(parsed) == [["API Task Force", "Digital Transformation Task Force"]]
    ar = """السادة أمانة لجنة المعايير،

ردا على التعميم C. CWS 175، يرشح المكتب السيد أحمد الزعبي، فاحص براءات، للمشاركة في \
البندين 5 و9 من المرفق. اسم المستخدم في حساب الويبو: fd-azoubi.

مع التحية،
سامي
"""
    parsed = parse(make_mail(ar + _EN_CIRCULAR))
    assert [(p[1], p[4]) for p in people(parsed)] == [("الزعبي", "fd-azoubi")]
    assert task_forces(parsed) == [["API Task Force", "Digital Transformation Task Force"]]
