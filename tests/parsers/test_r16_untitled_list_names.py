"""List items opened by a personal name with no title, in Chinese, Russian and Arabic.

- "1. 张伟，男，专利审查员，参加XML4IP工作队，用户名：...": a Han name heading an item, followed
  by the person's sex ("男" Mr, "女" Mrs), post, username, address or task force, under a
  lead that nominates or lists people ("报送如下", "推荐以下人员", "名单如下"). Without the
  sex the title is empty. The name splits as a titled one does (one-character surname, or a
  two-character compound one: "欧阳").
- "1. Анна Петрова, главный эксперт, ...": two Cyrillic words with no patronymic, either
  order, one a known given name or a surname by its ending; a Latin name inside Russian
  text ("Ion Rusu, начальник отдела, ...") is read the same way.
- "1- سارة محمود، رئيسة قسم المعلومات، ...": two to four Arabic words followed by a post, a
  username, an address or a task force.
- Near-misses keep their reading: items naming task forces, offices or units ("专利局，",
  "Отдел ...", "إدارة ..."), documents or agenda points; items that are phrases ("1. 加强
  合作，…"); a common noun; names with no nominating or listing lead.
"""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email)
        for n in parsed.nominees
    ]


def task_forces(parsed: ParsedEmail) -> list[list[str]]:
    return [list(n.task_forces) for n in parsed.nominees]


# --- Chinese -----------------------------------------------------------------------------

_ZH_ITEMS = (
    "1. 张伟，男，专利审查员，参加XML4IP工作队，用户名：cn-zhangwei，"
    "邮箱：zhangwei@cnipa.example\n"
    "2. 刘洋，女，信息技术工程师，参加API工作队，用户名：cn-liuyang，"
    "邮箱：liuyang@cnipa.example\n"
)
_ZH_PEOPLE = [
    ("Mr", "张", "伟", "专利审查员", "cn-zhangwei", "zhangwei@cnipa.example"),
    ("Mrs", "刘", "洋", "信息技术工程师", "cn-liuyang", "liuyang@cnipa.example"),
]


