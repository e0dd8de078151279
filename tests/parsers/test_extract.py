"""parse_email end to end on realistic messages in the six languages, traps included."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

import pytest

import parsers
from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from parsers.mime import read_message
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
AF = "Authority File Task Force"
API = "API Task Force"
DR = "Design Representation Task Force"
BC = "Blockchain Task Force"
D3 = "3D Task Force"
DT = "Digital Transformation Task Force"

# The circular as offices quote it under their reply: labels without values, our own
# address and the example username. None of it may come out as a value.
QUOTED_CIRCULAR_EN = """
-----Original Message-----
From: CWS Mail <cws.mail@wipo.int>
Sent: Thursday, September 21, 2023 10:00 AM
To: Office Contact <contact.person@office.example>
Subject: C. CWS 175 - Invitation to nominate representatives to the CWS Task Forces

Dear Sir or Madam,

Offices are invited to nominate representatives by sending to cws.mail@wipo.int:
Name of Office/Organization:
Name(s) of the Task Force(s):
Last name, First name (Mr./Mrs./Ms.):
Position in the Office:
WIPO Accounts username (e.g. ca-jsmith):
E-mail address used for the WIPO Account:
"""


def parse(raw: bytes, **options: Any) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions(**options))


def nominee(parsed: ParsedEmail, index: int = 0) -> dict[str, Any]:
    return parsed.nominees[index].model_dump()


def check(parsed: ParsedEmail, expected: dict[str, Any]) -> None:
    got = parsed.to_contract()
    for key, value in expected.items():
        if key == "nominees":
            assert len(parsed.nominees) == len(value), got["nominees"]
            for i, fields in enumerate(value):
                for name, wanted in fields.items():
                    assert getattr(parsed.nominees[i], name) == wanted, (
                        i,
                        name,
                        got["nominees"][i],
                    )
        else:
            assert got[key] == value, (key, got[key])


NOMINATIONS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "en_bold_labels_task_numbers",
        """Dear colleagues,

In reply to C. CWS 175, please find our nomination below.

*Name of Office:* Japan Patent Office
*Task Force(s):* ST.37 and Task No. 47
*Title:* Mr.
*Family name:* TANAKA
*Given name:* Hiroshi
*Position:* Deputy Director, Information Systems
*WIPO Accounts username:* jp-htanaka
*E-mail address used for WIPO Account:* mailto:h.tanaka@jpo.example

Best regards,
Keiko Sato
Japan Patent Office
""",
        {
            "kind": "nomination",
            "language": "en",
            "reference": "C. CWS 175",
            "office": "Japan Patent Office",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "TANAKA",
                    "first_name": "Hiroshi",
                    "position": "Deputy Director, Information Systems",
                    "username": "jp-htanaka",
                    "account_email": "h.tanaka@jpo.example",
                    "task_forces": (LS, AF),
                }
            ],
            "missing": [],
        },
    ),
    (
        "en_two_blocks_with_headings_and_shared_task_force",
        """Dear Secretariat,

The Canadian Intellectual Property Office is pleased to nominate the following two experts to the XML4IP Task Force (ref. C.CWS.175):

Nominee 1
Name: Ms. Anne TREMBLAY
Position: Senior Standards Analyst
Username: ca-atremblay
Email: anne.tremblay@cipo.example

Nominee 2
Name: Mr. Paul O'Neil
Position: IT Architect
Username: ca-poneil
Email: paul.oneil[at]cipo.example

Kind regards,
CIPO International Affairs
""",
        {
            "kind": "nomination",
            "office": "Canadian Intellectual Property Office",
            "nominees": [
                {
                    "title": "Ms",
                    "last_name": "TREMBLAY",
                    "first_name": "Anne",
                    "username": "ca-atremblay",
                    "account_email": "anne.tremblay@cipo.example",
                    "task_forces": (XML4IP,),
                },
                {
                    "title": "Mr",
                    "last_name": "O'Neil",
                    "first_name": "Paul",
                    "username": "ca-poneil",
                    "account_email": "paul.oneil@cipo.example",
                    "task_forces": (XML4IP,),
                },
            ],
        },
    ),
    (
        "en_header_row_table",
        """Dear Sir/Madam,

