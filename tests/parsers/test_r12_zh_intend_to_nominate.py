"""The formal "we intend to nominate" of a Chinese letter ("我局拟提名", "本署擬提名"), in either
script and after "we hereby inform you" ("现告知我局拟提名", "特此通知本署擬推薦"), nominates
the person it names; another office's plan reported to us ("X告知我们拟提名") and a plan put
as a question ("我局计划提名……请问是否还来得及？") still nominate nobody."""

from __future__ import annotations

from parsers import Kind
from parsers.phrases import has_nominate_verb, hypothetical
from tests.parsers.mailmaker import make_mail
from tests.parsers.test_es_ru_shapes import parse, people

_CN = "尊敬的同事：\n\n关于C. CWS 175号通函，{}\n\n此致\n国家知识产权局"
_HK = "尊敬的同事：\n\n關於C. CWS 175號通函，{}\n\n此致\n香港特別行政區政府知識產權署"


def _nominees(body: str) -> list[dict[str, object]]:
    parsed = parse(make_mail(body))
    assert parsed.kind is Kind.NOMINATION, parsed.kind_reason
    return people(parsed)


def test_intend_to_nominate_in_simplified_script() -> None:
    for lead in ("我局拟提名", "现告知我局拟提名", "特此通知我局拟推荐"):
        got = _nominees(
            _CN.format(
                f"{lead}王伟先生（用户名：cn-wangwei，邮箱：wangwei@office.example）参加API工作队。"
            )
        )
        assert [(p["last_name"], p["first_name"]) for p in got] == [("王", "伟")], lead
        assert got[0]["username"] == "cn-wangwei"
        assert got[0]["task_forces"] == ["API Task Force"]


def test_intend_to_nominate_in_traditional_script() -> None:
    for lead in ("本署擬提名", "本署擬推薦", "現告知本署擬提名", "謹此通知我局擬推選"):
        got = _nominees(
            _HK.format(
                f"{lead}陳大文先生（用戶名：hk-chantaiman，電郵：chantaiman@office.example）"
                "參加API工作隊。"
            )
        )
        assert [(p["last_name"], p["first_name"]) for p in got] == [("陳", "大文")], lead
        assert got[0]["task_forces"] == ["API Task Force"]


def test_traditional_verbs_are_nominating_verbs() -> None:
    assert has_nominate_verb("本署擬推薦陳大文先生")
    assert has_nominate_verb("本署推選陳大文先生")
    assert hypothetical("现告知我局拟提名王伟先生参加API工作队。") is None
    assert hypothetical("我局拟提名王伟先生参加API工作队。") is None


def test_another_offices_reported_plan_still_nominates_nobody() -> None:
    for body in (
        _CN.format("日本特许厅告知我们拟提名一名专家参加API工作队。我们将随后转告其姓名。"),
        _HK.format("日本特許廳告訴我們擬提名一名專家參加API工作隊。"),
    ):
        assert parse(make_mail(body)).kind is Kind.OTHER, body
    assert hypothetical("日本特许厅已告知我局拟提名王伟先生") is not None


def test_a_plan_asked_about_still_nominates_nobody() -> None:
    for plan in ("计划", "準備", "計劃"):
        body = _CN.format(
            f"我局{plan}提名王伟先生（用户名：cn-wangwei）参加API工作队，请问是否还来得及？"
        )
        assert parse(make_mail(body)).kind is Kind.OTHER, plan


def test_hereby_informing_in_english_and_french_nominates() -> None:
    for text in (
        "Dear colleagues,\n\nIn reply to circular C. CWS 175, we hereby inform you that the "
        "Office intends to nominate Mr Wei WANG (username: cn-wangwei) to the API Task Force.",
        "Madame, Monsieur,\n\nEn réponse à la circulaire C. CWS 175, nous vous informons que "
        "l'Office entend désigner M. Wei WANG (identifiant : cn-wangwei) à l'équipe d'experts "
        "API.",
    ):
        got = _nominees(text + "\n\nAna Pérez\nIndustrial Property Office")
        assert [p["username"] for p in got] == ["cn-wangwei"]
