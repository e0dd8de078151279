"""Table cells that repeat the cell above them ("同上", "same as above", "ditto", "ídem",
"то же"): each gives the value above it in its column, even when that one is a ditto too."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog())


def _html_only(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Office Contact <contact.person@office.example>"
    msg["To"] = "cws.mail@wipo.int"
    msg["Subject"] = "C. CWS 175"
    msg["Message-ID"] = "<ditto@office.example>"
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def _rows(nominees: ParsedEmail) -> list[tuple[str | None, str | None, list[str]]]:
    return [(n.username, n.position, list(n.task_forces)) for n in nominees.nominees]


_ZH_ROWS = [
    ["序号", "姓名", "称谓", "职务", "WIPO账户用户名", "注册邮箱", "拟参加工作队"],
    [
        "1",
        "胡晓峰",
        "先生",
        "光电技术发明审查部 审查员",
        "cn-hxf",
        "hxf@office.example",
        "3D工作队（ST.91）",
    ],
    ["2", "孙丽娟", "女士", "同上", "cn-slj", "slj@office.example", "同上"],
    ["3", "杜宇航", "先生", "信息化管理处 工程师", "cn-dyh", "dyh@office.example", "同上"],
]


def test_chinese_html_table_with_ditto_cells() -> None:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _ZH_ROWS)
    html = (
        "<div>CWS秘书处：</div><div>根据C. CWS 175号通函，我中心推荐以下三名同志参加工作队：</div>"
        f"<table border='1'>{cells}</table><div>谢谢！</div><div>马 骏</div>"
    )
    assert _rows(_parse(_html_only(html))) == [
        ("cn-hxf", "光电技术发明审查部 审查员", ["3D Task Force"]),
        ("cn-slj", "光电技术发明审查部 审查员", ["3D Task Force"]),
        ("cn-dyh", "信息化管理处 工程师", ["3D Task Force"]),
    ]


_EN = """Dear Secretariat,

In reply to Circular C. CWS 175 we nominate:

| Name | Position | WIPO username | E-mail | Task Force |
| Ms Jane DOE | Senior Examiner | gb-jdoe | jdoe@office.example | Legal Status Task Force |
| Mr John ROE | {ditto} | gb-jroe | jroe@office.example | {ditto} |
| Mr Peter PAN | IT Officer | gb-ppan | ppan@office.example | {ditto} |

Best regards,
Mary Major
"""

_ES = """Estimados señores:

En respuesta a la Circular C. CWS 175, designamos a:

Nombre\tCargo\tUsuario OMPI\tCorreo\tEquipo Técnico
Sra. Ana RUIZ\tExaminadora\tco-aruiz\taruiz@office.example\tEquipo Técnico XML4IP
Sr. Luis PÉREZ\t{ditto}\tco-lperez\tlperez@office.example\t{ditto}
Sr. Pedro SOTO\tAnalista\tco-psoto\tpsoto@office.example\t{ditto}

Atentamente,
Laura Díaz
"""

_RU = """Уважаемые коллеги!

В ответ на письмо C. CWS 175 сообщаем:

ФИО | Должность | Имя пользователя ВОИС | Электронная почта | Целевая группа
г-н Иванов Пётр | эксперт | ru-pivanov | pivanov@office.example | Целевая группа по API
г-жа Петрова Анна | {ditto} | ru-apetrova | apetrova@office.example | {ditto}
г-н Сидоров Олег | программист | ru-osidorov | osidorov@office.example | {ditto}

С уважением,
Мария Смирнова
"""


@pytest.mark.parametrize(
    ("template", "ditto", "post", "task_force"),
    [
        (_EN, "same as above", "Senior Examiner", "Legal Status Task Force"),
        (_EN, "ditto", "Senior Examiner", "Legal Status Task Force"),
        (_EN, '"', "Senior Examiner", "Legal Status Task Force"),
        (_ES, "ídem", "Examinadora", "XML4IP Task Force"),
        (_ES, "Idem.", "Examinadora", "XML4IP Task Force"),
        (_RU, "то же", "эксперт", "API Task Force"),
    ],
)
def test_ditto_cells_repeat_the_cell_above(
    template: str, ditto: str, post: str, task_force: str
) -> None:
    rows = _rows(_parse(make_mail(template.format(ditto=ditto))))
    assert [(r[1], r[2]) for r in rows] == [
        (post, [task_force]),
        (post, [task_force]),
        (rows[2][1], [task_force]),
    ]
    assert rows[2][1] not in (post, ditto)


def test_a_ditto_with_nothing_above_is_no_value() -> None:
    body = _EN.replace("| Senior Examiner |", "| same as above |").format(ditto="Examiner")
    rows = _rows(_parse(make_mail(body)))
    assert rows[0][1] is None
    assert [r[2] for r in rows] == [["Legal Status Task Force"], [], []]


def test_a_value_only_beginning_like_a_ditto_stays() -> None:
    row = ["2", "孙丽娟", "女士", "同上级部门联络员", "cn-slj", "slj@office.example", "API工作队"]
    body = [*_ZH_ROWS[0:2], row]
    text = "根据C. CWS 175号通函，推荐：\n\n" + "\n".join("\t".join(r) for r in body) + "\n"
    rows = _rows(_parse(make_mail(text)))
    assert rows[1][1] == "同上级部门联络员"
    assert rows[1][2] == ["API Task Force"]