Further to circular C. CWS 175, the Korean Intellectual Property Office nominates:

Title | Last name | First name | Position | Task Force | WIPO username | E-mail
Mr | KIM | Min-jun | Deputy Director | API Task Force | kr-mjkim | mj.kim@kipo.example
Ms | PARK | Ji-woo | Examiner | ST.26; ST.27 | kr-jwpark | jw.park@kipo.example

Sincerely,
KIPO
""",
        {
            "kind": "nomination",
            "office": "Korean Intellectual Property Office",
            "nominees": [
                {"title": "Mr", "last_name": "KIM", "first_name": "Min-jun", "task_forces": (API,)},
                {
                    "title": "Ms",
                    "last_name": "PARK",
                    "first_name": "Ji-woo",
                    "username": "kr-jwpark",
                    "task_forces": (SEQL, LS),
                },
            ],
        },
    ),
    (
        "en_combined_line_with_inline_details",
        """Hello,

With reference to C. CWS 175, the USPTO nominates Mr. John SMITH (username: us-jsmith, e-mail: John.Smith@uspto.example) to the Legal Status Task Force and the API Task Force.

Thanks,
Mary
""",
        {
            "kind": "nomination",
            "office": "USPTO",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "SMITH",
                    "first_name": "John",
                    "username": "us-jsmith",
                    "account_email": "john.smith@uspto.example",
                    "task_forces": (LS, API),
                }
            ],
        },
    ),
    (
        "en_all_task_forces_partial",
        """Dear Secretariat,

IP Australia would like to nominate Dr. Ahmed HASSAN, Principal Data Scientist, to all task forces.
His WIPO account will be created next week.

Regards,
IP Australia
""",
        {
            "kind": "nomination",
            "nominees": [
                {
                    "title": None,
                    "last_name": "HASSAN",
                    "first_name": "Ahmed",
                    "position": "Principal Data Scientist",
                    "username": None,
                    "account_email": None,
                    "task_forces": tuple(catalog().names),
                }
            ],
            "missing": [
                "nominees[0].title",
                "nominees[0].username",
                "nominees[0].account_email",
            ],
        },
    ),
    (
        "fr_labels_obfuscated_address",
        """Madame, Monsieur,

Suite à la circulaire C. CWS 175, veuillez trouver ci-dessous notre désignation.

Nom de l'office : Institut national de la propriété industrielle (INPI)
Équipe(s) d'experts : Équipe d'experts XML4IP ; ST.26
Titre : Mme
Nom : MARTIN
Prénom : Sophie
Poste occupé : Cheffe de projet, normes
Nom d'utilisateur : fr-smartin
Adresse électronique : sophie.martin[at]inpi.example

Cordialement,
Luc Bernard
""",
        {
            "kind": "nomination",
            "language": "fr",
            "office": "Institut national de la propriété industrielle (INPI)",
            "nominees": [
                {
                    "title": "Mrs",
                    "last_name": "MARTIN",
                    "first_name": "Sophie",
                    "position": "Cheffe de projet, normes",
                    "username": "fr-smartin",
                    "account_email": "sophie.martin@inpi.example",
                    "task_forces": (XML4IP, SEQL),
                }
            ],
        },
    ),
    (
        "fr_prose",
        """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office marocain de la propriété industrielle et commerciale (OMPIC) a l'honneur de désigner M. Karim BENNANI, ingénieur d'études, comme membre de l'Équipe d'experts chargée du listage des séquences. Son nom d'utilisateur est ma-kbennani et son adresse électronique est k.bennani@ompic.example.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.
