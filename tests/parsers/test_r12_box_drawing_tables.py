"""Tables drawn in plain text with box-drawing characters ("┌───┬───┐", "│ 姓名 │"), as a word
processor's table pasted into a plain-text mail: bars part the cells, rules part the rows,
and a cell wrapped over several lines of one row is one value."""

from __future__ import annotations

from email.message import EmailMessage

from parsers import Kind, ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (
            n.title,
            n.last_name,
            n.first_name,
            n.position,
            n.username,
            n.account_email,
            sorted(n.task_forces),
        )
        for n in parsed.nominees
    ]


ZH_TABLE = """\
┌──┬────┬──┬──────┬───────┬─────────┬────────┐
│ 序号 │ 姓名   │ 称谓 │ 职务         │ WIPO账户用户名 │ 注册邮箱               │ 拟参加工作队     │
├──┼────┼──┼──────┼───────┼─────────┼────────┤
│ 1    │ 李建国 │ 先生 │ 审查员       │ cn-lijianguo   │ lijianguo@office.example │ XML4IP工作队     │
├──┼────┼──┼──────┼───────┼─────────┼────────┤
│ 2    │ 王芳   │ 女士 │ 信息技术处   │ cn-wangfang    │ wangfang@office.example  │ 区块链工作队、   │
│      │        │      │ 工程师       │                │                          │ 法律状态工作队   │
└──┴────┴──┴──────┴───────┴─────────┴────────┘
"""

ZH_EXPECTED = [
    (
        "Mr",
        "李",
        "建国",
        "审查员",
        "cn-lijianguo",
        "lijianguo@office.example",
        ["XML4IP Task Force"],
    ),
    (
        "Mrs",
        "王",
        "芳",
        "信息技术处工程师",
        "cn-wangfang",
        "wangfang@office.example",
        ["Blockchain Task Force", "Legal Status Task Force"],
    ),
]


def _zh_body(table: str) -> str:
    return (
        "WIPO标准委员会秘书处：\n\n    您好！\n\n"
        "    根据C. CWS 175号通函的要求，我局推荐以下两位同志参加CWS工作队，具体信息见下表：\n\n"
        f"{table}\n    如有问题，请随时与我联系。\n\n    此致\n敬礼！\n\n赵 敏\n国家知识产权局 办公室\n"
    )


def test_a_chinese_box_table_with_a_wrapped_cell_names_each_row() -> None:
    parsed = parse(make_mail(_zh_body(ZH_TABLE), subject="C. CWS 175号通函答复"))
    assert parsed.kind == Kind.NOMINATION
    assert people(parsed) == ZH_EXPECTED


def test_a_box_table_in_gb18030_base64_reads_the_same() -> None:
    msg = EmailMessage()
    msg["From"] = "赵敏 <zhaomin@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175号通函答复"
    msg.set_content(_zh_body(ZH_TABLE), charset="gb18030", cte="base64")
    assert people(parse(msg.as_bytes())) == ZH_EXPECTED


EN_TABLE = """\
╔════╦═══════════╦════════════╦═══════════════════╦═══════════╦══════════════════════════╗
║ No ║ Last name ║ First name ║ Position          ║ Username  ║ Task force               ║
╠════╬═══════════╬════════════╬═══════════════════╬═══════════╬══════════════════════════╣
║ 1  ║ DOE       ║ John       ║ Senior examiner,  ║ po-jdoe   ║ XML4IP Task Force        ║
║    ║           ║            ║ Patents           ║           ║                          ║
╠════╬═══════════╬════════════╬═══════════════════╬═══════════╬══════════════════════════╣
║ 2  ║ ROE       ║ Jane       ║ IT officer        ║ po-jroe   ║ API Task Force           ║
╚════╩═══════════╩════════════╩═══════════════════╩═══════════╩══════════════════════════╝
"""


def test_an_english_double_line_box_table_names_each_row() -> None:
    body = f"Dear colleagues,\n\nIn reply to C. CWS 175 we nominate:\n\n{EN_TABLE}\nKind regards\n"
    assert [(n[1], n[2], n[3], n[4], n[6]) for n in people(parse(make_mail(body)))] == [
        ("DOE", "John", "Senior examiner, Patents", "po-jdoe", ["XML4IP Task Force"]),
        ("ROE", "Jane", "IT officer", "po-jroe", ["API Task Force"]),
    ]


def test_a_box_drawn_rule_under_a_signature_adds_no_one() -> None:
    body = (
        "Dear colleagues,\n\nIn reply to C. CWS 175, the Example Patent Office nominates "
        "Mr John DOE, Senior Examiner, to the XML4IP Task Force (username po-jdoe).\n\n"
        "Kind regards\n────────────────────\nMary SMITH │ International Cooperation │ "
        "Example Patent Office\n────────────────────\n"
    )
    parsed = parse(make_mail(body))
    assert [(n.last_name, n.first_name, n.username) for n in parsed.nominees] == [
        ("DOE", "John", "po-jdoe")
    ]


def test_a_box_table_of_labels_down_its_first_column_reads_as_before_with_bars() -> None:
    # The same table drawn with "|" and "+---+" reads alike: the box is only its drawing.
    boxed = (
        "┌────────────┬──────────────────┐\n"
        "│ Last name  │ DUPONT           │\n"
        "│ First name │ Marie            │\n"
        "│ Username   │ fr-mdupont       │\n"
        "│ Task force │ 3D Task Force    │\n"
        "└────────────┴──────────────────┘\n"
    )
    ascii_drawn = boxed.translate(str.maketrans("┌┬┐└┴┘─│", "++++++-|"))
    lead = "Bonjour,\n\nEn réponse à la circulaire C. CWS 175, nous désignons :\n\n"
    read = [
        people(parse(make_mail(lead + table + "\nCordialement\n")))
        for table in (boxed, ascii_drawn)
    ]
    assert read[0] == read[1]
    assert [(n[1], n[2], n[4], n[6]) for n in read[0]] == [
        ("DUPONT", "Marie", "fr-mdupont", ["3D Task Force"])
    ]
