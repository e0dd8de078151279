"""A short mail whose body says "as in the subject" ("Comme indiqué en objet", "如题", "según el
asunto", "как указано в теме", "كما في الموضوع") and gives only the post and the account: the
person (title, name) and the task forces the subject names are the nominee's."""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.subject_nominees import refers_to_subject
from tests.parsers.mailmaker import catalog, make_mail

API = "API Task Force"


def parse(body: str, subject: str) -> ParsedEmail:
    return parse_email(make_mail(body, subject=subject), catalog=catalog(), options=ParseOptions())


CASES = [
    (
        "C.CWS 175 – Désignation de Mme Awa DIALLO à l'équipe d'experts ST.26",
        "Bonjour,\n\nComme indiqué en objet. Voici les informations complémentaires :\n\n"
        "Poste : Cheffe du Service des Brevets\nNom d'utilisateur OMPI : sn-adiallo\n"
        "Adresse mail du compte : awa.diallo@office.example\n\nCordialement\n\n"
        "Dr Ibrahima SOW\nDirecteur\nAgence Sénégalaise pour la Propriété Industrielle\n",
        ("Mrs", "Awa", "DIALLO", "sn-adiallo", ("Sequence Listings Task Force",)),
    ),
    (
        "C.CWS 175推荐：沈佳怡（女士）参加API工作队、数字化转型工作队",
        "如题，请秘书处审核。\n职务：专利局自动化部 数据管理处 工程师\n账户：cn-shenjiayi\n"
        "注册邮箱：shenjiayi@office.example\n\n谢谢！\n彭涛｜国家知识产权局 国际合作司\n",
        ("Mrs", "佳怡", "沈", "cn-shenjiayi", (API, "Digital Transformation Task Force")),
    ),
    (
        "C. CWS 175 - Nomination of Ms Jane DOE to the API Task Force",
        "Dear Secretariat,\n\nAs per subject. Her details:\n\nPosition: Senior Examiner\n"
        "WIPO username: au-jdoe\nE-mail: jane.doe@office.example\n\nKind regards\nJohn Smith\n"
        "IP Australia\n",
        ("Ms", "Jane", "DOE", "au-jdoe", (API,)),
    ),
    (
        "C. CWS 175: designación de la Sra. María PÉREZ GÓMEZ al Equipo Técnico SEQL",
        "Estimados:\n\nSegún el asunto, les envío los datos:\n\nCargo: Examinadora de patentes\n"
        "Usuario: co-mperez\nCorreo: maria.perez@office.example\n\nSaludos cordiales,\nJuan López\n"
        "Superintendencia de Industria y Comercio\n",
        ("Mrs", "María", "PÉREZ GÓMEZ", "co-mperez", ("Sequence Listings Task Force",)),
    ),
    (
        "C. CWS 175: кандидатура г-жи Ивановой Анны Сергеевны в Целевую группу по XML4IP",
        "Добрый день!\n\nКак указано в теме письма. Данные:\n\nДолжность: главный специалист\n"
        "Имя пользователя: ru-aivanova\nЭлектронная почта: a.ivanova@office.example\n\n"
        "С уважением,\nПетров П.П.\nРоспатент\n",
        ("Mrs", "Анна Сергеевна", "Иванова", "ru-aivanova", ("XML4IP Task Force",)),
    ),
    (
        "C. CWS 175 - ترشيح السيدة فاطمة الزهراني لفرقة العمل المعنية بواجهات API",
        "السادة الأفاضل،\n\nكما في الموضوع، نرسل لكم البيانات:\n\nالمسمى الوظيفي: فاحصة براءات\n"
        "اسم المستخدم: sa-fzahrani\nالبريد الإلكتروني: f.zahrani@office.example\n\n"
        "مع التحية،\nأحمد العلي\nالهيئة السعودية للملكية الفكرية\n",
        ("Mrs", "فاطمة", "الزهراني", "sa-fzahrani", (API,)),
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "want"), CASES, ids=["fr", "zh", "en", "es", "ru", "ar"]
)
def test_the_subject_names_whom_the_body_details(
    subject: str, body: str, want: tuple[str, str, str, str, tuple[str, ...]]
) -> None:
    parsed = parse(body, subject)
    assert parsed.kind == "nomination"
    assert [
        (n.title, n.first_name, n.last_name, n.username, n.task_forces) for n in parsed.nominees
    ] == [want]
    # The name is shown to staff where it was read: the subject line.
    assert parsed.evidence["nominees[0].last_name"].source == "subject"
    assert parsed.evidence["nominees[0].username"].source == "body"


def test_the_signer_before_a_full_width_bar_is_not_the_office() -> None:
    subject, body, _ = CASES[1]
    assert parse(body, subject).office == "国家知识产权局"


def test_without_the_pointer_a_subject_nominating_nobody_is_not_read() -> None:
    # (A subject that nominates its one person names the account's owner without the
    # pointer too: see test_r15_contacts_and_links.)
    body = (
        "Dear Secretariat,\n\nPlease find the details:\n\nPosition: Senior Examiner\n"
        "WIPO username: au-jdoe\nE-mail: jane.doe@office.example\n\nKind regards\nJohn Smith\n"
    )
    nominee = parse(body, "C. CWS 175 - Letter from Ms Jane DOE, API Task Force").nominees[0]
    assert (nominee.last_name, nominee.task_forces) == (None, ())


def test_a_body_naming_someone_else_keeps_its_own_person() -> None:
    body = (
        "Bonjour,\n\nComme indiqué en objet, nous désignons plutôt M. Paul MARTIN :\n\n"
        "Poste : Examinateur\nNom d'utilisateur : fr-pmartin\nCourriel : paul.martin@office.example\n"
        "Équipe d'experts : XML4IP\n\nCordialement\nINPI\n"
    )
    parsed = parse(body, "C. CWS 175 – Désignation de Mme Awa DIALLO")
    assert [(n.last_name, n.task_forces) for n in parsed.nominees] == [
        ("MARTIN", ("XML4IP Task Force",))
    ]


def test_the_subject_completes_the_same_person_named_in_the_body() -> None:
    body = (
        "Dear Secretariat,\n\nAs stated in the subject line: Ms Jane DOE, Senior Examiner, "
        "username au-jdoe, e-mail jane.doe@office.example.\n\nKind regards\nIP Australia\n"
    )
    parsed = parse(body, "C. CWS 175 - Nomination of Ms Jane DOE to the API Task Force")
    assert [(n.last_name, n.username, n.task_forces) for n in parsed.nominees] == [
        ("DOE", "au-jdoe", (API,))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Comme indiqué en objet.",
        "如题，请审核。",
        "See subject.",
        "según el asunto",
        "как указано в теме",
        "كما في الموضوع",
        "كما هو موضح في العنوان",
        "la personne désignée en objet",
    ],
)
def test_pointers_to_the_subject(text: str) -> None:
    assert refers_to_subject(text)


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Nomination\nObjet : Désignation\nAsunto: designación\nТема: кандидатура",
        "例如题目中的名称",  # "for example, the names in the topic"
        "Her nomination, as subject to approval by the Director, follows.",
        "الموضوع: ترشيح",
    ],
)
def test_no_pointer_to_the_subject(text: str) -> None:
    assert not refers_to_subject(text)