""",
        {
            "kind": "nomination",
            "language": "fr",
            "office": "Office marocain de la propriété industrielle et commerciale (OMPIC)",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "BENNANI",
                    "first_name": "Karim",
                    "position": "ingénieur d'études",
                    "username": "ma-kbennani",
                    "account_email": "k.bennani@ompic.example",
                    "task_forces": (SEQL,),
                }
            ],
        },
    ),
    (
        "es_labels_value_on_next_line",
        """Estimados señores:

Nombre de la Oficina:
Oficina Española de Patentes y Marcas (OEPM)

Equipo(s) Técnico(s):
Equipo Técnico sobre la Cadena de Bloques

Tratamiento:
Sr.

Apellido(s):
GARCÍA LÓPEZ

Nombre:
José Luis

Cargo:
Consejero Técnico

Nombre de usuario:
es-jlgarcia

Correo electrónico:
jl.garcia@oepm.example

Atentamente,
Oficina Española de Patentes y Marcas
""",
        {
            "kind": "nomination",
            "language": "es",
            "reference": "C. CWS 175",
            "office": "Oficina Española de Patentes y Marcas (OEPM)",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "GARCÍA LÓPEZ",
                    "first_name": "José Luis",
                    "position": "Consejero Técnico",
                    "username": "es-jlgarcia",
                    "account_email": "jl.garcia@oepm.example",
                    "task_forces": (BC,),
                }
            ],
        },
    ),
    (
        "es_prose",
        """Estimados señores:

En respuesta a la circular C. CWS 175, el Instituto Mexicano de la Propiedad Industrial tiene el agrado de designar a la Sra. Ana María TORRES RUIZ, Directora de Sistemas, como miembro del Equipo Técnico XML4IP. Su nombre de usuario es mx-atorres y su correo electrónico es atorres@impi.example.

Saludos cordiales,
Dirección de Relaciones Internacionales
""",
        {
            "kind": "nomination",
            "language": "es",
            "office": "Instituto Mexicano de la Propiedad Industrial",
            "nominees": [
                {
                    "title": "Mrs",
                    "last_name": "TORRES RUIZ",
                    "first_name": "Ana María",
                    "position": "Directora de Sistemas",
                    "username": "mx-atorres",
                    "account_email": "atorres@impi.example",
                    "task_forces": (XML4IP,),
                }
            ],
        },
    ),
    (
        "ru_labels",
        """Уважаемые коллеги!

В ответ на циркулярное письмо C. CWS 175 направляем сведения о нашем представителе.

Ведомство: Федеральная служба по интеллектуальной собственности (Роспатент)
Целевая группа: Целевая группа по 3D
Обращение: г-н
Фамилия: Смирнов
Имя: Алексей Викторович
Должность: заместитель начальника отдела
Имя пользователя: ru-asmirnov
Эл. почта: a.smirnov@rupto.example

С уважением,
Отдел международного сотрудничества
""",
        {
            "kind": "nomination",
            "language": "ru",
            "office": "Федеральная служба по интеллектуальной собственности (Роспатент)",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "Смирнов",
                    "first_name": "Алексей Викторович",
                    "position": "заместитель начальника отдела",
                    "username": "ru-asmirnov",
                    "account_email": "a.smirnov@rupto.example",
                    "task_forces": (D3,),
                }
            ],
        },
    ),
    (
        "ru_prose_inflected",
        """Уважаемые господа!

Евразийское патентное ведомство имеет честь назначить г-на Кузнецова Ивана Петровича, главного эксперта, членом Целевой группы по XML4IP. Имя пользователя: ea-ikuznetsov, адрес электронной почты: i.kuznetsov@eapo.example.

С уважением,
ЕАПВ
""",
        {
            "kind": "nomination",
            "language": "ru",
            "office": "Евразийское патентное ведомство",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "Кузнецов",
                    "first_name": "Иван Петрович",
                    "username": "ea-ikuznetsov",
                    "account_email": "i.kuznetsov@eapo.example",
                    "task_forces": (XML4IP,),
                }
            ],
        },
    ),
    (
        "zh_labels_fullwidth_colons",
        """尊敬的秘书处：