def test_han_names_heading_items_with_their_sex_under_a_reporting_lead() -> None:
    parsed = parse(
        "根据C. CWS 175号通函的要求，现将我局参加各工作队的人员信息报送如下：\n\n"
        f"{_ZH_ITEMS}\n国家知识产权局\n"
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == _ZH_PEOPLE
    assert task_forces(parsed) == [["XML4IP Task Force"], ["API Task Force"]]


def test_han_names_heading_items_under_a_recommending_lead() -> None:
    parsed = parse(f"CWS秘书处：\n\n我局推荐以下人员：\n\n{_ZH_ITEMS}\n国家知识产权局\n")
    assert parsed.kind == "nomination"
    assert people(parsed) == _ZH_PEOPLE


def test_han_names_without_their_sex_have_no_title_and_a_compound_surname_splits() -> None:
    parsed = parse(
        "根据C. CWS 175号通函，我局参加工作队的人员名单如下：\n\n"
        "1、欧阳明辉，专利审查员，参加XML4IP工作队，用户名：cn-oyminghui，"
        "邮箱：oyminghui@cnipa.example\n"
        "2、李娜，信息技术工程师，参加API工作队，用户名：cn-lina，邮箱：lina@cnipa.example\n"
        "\n国家知识产权局\n"
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        (None, "欧阳", "明辉", "专利审查员", "cn-oyminghui", "oyminghui@cnipa.example"),
        (None, "李", "娜", "信息技术工程师", "cn-lina", "lina@cnipa.example"),
    ]
    assert task_forces(parsed) == [["XML4IP Task Force"], ["API Task Force"]]


def test_han_names_set_apart_by_spaces_under_chinese_ordinal_marks() -> None:
    parsed = parse(
        "CWS秘书处：\n\n根据C. CWS 175号通函，我局推荐以下同志参加工作队：\n\n"
        "一、王建国 专利审查员 XML4IP工作队 cn-wangjg\n"
        "二、司马小红 信息技术工程师 API工作队 cn-simaxh\n\n国家知识产权局\n"
    )
    assert parsed.kind == "nomination"
    assert [(p[0], p[1], p[2], p[4]) for p in people(parsed)] == [
        (None, "王", "建国", "cn-wangjg"),
        (None, "司马", "小红", "cn-simaxh"),
    ]
    assert task_forces(parsed) == [["XML4IP Task Force"], ["API Task Force"]]


def test_a_han_name_with_its_sex_opening_a_line() -> None:
    parsed = parse(
        "CWS秘书处：\n\n根据C. CWS 175号通函，我局推荐以下人员参加XML4IP工作队：\n\n"
        "张伟，男，专利审查员，用户名：cn-zhangwei\n\n国家知识产权局\n"
    )
    assert [(p[0], p[1], p[2], p[3], p[4]) for p in people(parsed)] == [
        ("Mr", "张", "伟", "专利审查员", "cn-zhangwei")
    ]


def test_han_items_of_offices_task_forces_and_phrases_name_nobody() -> None:
    parsed = parse(
        "根据C. CWS 175号通函，现将我局各部门参加工作队的情况报送如下：\n\n"
        "1. 专利局，参加XML4IP工作队，邮箱：patent@cnipa.example\n"
        "2. 条法司，参加法律状态工作队\n"
        "3. 自动化部，信息技术工程师，参加API工作队\n"
        "4. 高度重视，参加API工作队的准备工作\n"
        "5. 加强合作，推动XML4IP工作队的工作\n"
        "6. 信息，专利审查员\n"
        "\n国家知识产权局\n"
    )
    assert parsed.nominees == ()


def test_han_names_with_no_lead_above_them_name_nobody() -> None:
    parsed = parse(
        "CWS秘书处：\n\n感谢贵处的来函。我们的会议记录如下。\n\n"
        "1. 张伟，专利审查员，发言介绍了XML4IP工作队的进展\n"
        "2. 刘洋，信息技术工程师，提出了问题\n\n国家知识产权局\n"
    )
    assert parsed.kind != "nomination"
    assert parsed.nominees == ()


def test_meeting_participants_listed_by_name_are_not_nominated() -> None:
    parsed = parse(
        "CWS秘书处：\n\n感谢贵处邀请我局参加CWS第十一届会议。我局参会人员名单如下：\n\n"
        "1. 张伟，专利审查员，邮箱：zhangwei@cnipa.example\n"
        "2. 刘洋，信息技术工程师，邮箱：liuyang@cnipa.example\n\n国家知识产权局\n"
    )
    assert parsed.nominees == ()


# --- Russian -----------------------------------------------------------------------------

_RU_LEAD = "В ответ на циркулярное письмо C. CWS 175 ведомство выдвигает следующих кандидатов:"


def test_untitled_two_word_cyrillic_and_latin_names_in_russian_items() -> None:
    parsed = parse(
        f"{_RU_LEAD}\n\n"
        "1. Анна Петрова, главный эксперт, Целевая группа по XML4IP, логин md-apetrova, "
        "эл. почта apetrova@agepi.example\n"
        "2. Ion Rusu, начальник отдела, Целевая группа по API, логин md-irusu, "
        "эл. почта irusu@agepi.example\n\nAGEPI\n"
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        (None, "Петрова", "Анна", "главный эксперт", "md-apetrova", "apetrova@agepi.example"),
        (None, "Rusu", "Ion", "начальник отдела", "md-irusu", "irusu@agepi.example"),
    ]
    assert task_forces(parsed) == [["XML4IP Task Force"], ["API Task Force"]]


def test_surname_first_cyrillic_names_under_a_list_of_staff() -> None:
    parsed = parse(
        "Уважаемые коллеги!\n\nСообщаем данные следующих сотрудников для участия в "
        "целевых группах КСВ:\n\n"
        "- Петрова Анна — ведущий специалист, Целевая группа по XML4IP, md-apetrova\n"
        "- Сидоренко Олег — главный эксперт, Целевая группа по API, md-osidorenko\n"
    )
    assert parsed.kind == "nomination"
    assert [(p[1], p[2], p[3], p[4]) for p in people(parsed)] == [
        ("Петрова", "Анна", "ведущий специалист", "md-apetrova"),
        ("Сидоренко", "Олег", "главный эксперт", "md-osidorenko"),
    ]
    assert task_forces(parsed) == [["XML4IP Task Force"], ["API Task Force"]]


def test_russian_items_of_units_task_forces_documents_and_agenda_name_nobody() -> None:
    parsed = parse(
        f"{_RU_LEAD}\n\n"
        "1. Отдел информатизации, главный эксперт, Целевая группа по XML4IP\n"
        "2. Целевая группа по API, начальник отдела\n"
        "3. Документ CWS/11/2, Целевая группа по XML4IP\n"
        "4. Открытие сессии, председатель\n"
        "5. Патентное ведомство, эл. почта office@agepi.example\n"
        "6. Главный эксперт, Целевая группа по API\n"
    )
    assert parsed.nominees == ()


def test_a_signature_led_by_a_dash_names_nobody() -> None:
    parsed = parse(
        "Уважаемые коллеги!\n\nБлагодарим за циркулярное письмо C. CWS 175. Мы рассмотрим "
        "его и ответим позднее.\n\nС уважением,\n"
        "- Анна Петрова, главный эксперт, apetrova@agepi.example\n"
    )
    assert parsed.nominees == ()


def test_a_list_of_people_ending_the_text_under_a_lead_with_a_colon_reads() -> None:
    # A list of people that ends the mail, under "the data of the following persons:",
    # has no sentence after it to read: it no longer stops the parse.
    parsed = parse(
        "Dear colleagues,\n\nPlease find below the data of the following persons:\n\n"
        "- Ms Jane Doe, Senior Examiner, XML4IP Task Force, fd-jdoe\n"
        "- Mr John Roe, Engineer, API Task Force, fd-jroe\n"
    )
    assert parsed.language == "en"


# --- Arabic ------------------------------------------------------------------------------

_AR_ITEMS = (
    "1- سارة محمود، رئيسة قسم المعلومات، فرقة العمل المعنية بالتحول الرقمي، "
    "اسم المستخدم jo-smahmoud، البريد الإلكتروني smahmoud@ipd.example\n"
    "2- خالد يوسف، مهندس برمجيات، فرقة العمل المعنية بواجهة برمجة التطبيقات، "
    "اسم المستخدم jo-kyousef، البريد الإلكتروني kyousef@ipd.example\n"
)


def test_untitled_arabic_names_heading_items_under_a_list_of_names() -> None:
    parsed = parse(
        "إشارة إلى التعميم C. CWS 175، نرفق لكم الأسماء التالية للمشاركة في فرق العمل:\n\n"
        f"{_AR_ITEMS}\nمع خالص التحية\n"
    )
    assert parsed.kind == "nomination"
    assert people(parsed) == [
        (None, "محمود", "سارة", "رئيسة قسم المعلومات", "jo-smahmoud", "smahmoud@ipd.example"),
        (None, "يوسف", "خالد", "مهندس برمجيات", "jo-kyousef", "kyousef@ipd.example"),
    ]
    assert task_forces(parsed) == [["Digital Transformation Task Force"], ["API Task Force"]]


def test_arabic_items_of_departments_and_task_forces_name_nobody() -> None:
    parsed = parse(
        "إشارة إلى التعميم C. CWS 175، نرفق لكم الأسماء التالية للمشاركة في فرق العمل:\n\n"
        "1- إدارة المعلومات، فرقة العمل المعنية بالتحول الرقمي\n"
        "2- قسم البراءات، رئيس القسم، البريد الإلكتروني patents@ipd.example\n"
        "3- فرقة العمل المعنية بواجهة برمجة التطبيقات، مهندس برمجيات\n"
        "\nمع خالص التحية\n"
    )
    assert parsed.nominees == ()


def test_an_arabic_contact_line_under_no_lead_names_nobody() -> None:
    parsed = parse(
        "السادة أمانة لجنة المعايير،\n\nنشكركم على التعميم C. CWS 175 وسنوافيكم بالرد لاحقاً."
        "\n\nللتواصل:\n- سارة محمود، رئيسة قسم المعلومات، smahmoud@ipd.example\n"
    )
    assert parsed.nominees == ()
