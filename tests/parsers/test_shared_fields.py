"""Fields written once for several nominees, and values that go on under an empty label."""

from __future__ import annotations

from typing import Any

from parsers import ParsedEmail, ParseOptions, parse_email
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
LS = "Legal Status Task Force"
API = "API Task Force"
SEQL = "Sequence Listings Task Force"
BC = "Blockchain Task Force"
DT = "Digital Transformation Task Force"

_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


# -- two-column tables pasted with spaces: values continued under an empty label ------------


def test_task_forces_continued_under_an_empty_label_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, please find our form below.

Office                          National Patent Office
Task Forces                     Blockchain Task Force
                                XML4IP Task Force
                                Digital Transformation Task Force
Last name                       ROE
First name                      Jane
Title                           Ms
Position                        Senior Examiner
WIPO username                   xx-jroe
Account e-mail                  jane.roe@office.example

Regards
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP, BC, DT]
    assert person["last_name"] == "ROE"
    assert person["position"] == "Senior Examiner"


def test_position_continued_under_an_empty_label_fr() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, veuillez trouver la désignation suivante.

Nom de l'office                Office national de la propriété industrielle
Équipe(s) d'experts            Statut juridique (ST.27)
Civilité                       M.
Nom                            ROE
Prénom                         Jean
Poste occupé                   Chef du Service
                               de la documentation brevets
Nom d'utilisateur              xx-jroe
Adresse électronique           jean.roe@office.example
"""
    (person,) = people(parse(make_mail(body)))
    assert person["position"] == "Chef du Service de la documentation brevets"
    assert person["task_forces"] == [LS]
    assert person["username"] == "xx-jroe"


def test_an_indented_line_not_on_the_value_column_is_not_a_continuation() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175:

Task Forces                     XML4IP Task Force
Last name                       ROE
First name                      Jane
WIPO username                   xx-jroe
Account e-mail                  jane.roe@office.example

    Blockchain Task Force news: see our website.
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP]


# -- a position stated once for all the nominees --------------------------------------------


def test_position_label_for_all_three_applies_to_each_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, the National Patent Office nominates the following
experts to the XML4IP Task Force:

1. Ms Jane ROE, username xx-jroe, jane.roe@office.example
2. Mr John DOE, username xx-jdoe, john.doe@office.example

Position (both): Senior Examiner, Patents Department

Regards
"""
    got = people(parse(make_mail(body)))
    assert [p["position"] for p in got] == ["Senior Examiner, Patents Department"] * 2
    assert [p["last_name"] for p in got] == ["ROE", "DOE"]


def test_shared_position_sentence_above_labelled_blocks_ru() -> None:
    body = """Добрый день,

Ведомство выдвигает в Целевую группу по XML4IP двух сотрудников.
Должность у обоих: главный специалист отдела.

1) г-н Петров Иван Андреевич
Логин: xx-ipetrov
Почта: i.petrov@office.example

2) г-жа Сидорова Анна Викторовна
Логин: xx-asidorova
Почта: a.sidorova@office.example
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["position"]) for p in got] == [
        ("Петров", "главный специалист отдела"),
        ("Сидорова", "главный специалист отдела"),
    ]


def test_shared_position_does_not_replace_a_nominee_own_fr() -> None:
    body = """Madame, Monsieur,

Suite à la circulaire C. CWS 175, l'Office désigne pour l'Équipe d'experts XML4IP :

Nom et prénom : Mme Jeanne ROE
Fonction : Cheffe de service
Nom d'utilisateur : xx-jroe
Courriel : jeanne.roe@office.example

Nom et prénom : M. Jean DOE
Nom d'utilisateur : xx-jdoe
Courriel : jean.doe@office.example

Fonction de tous les deux : Examinateur

Cordialement,
Claire Martin
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["position"]) for p in got] == [
        ("ROE", "Cheffe de service"),
        ("DOE", "Examinateur"),
    ]