根据C. CWS 175号通函，现将我局代表信息发送如下：

主管局名称：中国国家知识产权局
工作队：XML4IP工作队
称谓：女士
姓：李
名：娜
职务：审查员
用户名：cn-lina
电子邮件：lina@cnipa.example

国家知识产权局
""",
        {
            "kind": "nomination",
            "language": "zh",
            "office": "中国国家知识产权局",
            "nominees": [
                {
                    "title": "Mrs",
                    "last_name": "李",
                    "first_name": "娜",
                    "position": "审查员",
                    "username": "cn-lina",
                    "account_email": "lina@cnipa.example",
                    "task_forces": (XML4IP,),
                }
            ],
        },
    ),
    (
        "zh_prose_compound_surname",
        """秘书处：

根据C. CWS 175号通函，国家知识产权局提名欧阳明先生（高级审查员）参加区块链工作队。其用户名为cn-ouyangming，电子邮件为ouyang@cnipa.example。

国家知识产权局
""",
        {
            "kind": "nomination",
            "language": "zh",
            "office": "国家知识产权局",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "欧阳",
                    "first_name": "明",
                    "position": "高级审查员",
                    "username": "cn-ouyangming",
                    "account_email": "ouyang@cnipa.example",
                    "task_forces": (BC,),
                }
            ],
        },
    ),
    (
        "ar_labels",
        """السادة المحترمون،

إشارة إلى التعميم C. CWS 175، نرسل إليكم بيانات ممثلنا:

اسم المكتب: المكتب المصري لبراءات الاختراع
فرقة العمل: فرقة العمل المعنية بمعيار XML4IP
اللقب: السيد
اسم العائلة: محمود
الاسم الأول: أحمد
المنصب: فاحص أول
اسم المستخدم: eg-amahmoud
البريد الإلكتروني: a.mahmoud@egypo.example

مع التحية
""",
        {
            "kind": "nomination",
            "language": "ar",
            "office": "المكتب المصري لبراءات الاختراع",
            "nominees": [
                {
                    "title": "Mr",
                    "last_name": "محمود",
                    "first_name": "أحمد",
                    "position": "فاحص أول",
                    "username": "eg-amahmoud",
                    "account_email": "a.mahmoud@egypo.example",
                    "task_forces": (XML4IP,),
                }
            ],
        },
    ),
    (
        "ar_prose",
        """السادة الأفاضل،

ردا على التعميم C. CWS 175، يسر المكتب المغربي للملكية الصناعية والتجارية أن يرشح السيدة سلمى بنعلي، رئيسة مصلحة البراءات، لعضوية فرقة العمل المعنية بالوضع القانوني. اسم المستخدم: ma-sbenali، والبريد الإلكتروني: s.benali@ompic.example

