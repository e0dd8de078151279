"""One nominee a line, fields split by slashes ("／", " / ") in the order a format line
gives ("格式：姓名／称谓／...", "Format: Name / Title / ..."), each row perhaps numbered
("①", "1)", "（一）") with the number glued to the name; a later line naming a task force only
to say nobody joins it adds nothing."""

from __future__ import annotations

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail


def parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog(), options=ParseOptions())


def rows(parsed: ParsedEmail) -> list[tuple[object, ...]]:
    return [
        (n.title, n.last_name, n.first_name, n.position, n.username, n.account_email, n.task_forces)
        for n in parsed.nominees
    ]


def test_chinese_rows_under_a_format_line_with_circled_numbers() -> None:
    body = (
        "秘书处您好：\n\n根据 C. CWS 175 号通函，国家知识产权局专利局文献部推荐以下两人，每人一行。\n"
        "格式：姓名／称谓／职务／WIPO账户用户名／注册邮箱／拟参加工作队\n\n"
        "①王  伟／先生／信息中心 数据处 处长／cn-wangwei／wangwei@office.example／XML4IP工作队、API工作队\n"
        "②李雅琴／女士／信息中心 数据处 工程师／cn-liyaqin／liyaqin@office.example／法律状态工作队\n\n"
        "另：区块链工作队我中心暂不推荐人员。\n\n谢谢！\n张敏\n"
    )
    parsed = parse(body)
    assert parsed.kind == "nomination"
    assert parsed.office == "国家知识产权局"
    assert rows(parsed) == [
        ("Mr", "王", "伟", "信息中心 数据处 处长", "cn-wangwei", "wangwei@office.example",
         ("XML4IP Task Force", "API Task Force")),
        ("Mrs", "李", "雅琴", "信息中心 数据处 工程师", "cn-liyaqin", "liyaqin@office.example",
         ("Legal Status Task Force",)),
    ]  # fmt: skip


def test_a_line_of_labels_alone_heads_rows_numbered_in_brackets() -> None:
    body = (
        "秘书处：\n\n根据C. CWS 175号通函，我局推荐：\n"
        "姓名／称谓／职务／用户名／邮箱／工作队\n"
        "（一）王  伟／先生／处长／cn-wangwei／wangwei@office.example／XML4IP工作队\n"
        "（二）李娜／女士／工程师／cn-lina／lina@office.example／API工作队\n"
    )
    assert [(n.last_name, n.first_name, n.username) for n in parse(body).nominees] == [
        ("王", "伟", "cn-wangwei"),
        ("李", "娜", "cn-lina"),
    ]


def test_english_rows_under_a_format_line() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175, the Patent Office nominates the following.\n"
        "Format: Name / Title / Position / Username / E-mail / Task force\n\n"
        "1) DOE Jane / Ms / Senior Examiner / xx-jdoe / jane.doe@office.example / XML4IP Task Force\n"
        "2) ROE Richard / Mr / Head, IT/Data / xx-rroe / r.roe@office.example / API Task Force\n\n"
        "No one is nominated to the Blockchain Task Force for now.\n\nBest regards,\nAnna Smith\n"
    )
    assert rows(parse(body)) == [
        ("Ms", "DOE", "Jane", "Senior Examiner", "xx-jdoe", "jane.doe@office.example",
         ("XML4IP Task Force",)),
        ("Mr", "ROE", "Richard", "Head, IT/Data", "xx-rroe", "r.roe@office.example",
         ("API Task Force",)),
    ]  # fmt: skip


def test_french_rows_under_a_format_line() -> None:
    body = (
        "Madame, Monsieur,\n\nSuite à la circulaire C. CWS 175, l'Office désigne :\n"
        "Format : Nom / Titre / Fonction / Nom d'utilisateur / Courriel / Équipe d'experts\n\n"
        "- DUPONT Marie / Mme / Examinatrice / xx-mdupont / m.dupont@office.example / "
        "Équipe d'experts XML4IP\n\nCordialement,\n"
    )
    assert rows(parse(body)) == [
        ("Mrs", "DUPONT", "Marie", "Examinatrice", "xx-mdupont", "m.dupont@office.example",
         ("XML4IP Task Force",)),
    ]  # fmt: skip


def test_slashes_in_a_sentence_head_no_rows() -> None:
    body = (
        "Dear Secretariat,\n\nIn reply to C. CWS 175 we have no nominee this year.\n"
        "Our records / files / archives were moved.\n"
        "DOE Jane / Ms / Examiner / xx-jdoe\n\nBest regards,\nAnna Smith\n"
    )
    assert parse(body).nominees == ()


def test_a_row_of_another_width_is_no_row_of_the_format() -> None:
    body = (
        "秘书处：\n\n根据C. CWS 175号通函，我局推荐：\n"
        "格式：姓名／称谓／职务／用户名／邮箱／工作队\n"
        "①王伟／先生／处长／cn-wangwei／wangwei@office.example／XML4IP工作队\n"
        "说明／备注／其他\n"
    )
    assert [n.username for n in parse(body).nominees] == ["cn-wangwei"]
