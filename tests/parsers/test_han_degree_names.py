"""A Han name with a degree or rank written after it, as the object of a nominating verb:
"提名张伟博士参加", "推荐李明教授和王芳女士". The degree is no title of address (the title is
left empty), and a later clause about the same person ("李明教授……现任研究员") gives the
position. A degree that follows no nominating verb ("具有博士学位") names nobody."""

from __future__ import annotations

from parsers import parse_email
from tests.parsers.mailmaker import catalog, make_mail


def test_a_doctor_nominated_by_name_is_read_with_no_title() -> None:
    body = (
        "尊敬的秘书处：\n\n关于C. CWS 175号通函，国家知识产权局提名张伟博士参加API任务组。"
        "张伟博士现任审查员，WIPO账户用户名为cn-zhangwei，账户邮箱为zhangwei@office.example。\n\n此致\n"
    )
    parsed = parse_email(make_mail(body, subject="关于C. CWS 175号通函的提名"), catalog=catalog())
    assert parsed.kind.value == "nomination"
    [person] = parsed.nominees
    assert (person.title, person.last_name, person.first_name) == (None, "张", "伟")
    assert person.position == "审查员"
    assert person.username == "cn-zhangwei"
    assert person.task_forces == ("API Task Force",)


def test_a_professor_joined_to_a_titled_colleague_keeps_his_own_post() -> None:
    body = (
        "尊敬的秘书处：\n\n根据C. CWS 175号通函，我局推荐李明教授和王芳女士参加XML4IP任务组。"
        "李明教授具有博士学位，现任研究员。\n\n此致\n"
    )
    parsed = parse_email(make_mail(body, subject="C. CWS 175"), catalog=catalog())
    people = [(n.title, n.last_name, n.first_name, n.position) for n in parsed.nominees]
    assert people == [(None, "李", "明", "研究员"), ("Mrs", "王", "芳", None)]


def test_a_degree_after_no_nominating_verb_names_nobody() -> None:
    body = (
        "尊敬的秘书处：\n\n关于C. CWS 175号通函，我们的审查员都具有博士学位，"
        "我局将在下周提交提名。\n\n此致\n"
    )
    parsed = parse_email(make_mail(body, subject="C. CWS 175"), catalog=catalog())
    assert parsed.nominees == ()