وتفضلوا بقبول فائق الاحترام.
""",
        {
            "kind": "nomination",
            "language": "ar",
            "office": "المكتب المغربي للملكية الصناعية والتجارية",
            "nominees": [
                {
                    "title": "Mrs",
                    "last_name": "بنعلي",
                    "first_name": "سلمى",
                    "position": "رئيسة مصلحة البراءات",
                    "username": "ma-sbenali",
                    "account_email": "s.benali@ompic.example",
                    "task_forces": (LS,),
                }
            ],
        },
    ),
]


@pytest.mark.parametrize(("name", "body", "expected"), NOMINATIONS, ids=[c[0] for c in NOMINATIONS])
def test_nominations(name: str, body: str, expected: dict[str, Any]) -> None:
    check(parse(make_mail(body)), expected)


OTHERS: list[tuple[str, str, str]] = [
    (
        "en_question_quoting_circular",
        "Dear Secretariat,\n\nCould you tell us the deadline for the nominations?\n\nBest regards,\nJohn\n"
        + QUOTED_CIRCULAR_EN,
        "en",
    ),
    (
        "en_thanks",
        "Dear colleagues,\n\nThank you for confirming Ms. DOE's access to the XML4IP Task Force wiki.\n\nKind regards,\nUSPTO\n",
        "en",
    ),
    (
        "en_withdrawal_labelled",
        "Dear Secretariat,\n\nWe hereby withdraw the nomination of:\n\nName: Mr. John SMITH\nUsername: us-jsmith\nTask Force: API Task Force\n\nRegards,\nUSPTO\n",
        "en",
    ),
    (
        "en_question_about_nominating",
        "Dear Sir or Madam,\n\nCan we nominate two experts to the SEQL Task Force, or only one?\n\nRegards,\nMaria\n",
        "en",
    ),
    (
        "fr_question",
        "Madame, Monsieur,\n\nPourriez-vous nous indiquer la date limite pour les désignations aux équipes d'experts ?\n\nCordialement,\nJean Dupont\n",
        "fr",
    ),
    (
        "es_withdrawal",
        "Estimados señores:\n\nPor medio de la presente retiramos la designación del Sr. Pedro GÓMEZ al Equipo Técnico XML4IP.\n\nAtentamente,\nOEPM\n",
        "es",
    ),
    (
        "ru_question",
        "Уважаемые коллеги!\n\nПодскажите, пожалуйста, до какого числа принимаются кандидатуры в целевые группы?\n\nС уважением,\nИван\n",
        "ru",
    ),
    (
        "zh_question",
        "您好：\n\n请问工作队提名的截止日期是什么时候？\n\n谢谢！\n李明\n",
        "zh",
    ),
    (
        "ar_question",
        "السادة المحترمون،\n\nنرجو إفادتنا بالموعد النهائي لتقديم الترشيحات لفرق العمل.\n\nمع التحية\n",
        "ar",
    ),
    (
        "en_unrelated_newsletter",
        "Dear subscriber,\n\nOur spring catalogue is out. Mr. Brown recommends the new Designer Series.\nContact sales@shop.example for prices.\n",
        "en",
    ),
]


@pytest.mark.parametrize(("name", "body", "language"), OTHERS, ids=[c[0] for c in OTHERS])
def test_not_nominations(name: str, body: str, language: str) -> None:
    parsed = parse(make_mail(body, subject="Question"))
    assert parsed.kind is Kind.OTHER, parsed.to_contract()
    assert parsed.nominees == ()
    assert parsed.language == language


def test_withdrawal_is_flagged() -> None:
    parsed = parse(make_mail(OTHERS[2][1]))
    assert [w.code for w in parsed.warnings] == ["withdrawal"]


def test_quoted_circular_gives_reference_but_no_values() -> None:
    body = (
        "Dear Secretariat,\n\nPlease find our nominee below.\n\nName: Ms. Jane DOE\nTask Force: XML4IP\n\nBest regards,\nJohn\n"
        + QUOTED_CIRCULAR_EN
    )
    parsed = parse(make_mail(body, subject="RE: nomination"))
    assert parsed.reference == "C. CWS 175"
    assert parsed.evidence["reference"].rule == "quoted"
    assert parsed.nominees[0].username is None
    assert parsed.nominees[0].account_email is None
    assert "nominees[0].username" in parsed.missing
    assert "ca-jsmith" not in str(parsed.to_contract()["nominees"])
    assert "cws.mail@wipo.int" not in str(parsed.to_contract()["nominees"])


def test_example_username_and_own_address_never_values() -> None:
    body = "Dear Secretariat,\n\nC. CWS 175\n\nName: Mr. Jean TREMBLAY\nTask Force: API\nUsername: ca-jsmith\nE-mail: cws.mail@wipo.int\n"
    parsed = parse(make_mail(body))
    assert parsed.nominees[0].username is None
    assert parsed.nominees[0].account_email is None
    assert {"nominees[0].username", "nominees[0].account_email"} <= set(parsed.missing)


def test_signature_gives_office_but_no_nominee_fields() -> None:
    body = """Dear Secretariat,

