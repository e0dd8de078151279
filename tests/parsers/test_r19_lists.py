"""Lists of nominees as offices set them out.

- A numbered list whose lines hold bare fields split by " / " in an order a sentence above
  states once ("Сведения приводятся в порядке: Ф.И.О., должность, целевая группа, ...",
  "in the following order: name, position, ..."): each line one nominee, each part the
  field the sentence names in its place.
- A main member and a deputy or alternate ("Основной представитель:" / "Заместитель:",
  "Membre titulaire :" / "Membre suppléante :", "Miembro titular:" / "Suplente:",
  "正式代表：" / "候补代表：", "العضو الأساسي:" / "العضو البديل:"), each label over a name
  with no title, the post on the next line, then labelled lines: both nominated, the post
  read; an Azerbaijani name keeps "оглы"/"кызы" with the given name.
- Numbered task-force headings ("1) Équipe d'experts chargée de la situation juridique")
  over such blocks: each person takes the task force of the heading above them.

Near misses keep their reading: a sentence giving an order of things that are no fields;
"Заместитель начальника отдела" as a post under a name; a numbered list of one person's
task forces under their own label, above the next person's block.
"""

from __future__ import annotations

import pytest

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

SENDER = "Dana Keller <d.keller@office.example>"


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body, sender=SENDER), catalog=catalog(), options=ParseOptions())


# --- a numbered list of bare fields in an order stated once ------------------------------