def test_position_said_once_in_a_chinese_sentence() -> None:
    body = """尊敬的CWS秘书处：

根据C. CWS 175号通函，我局提名以下两位同事参加XML4IP工作队，二人职务均为专利审查员：

1. 王芳女士，用户名 xx-wangfang，邮箱 wang.fang@office.example
2. 李明先生，用户名 xx-liming，邮箱 li.ming@office.example

此致
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["position"]) for p in got] == [
        ("王", "专利审查员"),
        ("李", "专利审查员"),
    ]


def test_a_plain_position_label_is_not_shared() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, we nominate to the XML4IP Task Force:

Name: Ms Jane ROE
Position: Senior Examiner
Username: xx-jroe
E-mail: jane.roe@office.example

Name: Mr John DOE
Username: xx-jdoe
E-mail: john.doe@office.example
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["position"]) for p in got] == [
        ("ROE", "Senior Examiner"),
        ("DOE", None),
    ]


# -- rows with the title in brackets, and task forces joined "also" ---------------------------


def test_rows_with_the_title_in_brackets_after_the_name_fr() -> None:
    body = """Madame, Monsieur,

En réponse à la circulaire C. CWS 175, l'Office national désigne les experts suivants pour
l'Équipe d'experts XML4IP.

1. ROE Jeanne (Mme), xx-jroe, jeanne.roe@office.example
2. DOE Jean (M.), xx-jdoe, jean.doe@office.example

Cordialement
"""
    got = people(parse(make_mail(body)))
    assert [(p["title"], p["last_name"], p["first_name"], p["username"]) for p in got] == [
        ("Mrs", "ROE", "Jeanne", "xx-jroe"),
        ("Mr", "DOE", "Jean", "xx-jdoe"),
    ]
    assert [p["account_email"] for p in got] == [
        "jeanne.roe@office.example",
        "jean.doe@office.example",
    ]
    assert all(p["task_forces"] == [XML4IP] for p in got)


def test_a_later_sentence_adds_a_task_force_to_one_nominee_en() -> None:
    body = """Dear Secretariat,

Further to circular C. CWS 175, the National Patent Office nominates the following experts
to the API Task Force:

1. Ms Jane ROE, username xx-jroe, jane.roe@office.example
2. Mr John DOE, username xx-jdoe, john.doe@office.example

Ms ROE would also like to join the Blockchain Task Force.

Regards
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["task_forces"]) for p in got] == [
        ("ROE", [API, BC]),
        ("DOE", [API]),
    ]


def test_a_later_sentence_naming_both_surnames_adds_a_task_force_es() -> None:
    body = """Buenas tardes:

La Oficina designa a los siguientes funcionarios para el Equipo Técnico API (C. CWS 175):

1. Sr. Pedro Luis Gómez Ruiz – usuario xx-pgomez – pgomez@office.example
2. Sra. Ana María Torres Díaz – usuario xx-atorres – atorres@office.example

La Sra. Torres Díaz participará además en el Equipo Técnico SEQL.
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["first_name"], p["username"], p["task_forces"]) for p in got] == [
        ("Gómez Ruiz", "Pedro Luis", "xx-pgomez", [API]),
        ("Torres Díaz", "Ana María", "xx-atorres", [SEQL, API]),
    ]


def test_bracketed_also_after_a_block_heading_adds_a_task_force_ru() -> None:
    body = """Добрый день,

Ведомство выдвигает в Целевую группу по цифровой трансформации двух сотрудников.

1) г-н Петров Иван Андреевич
Логин: xx-ipetrov
Почта: i.petrov@office.example

2) г-жа Сидорова Анна Викторовна (также в Целевую группу по блокчейну)
Логин: xx-asidorova
Почта: a.sidorova@office.example
"""
    got = people(parse(make_mail(body)))
    assert [(p["last_name"], p["task_forces"]) for p in got] == [
        ("Петров", [DT]),
        ("Сидорова", [BC, DT]),
    ]