Further to C. CWS 175 we nominate:

Name: Ms. Laura BIANCHI
Task force: Part 7 Task Force
Username: it-lbianchi
E-mail: l.bianchi@uibm.example

Best regards,
Marco Rossi
Head of International Affairs
Italian Patent and Trademark Office (UIBM)
Tel. +39 06 0000 0000 | marco.rossi@uibm.example
"""
    parsed = parse(make_mail(body, sender="Marco Rossi <marco.rossi@uibm.example>"))
    assert parsed.office == "Italian Patent and Trademark Office (UIBM)"
    assert parsed.evidence["office"].rule == "signature"
    assert parsed.nominees[0].position is None
    assert parsed.nominees[0].last_name == "BIANCHI"


def test_other_circular_warns_and_is_kept() -> None:
    body = "Dear Sir,\n\nIn reply to C. CWS 160, we nominate Ms. Jane DOE (username us-jdoe) to the API Task Force.\n"
    parsed = parse(make_mail(body, subject="nomination"))
    assert parsed.reference == "C. CWS 160"
    assert "other_circular" in [w.code for w in parsed.warnings]


def test_no_reference_warns() -> None:
    body = "Dear Sir,\n\nWe nominate Ms. Jane DOE (username us-jdoe) to the API Task Force.\n"
    parsed = parse(make_mail(body, subject="nomination"))
    assert parsed.reference is None
    assert "no_reference" in [w.code for w in parsed.warnings]


def test_validation_warnings() -> None:
    body = """Dear Secretariat,

C. CWS 175

Name of Office: Japan Patent Office
Name: Mr. Taro YAMADA
Task Force: Task Force on Unicorns; XML4IP
Username: us-tyamada
E-mail: info@gmail.example

