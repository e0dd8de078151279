"""Nominees grouped under task-force headings ("[XML4IP Task Force]", "【XML4IP工作队】",
"Equipo Técnico XML4IP:"): each heading names the task force of the people under it, a
person listed again under a second heading ("(see above)") joins that one too, and a
heading under which nobody is named ("to be confirmed") gives its task force to no one."""

from __future__ import annotations

import pytest

from parsers import parse_email
from parsers.models import ParsedEmail
from tests.parsers.mailmaker import catalog, make_mail


def _parse(body: str) -> ParsedEmail:
    return parse_email(make_mail(body), catalog=catalog())


def _task_forces(parsed: ParsedEmail) -> dict[str, list[str]]:
    return {n.username or "": list(n.task_forces) for n in parsed.nominees}


_EN = """Dear Sir or Madam,

In reply to Circular C. CWS 175, the Ruritanian Patent Office would like to nominate its
representatives to the CWS Task Forces as follows.

[XML4IP Task Force]
 - Mr. STONE Adam
   Deputy Director, Information Systems Division
   WIPO Account: rp-astone / a.stone@office.example
 - Ms. WEST Beth
   Examiner, Patent Information Division
   WIPO Account: rp-bwest / b.west@office.example

[API Task Force]
 - Ms. WEST Beth (see above)

[Legal Status Task Force]
 - Mr. GRAY Colin
   Examiner, Patent Information Division
   WIPO Account: rp-cgray / c.gray@office.example

[3D Task Force]
 - To be confirmed. We will inform you of our nominee as soon as possible.

Best regards,

Dana FOX
International Cooperation Division
"""

_ES = """Estimados señores:

En respuesta a la circular C. CWS 175, el Instituto Nacional de Propiedad Industrial
designa a los siguientes funcionarios:

Equipo Técnico XML4IP:
 - Sra. Ana RUIZ
   Usuario Cuenta OMPI: ar-ruiz
   Correo de la cuenta OMPI: aruiz@office.example

Equipo Técnico sobre la Situación Jurídica:
 - Sr. Pedro SOTO
   Usuario Cuenta OMPI: pl-soto
   Correo de la cuenta OMPI: psoto@office.example
 - Sra. Ana RUIZ (ver arriba)

Atentamente,

Laura DÍAZ
"""

_ZH = """尊敬的先生/女士：

关于C. CWS 175号通函，我局提名以下人员参加CWS工作队：

【XML4IP工作队】
王芳 女士
职务：处长
WIPO账户用户名：cn-wangfang
WIPO账户电子邮箱：wangfang@office.example

【法律状态工作队】
李伟 先生
职务：审查员
WIPO账户用户名：cn-liwei
WIPO账户电子邮箱：liwei@office.example

此致
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _EN,
            {
                "rp-astone": ["XML4IP Task Force"],
                "rp-bwest": ["XML4IP Task Force", "API Task Force"],
                "rp-cgray": ["Legal Status Task Force"],
            },
        ),
        (
            _ES,
            {
                "ar-ruiz": ["XML4IP Task Force", "Legal Status Task Force"],
                "pl-soto": ["Legal Status Task Force"],
            },
        ),
        (
            _ZH,
            {
                "cn-wangfang": ["XML4IP Task Force"],
                "cn-liwei": ["Legal Status Task Force"],
            },
        ),
    ],
)
def test_each_heading_names_the_task_force_of_the_people_under_it(
    body: str, expected: dict[str, list[str]]
) -> None:
    assert _task_forces(_parse(body)) == expected


def test_a_heading_naming_nobody_gives_its_task_force_to_no_one() -> None:
    parsed = _parse(_EN)
    assert len(parsed.nominees) == 3
    assert all("3D Task Force" not in n.task_forces for n in parsed.nominees)


def test_a_task_force_in_a_sentence_heads_no_group() -> None:
    # "Nominees for the API Task Force:" leads into the list: every nominee's, as before;
    # the bracketed line names a task force in a sentence, no heading.
    body = (
        "Dear colleagues,\n\nThe Ruritanian Patent Office nominates for the API Task Force:\n\n"
        " - Mr. STONE Adam\n   WIPO Account: rp-astone / a.stone@office.example\n"
        " - Ms. WEST Beth\n   WIPO Account: rp-bwest / b.west@office.example\n\n"
        "[Both will also follow the XML4IP Task Force discussions on the wiki.]\n\n"
        "Best regards,\nDana FOX\n"
    )
    assert _task_forces(_parse(body)) == {
        "rp-astone": ["API Task Force"],
        "rp-bwest": ["API Task Force"],
    }


def test_a_lone_name_under_no_heading_is_no_member() -> None:
    # A titled name alone on its line with no heading above it: not a member of a group.
    body = (
        "Dear colleagues,\n\nThe Ruritanian Patent Office nominates to the API Task Force:\n\n"
        "Mr. STONE Adam\n   WIPO Account: rp-astone / a.stone@office.example\n\n"
        "For questions please contact\n\nMs. Dana FOX\n\nBest regards\n"
    )
    parsed = _parse(body)
    assert [n.last_name for n in parsed.nominees] == ["STONE"]