# Language: (the mail, then each nominee's position, username and task forces as read).
_ORDERED_ROWS = {
    "en": (
        "Dear colleagues,\n\nIn reply to circular C. CWS 175 we nominate the officers below.\n\n"
        "Details are given in the following order: name, position, task force, WIPO username, "
        "account e-mail.\n\n"
        "1.\tMs Jane Roe / Senior Examiner, Patents Directorate / XML4IP Task Force / "
        "tl-jroe / jane.roe@office.example\n"
        "2.\tMr John Smith / Head of IT Systems / API Task Force / tl-jsmith / "
        "john.smith@office.example\n\nKind regards,\nDana Keller\n",
        [
            ("Senior Examiner, Patents Directorate", "tl-jroe", ("XML4IP Task Force",)),
            ("Head of IT Systems", "tl-jsmith", ("API Task Force",)),
        ],
    ),
    "fr": (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons les experts "
        "suivants.\n\nLes informations figurent dans l'ordre suivant : nom et prénom, fonction, "
        "équipe d'experts, nom d'utilisateur, adresse électronique du compte.\n\n"
        "1) M. DUPONT Jean / Chef du service des brevets / Équipe d'experts XML4IP / "
        "fr-jdupont / jean.dupont@office.example\n"
        "2) Mme MARTIN Claire / Examinatrice principale / Équipe d'experts chargée des API / "
        "fr-cmartin / claire.martin@office.example\n\nCordialement,\nDana Keller\n",
        [
            ("Chef du service des brevets", "fr-jdupont", ("XML4IP Task Force",)),
            ("Examinatrice principale", "fr-cmartin", ("API Task Force",)),
        ],
    ),
    "es": (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175 designamos a las personas "
        "siguientes.\n\nLos datos se indican en el orden siguiente: nombre, cargo, equipo "
        "técnico, nombre de usuario, correo electrónico.\n\n"
        "1. Sra. Ana Gómez Ruiz / Jefa de Sección de Patentes / Equipo Técnico XML4IP / "
        "es-agomez / agomez@office.example\n"
        "2. Sr. Luis Pérez Soto / Analista de Sistemas / Equipo Técnico sobre API / "
        "es-lperez / lperez@office.example\n\nAtentamente,\nDana Keller\n",
        [
            ("Jefa de Sección de Patentes", "es-agomez", ("XML4IP Task Force",)),
            ("Analista de Sistemas", "es-lperez", ("API Task Force",)),
        ],
    ),
    "ru": (
        "Уважаемые коллеги!\n\nВ ответ на циркулярное письмо C. CWS 175 сообщаем о назначении "
        "следующих сотрудников.\n\nСведения приводятся в порядке: Ф.И.О., должность, целевая "
        "группа, имя пользователя учетной записи ВОИС, адрес электронной почты учетной записи."
        "\n\n1.\tг-н Белов Максим Игоревич / начальник отдела информационных технологий / "
        "Целевая группа по XML4IP / ru-mbelov / mbelov@office.example\n"
        "2.\tг-жа Осипова Екатерина Андреевна / главный эксперт отдела химии / Целевая группа "
        "по API / ru-eosipova / eosipova@office.example\n\nС уважением,\nDana Keller\n",
        [
            ("начальник отдела информационных технологий", "ru-mbelov", ("XML4IP Task Force",)),
            ("главный эксперт отдела химии", "ru-eosipova", ("API Task Force",)),
        ],
    ),
    "zh": (
        "尊敬的秘书处：\n\n根据C. CWS 175号通函，现推荐以下人员。\n\n"
        "信息按以下顺序列出：姓名、职务、工作队、用户名、电子邮件。\n\n"
        "1. 张伟先生 / 专利审查部处长 / XML4IP工作队 / cn-zhangwei / zhangwei@office.example\n"
        "2. 王芳女士 / 信息技术中心工程师 / API工作队 / cn-wangfang / wangfang@office.example\n\n"
        "此致\nDana Keller\n",
        [
            ("专利审查部处长", "cn-zhangwei", ("XML4IP Task Force",)),
            ("信息技术中心工程师", "cn-wangfang", ("API Task Force",)),
        ],
    ),
    "ar": (
        "السادة الأفاضل،\n\nبالإشارة إلى التعميم C. CWS 175، نرشح الموظفين التاليين.\n\n"
        "البيانات مرتبة على النحو التالي: الاسم، المنصب، فرقة العمل، اسم المستخدم، "
        "البريد الإلكتروني.\n\n"
        "1. السيد أحمد الخطيب / رئيس قسم المعلومات / فرقة العمل المعنية بـ XML4IP / "
        "ma-akhatib / a.khatib@office.example\n"
        "2. السيدة ليلى حداد / فاحصة براءات / فرقة العمل المعنية بواجهات برمجة التطبيقات / "
        "ma-lhaddad / l.haddad@office.example\n\nمع التحية،\nDana Keller\n",
        [
            ("رئيس قسم المعلومات", "ma-akhatib", ("XML4IP Task Force",)),
            ("فاحصة براءات", "ma-lhaddad", ("API Task Force",)),
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_ORDERED_ROWS))
def test_numbered_rows_in_the_order_a_sentence_states(lang: str) -> None:
    body, expected = _ORDERED_ROWS[lang]
    parsed = parse(body)
    assert parsed.kind == "nomination"
    got = [(n.position, n.username, tuple(sorted(n.task_forces))) for n in parsed.nominees]
    assert got == expected
    assert all(n.last_name for n in parsed.nominees)


def test_order_of_things_that_are_no_fields_reads_no_rows() -> None:
    # "in the following order" over no fields: the slashed line is no nominee's row.
    body = (
        "Dear colleagues,\n\nOur priorities are set in the following order: standards, "
        "training, outreach.\n\nXML4IP / API / SEQL\n\n"
        "We nominate Ms Jane Roe, Senior Examiner, to the API Task Force.\n\nDana Keller\n"
    )
    parsed = parse(body)
    assert [(n.last_name, n.position) for n in parsed.nominees] == [("Roe", "Senior Examiner")]


# --- a main member and a deputy, each label over a name and a post --------------------------

# Language: (the two labels, the two people's name and post lines, then each as read:
# last name, first name, post, username).
_MEMBER_AND_DEPUTY = {
    "en": (
        "Dear colleagues,\n\nFurther to circular C. CWS 175, our Office nominates a main member "
        "and an alternate to the 3D Task Force:\n\n",
        ("Main member:", "Alternate:"),
        ("Jane Roe\nSenior Examiner, Designs", "John Smith\nHead of IT Systems"),
        ("Username", "E-mail"),
        [
            ("Roe", "Jane", "Senior Examiner, Designs"),
            ("Smith", "John", "Head of IT Systems"),
        ],
    ),
    "fr": (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, nous désignons pour l'équipe "
        "d'experts chargée de la 3D un membre titulaire et un membre suppléant :\n\n",
        ("Membre titulaire :", "Membre suppléante :"),
        ("Olivier LAMBERT\nConseiller, Service Brevets", "Julie DEWEZ\nAttachée, Service Brevets"),
        ("Nom d'utilisateur OMPI", "Courriel du compte"),
        [
            ("LAMBERT", "Olivier", "Conseiller, Service Brevets"),
            ("DEWEZ", "Julie", "Attachée, Service Brevets"),
        ],
    ),
    "es": (
        "Estimados señores:\n\nEn respuesta a la circular C. CWS 175, designamos para el Equipo "
        "Técnico 3D a un miembro titular y a su suplente:\n\n",
        ("Miembro titular:", "Suplente:"),
        ("Ana Gómez Ruiz\nJefa de Sección de Diseños", "Luis Pérez Soto\nAnalista de Sistemas"),
        ("Nombre de usuario", "Correo electrónico"),
        [
            ("Gómez Ruiz", "Ana", "Jefa de Sección de Diseños"),
            ("Pérez Soto", "Luis", "Analista de Sistemas"),
        ],
    ),
    "ru": (
        "Добрый день!\n\nВ ответ на циркулярное письмо C. CWS 175 сообщаем, что Агентство "
        "назначает в Целевую группу по 3D основного представителя и его заместителя:\n\n",
        ("Основной представитель:", "Заместитель:"),
        (
            "Гасанов Эльчин Рауф оглы\nначальник отдела экспертизы промышленных образцов",
            "Мамедова Севиль Ильхам кызы\nведущий специалист отдела информационных технологий",
        ),
        ("имя пользователя", "эл. почта"),
        [
            ("Гасанов", "Эльчин Рауф оглы", "начальник отдела экспертизы промышленных образцов"),
            (
                "Мамедова",
                "Севиль Ильхам кызы",
                "ведущий специалист отдела информационных технологий",
            ),
        ],
    ),
    "zh": (
        "尊敬的秘书处：\n\n根据C. CWS 175号通函，我局推荐3D工作队正式代表和候补代表各一名：\n\n",
        ("正式代表：", "候补代表："),
        ("张伟\n外观设计审查部处长", "王芳\n信息技术中心工程师"),
        ("用户名", "电子邮件"),
        [("张", "伟", "外观设计审查部处长"), ("王", "芳", "信息技术中心工程师")],
    ),
    "ar": (
        "السادة الأفاضل،\n\nبالإشارة إلى التعميم C. CWS 175، يرشح المكتب لفرقة العمل المعنية "
        "بالنماذج ثلاثية الأبعاد عضوا أساسيا وعضوا بديلا:\n\n",
        ("العضو الأساسي:", "العضو البديل:"),
        ("أحمد الخطيب\nرئيس قسم الرسوم والنماذج", "ليلى حداد\nمهندسة نظم المعلومات"),
        ("اسم المستخدم", "البريد الإلكتروني"),
        [
            ("الخطيب", "أحمد", "رئيس قسم الرسوم والنماذج"),
            ("حداد", "ليلى", "مهندسة نظم المعلومات"),
        ],
    ),
}


def _member_and_deputy(lang: str) -> tuple[str, list[tuple[object, ...]]]:
    lead, labels, people, (user_label, mail_label), expected = _MEMBER_AND_DEPUTY[lang]
    colon = "：" if lang == "zh" else ": "
    blocks = []
    for k, (label, person) in enumerate(zip(labels, people, strict=True)):
        blocks.append(
            f"{label}\n{person}\n{user_label}{colon}xx-user{k}\n"
            f"{mail_label}{colon}user{k}@office.example\n"
        )
    body = lead + "\n".join(blocks) + "\nDana Keller\n"
    rows = [(*e, f"xx-user{k}", ("3D Task Force",)) for k, e in enumerate(expected)]
    return body, rows


@pytest.mark.parametrize("lang", sorted(_MEMBER_AND_DEPUTY))
def test_main_member_and_deputy_both_nominated_with_their_posts(lang: str) -> None:
    body, expected = _member_and_deputy(lang)
    parsed = parse(body)
    got = [
        (n.last_name, n.first_name, n.position, n.username, tuple(n.task_forces))
        for n in parsed.nominees
    ]
    assert got == expected


def test_deputy_head_of_department_under_a_name_stays_a_post() -> None:
    # "Заместитель начальника отдела" is the member's post, no deputy's label; the signer
    # "Заместитель директора" is no nominee.
    body = (
        "Добрый день!\n\nВ ответ на циркулярное письмо C. CWS 175 назначаем в Целевую группу "
        "по 3D:\n\nОсновной представитель:\nИванов Иван Иванович\nЗаместитель начальника "
        "отдела\nимя пользователя: ru-iivanov\nэл. почта: ivanov@office.example\n\n"
        "С уважением,\nПетров Пётр Петрович\nЗаместитель директора\n"
    )
    parsed = parse(body)
    assert [(n.last_name, n.position) for n in parsed.nominees] == [
        ("Иванов", "Заместитель начальника отдела")
    ]


# --- numbered task-force headings over the member and the alternate ------------------------

# Language: (the two headings, the member and alternate labels, the three people).
_HEADED = {
    "en": (
        ("1) Legal Status Task Force", "2) Digital Transformation Task Force"),
        ("Main member:", "Alternate member:"),
        ("Mr Olivier Lambert\nAdviser, Patents", "Ms Julie Dewez\nAttaché, Patents",
         "Mr Thomas Backer\nICT Expert"),
        ("Username", "Account e-mail"),
    ),
    "fr": (
        ("1) Équipe d'experts chargée de la situation juridique (ST.27)",
         "2) Équipe d'experts chargée de la transformation numérique"),
        ("Membre titulaire :", "Membre suppléante :"),
        ("M. Olivier LAMBERT\nConseiller, Service Brevets", "Mme Julie DEWEZ\nAttachée, Service Brevets",
         "M. Thomas DE BACKER\nExpert ICT, Service Informatique"),
        ("Nom d'utilisateur OMPI", "Courriel du compte"),
    ),
    "es": (
        ("1. Equipo Técnico sobre la Situación Jurídica", "2. Equipo Técnico sobre Transformación Digital"),
        ("Miembro titular:", "Miembro suplente:"),
        ("Sr. Olivier Lambert\nAsesor de Patentes", "Sra. Julia Dewez\nAgregada de Patentes",
         "Sr. Tomás Backer\nExperto en TIC"),
        ("Nombre de usuario", "Correo electrónico"),
    ),
    "ru": (
        ("1. Целевая группа по правовому статусу", "2. Целевая группа по цифровой трансформации"),
        ("Основной представитель:", "Заместитель:"),
        ("г-н Ламберт Олег Петрович\nсоветник отдела патентов",
         "г-жа Девез Юлия Андреевна\nэксперт отдела патентов",
         "г-н Бакер Тимур Ильич\nэксперт отдела ИКТ"),
        ("имя пользователя", "эл. почта"),
    ),
    "zh": (
        ("一、法律状态工作队", "二、数字化转型工作队"),
        ("正式代表：", "候补代表："),
        ("张伟先生\n专利审查部处长", "王芳女士\n专利审查部审查员", "李明先生\n信息技术中心工程师"),
        ("用户名", "电子邮件"),
    ),
    "ar": (
        ("1- فرقة العمل المعنية بالوضع القانوني", "2- فرقة العمل المعنية بالتحول الرقمي"),
        ("العضو الأساسي:", "العضو البديل:"),
        ("السيد أحمد الخطيب\nمستشار البراءات", "السيدة ليلى حداد\nفاحصة البراءات",
         "السيد كريم منصور\nخبير تقنية المعلومات"),
        ("اسم المستخدم", "البريد الإلكتروني"),
    ),
}  # fmt: skip


def _headed(lang: str) -> str:
    (first, second), (member, alternate), people, (user_label, mail_label) = _HEADED[lang]
    colon = "：" if lang == "zh" else ": "

    def block(label: str, k: int) -> str:
        return (
            f"{label}\n{people[k]}\n{user_label}{colon}xx-user{k}\n"
            f"{mail_label}{colon}user{k}@office.example\n"
        )

    return (
        "C. CWS 175\n\n"
        f"{first}\n\n{block(member, 0)}\n{block(alternate, 1)}\n"
        f"{second}\n\n{block(member, 2)}\nDana Keller\n"
    )


@pytest.mark.parametrize("lang", sorted(_HEADED))
def test_numbered_task_force_headings_over_member_and_alternate(lang: str) -> None:
    parsed = parse(_headed(lang))
    got = [(n.username, tuple(n.task_forces)) for n in parsed.nominees]
    assert got == [
        ("xx-user0", ("Legal Status Task Force",)),
        ("xx-user1", ("Legal Status Task Force",)),
        ("xx-user2", ("Digital Transformation Task Force",)),
    ]
    assert all(n.position for n in parsed.nominees)


def test_numbered_task_forces_under_a_label_stay_that_persons() -> None:
    # The numbered list is one person's task forces, not headings over the next person.
    body = (
        "Further to circular C. CWS 175 we nominate:\n\n"
        "Name: Ms Jane Roe\nPosition: Examiner\nUsername: tl-jroe\nTask forces:\n"
        "1. XML4IP Task Force\n2. API Task Force\n\n"
        "Name: Mr John Smith\nPosition: Head of IT\nUsername: tl-jsmith\n"
        "Task force: Legal Status Task Force\n\nDana Keller\n"
    )
    parsed = parse(body)
    assert [(n.last_name, tuple(sorted(n.task_forces))) for n in parsed.nominees] == [
        ("Roe", ("API Task Force", "XML4IP Task Force")),
        ("Smith", ("Legal Status Task Force",)),
    ]