Name: Ms. Hanako SUZUKI
Task Force: ST.26
Username: h suzuki
E-mail: h.suzuki@jpo
"""
    parsed = parse(make_mail(body, sender="intl@jpo.example"))
    codes = {(w.code, w.field) for w in parsed.warnings}
    assert ("unknown_task_force", "nominees[0].task_forces") in codes
    assert ("username_prefix_mismatch", "nominees[0].username") in codes
    assert ("generic_account_email", "nominees[0].account_email") in codes
    assert ("account_email_domain_mismatch", "nominees[0].account_email") in codes
    assert ("username_invalid", "nominees[1].username") in codes
    assert ("account_email_invalid", "nominees[1].account_email") in codes
    assert parsed.nominees[0].unknown_task_forces == ("Task Force on Unicorns",)
    assert parsed.nominees[0].task_forces == (XML4IP,)


def test_evidence_points_at_the_text() -> None:
    body = "Dear Secretariat,\n\nC. CWS 175\n\nName of Office: INPI\nName: Mme Claire DUBOIS\nTask Force: XML4IP\nUsername: fr-cdubois\n"
    raw = make_mail(body)
    parsed = parse(raw)
    evidence = parsed.evidence["nominees[0].username"]
    assert evidence.source == "body"
    assert evidence.rule == "label"
    text = parsed_body(raw)
    assert text[evidence.start : evidence.end] == "fr-cdubois"
    assert text[parsed.evidence["office"].start : parsed.evidence["office"].end] == "INPI"


def parsed_body(raw: bytes) -> str:
    return read_message(raw, ParseOptions()).body_text


def test_forwarded_rfc822_nominee_mail_is_read() -> None:
    inner = EmailMessage()
    inner["From"] = "Jane Doe <jane.doe@ipo.example>"
    inner["To"] = "intl@ipo.example"
    inner["Subject"] = "My WIPO account"
    inner.set_content(
        "Hello,\n\nHere are my details:\nName: DOE, Jane\nTitle: Ms\nUsername: gb-jdoe\nE-mail: jane.doe@ipo.example\n"
    )
    body = "Dear Secretariat,\n\nPlease find attached the details of our nominee for the SEQL Task Force (C. CWS 175).\n\nRegards,\nUK IPO\n"
    parsed = parse(make_mail(body, subject="Fwd: My WIPO account", forwarded=inner))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.forwarded
    check(
        parsed,
        {
            "nominees": [
                {
                    "title": "Ms",
                    "last_name": "DOE",
                    "first_name": "Jane",
                    "username": "gb-jdoe",
                    "account_email": "jane.doe@ipo.example",
                    "task_forces": (SEQL,),
                }
            ]
        },
    )
    assert parsed.evidence["nominees[0].username"].source == "forwarded"


def test_text_attachment_is_read() -> None:
    form = b"Name of Office: Israel Patent Office\nTask Force: Blockchain\nLast name: COHEN\nFirst name: Dana\nTitle: Ms.\nUsername: il-dcohen\nE-mail: dana.cohen@ilpo.example\n"
    body = "Dear Sir/Madam,\n\nPlease find attached our nomination in reply to C. CWS 175.\n\nBest regards\n"
    parsed = parse(make_mail(body, attachments=(("nomination.txt", "text/plain", form),)))
    assert parsed.kind is Kind.NOMINATION
    assert parsed.office == "Israel Patent Office"
    assert parsed.nominees[0].last_name == "COHEN"
    assert parsed.evidence["nominees[0].last_name"].source == "attachment:nomination.txt"


def test_auto_reply_is_not_read_for_fields() -> None:
    raw = make_mail(
        "I am out of the office until 9 October. Name: John SMITH, username us-jsmith.",
        subject="Automatic reply: C. CWS 175",
        headers=(("Auto-Submitted", "auto-replied"),),
    )
    parsed = parse(raw)
    assert parsed.kind is Kind.AUTO_REPLY
    assert parsed.nominees == ()


def test_public_surface() -> None:
    assert "parse_email" in parsers.__all__
    assert parsers.parse_email is parse_email


EARLIER_OWN = """

From: Rui Costa <rcosta@inpi-pt.example>
Sent: Tuesday, October 10, 2023 11:20 AM
To: cws.mail@wipo.int
Subject: C. CWS 175 - Nomination

The Portuguese Institute of Industrial Property nominates:

Task Force: Name Standardization Task Force
Name: Ms. Ana FERREIRA
WIPO username: to follow
E-mail used for the WIPO account: ana.ferreira@inpi-pt.example
"""


def test_own_earlier_mail_completes_the_person_named_now() -> None:
    body = (
        "Dear Secretariat,\n\nAs promised, Ms. Ferreira's WIPO username is pt-aferreira.\n\nKind regards,\nRui"
        + EARLIER_OWN
    )
    parsed = parse(
        make_mail(body, subject="RE: C. CWS 175 - Nomination", sender="rcosta@inpi-pt.example")
    )
    assert parsed.kind is Kind.NOMINATION
    check(
        parsed,
        {
            "nominees": [
                {
                    "last_name": "FERREIRA",
                    "first_name": "Ana",
                    "username": "pt-aferreira",
                    "account_email": "ana.ferreira@inpi-pt.example",
                }
            ]
        },
    )
    assert parsed.evidence["nominees[0].account_email"].source == "quoted"


def test_question_quoting_own_earlier_nomination_is_not_a_nomination() -> None:
    body = (
        "Dear Secretariat,\n\nCould you tell us when access will be granted?\n\nKind regards,\nRui"
        + EARLIER_OWN
    )
    parsed = parse(
        make_mail(body, subject="RE: C. CWS 175 - Nomination", sender="rcosta@inpi-pt.example")
    )
    assert parsed.kind is Kind.OTHER
