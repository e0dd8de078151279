"""English and French mail shapes: forms with check boxes, a column per task force."""

from __future__ import annotations

from typing import Any

from parsers import ParsedEmail, ParseOptions, parse_email
from parsers.taskforces import match_task_forces, untick
from tests.parsers.mailmaker import catalog, make_mail

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
AF = "Authority File Task Force"
API = "API Task Force"
DT = "Digital Transformation Task Force"

_CONTRACT = ("title", "last_name", "first_name", "position", "username", "account_email")


def parse(raw: bytes) -> ParsedEmail:
    return parse_email(raw, catalog=catalog(), options=ParseOptions())


def people(parsed: ParsedEmail) -> list[dict[str, Any]]:
    nominees: list[dict[str, Any]] = parsed.model_dump(mode="json")["nominees"]
    return [{k: n[k] for k in (*_CONTRACT, "task_forces")} for n in nominees]


def test_only_ticked_boxes_count_in_a_task_force_value() -> None:
    value = "☒ XML4IP Task Force ☐ Sequence Listings Task Force (ST.26) ☒ API Task Force"
    found = match_task_forces(value, catalog())
    assert found.names == (XML4IP, API)
    assert found.unknown == ()


def test_square_bullets_nobody_ticked_are_no_form() -> None:
    # Without any ticked box the squares are bullets, and every item is meant.
    assert untick("□ XML4IP\n□ SEQL") == "  XML4IP\n  SEQL"


def test_bracket_boxes_on_separate_lines() -> None:
    body = """Dear Secretariat,

Office: Patent Office
Task Force(s) (please tick):
  [X] XML4IP Task Force
  [ ] Sequence Listings Task Force
  [x] Authority File Task Force
  [ ] API Task Force
Name: Mr Paul Martin
Position: Head of IT
WIPO username: rr-pmartin
E-mail: paul.martin@po.example
"""
    (person,) = people(parse(make_mail(body)))
    assert person["task_forces"] == [XML4IP, AF]


def test_a_column_per_task_force_takes_marks() -> None:
    body = """Dear Secretariat,

Title | Last name | First name | Position | Username | E-mail | XML4IP | SEQL | API
Mrs | Roe | Jane | Examiner | rr-jroe | jane.roe@po.example | ■ | □ | X
Mr | Doe | John | Engineer | rr-jdoe | john.doe@po.example | □ | ■ |

Regards
"""
    jane, john = people(parse(make_mail(body)))
    assert jane["task_forces"] == [XML4IP, API]
    assert john["task_forces"] == [SEQL]


def test_slash_separated_labels_pair_with_slash_separated_values() -> None:
    body = """Madame, Monsieur,

- Civilité / Nom / Prénom :: M. / BEN SALAH / Mohamed Ali
- Fonction :: Chef de service
- Équipe(s) d'experts :: XML4IP
- Identifiant compte OMPI :: xx-mbensalah

- Civilité / Nom / Prénom :: Mme / EL-AMRI / Sonia
- Fonction :: Ingénieure
- Équipe(s) d'experts :: ST.26
"""
    first, second = people(parse(make_mail(body)))
    assert (first["title"], first["last_name"], first["first_name"]) == (
        "Mr",
        "BEN SALAH",
        "Mohamed Ali",
    )
    assert first["position"] == "Chef de service"
    assert (second["title"], second["last_name"], second["first_name"]) == (
        "Mrs",
        "EL-AMRI",
        "Sonia",
    )
    assert second["task_forces"] == [SEQL]


def test_post_is_a_position_label() -> None:
    body = """Dear colleagues,

Surname -- DOE
Given name -- John
Post -- Chief Specialist, IT Division
Username (WIPO Account) -- xx-jdoe
Task Force -- 3D Task Force
"""
    (person,) = people(parse(make_mail(body)))
    assert person["position"] == "Chief Specialist, IT Division"


def test_two_column_table_whose_name_value_starts_with_a_title() -> None:
    body = """Dear Sir/Madam,

Office | Patent Office (PO)
Task Force(s) | SEQL TF, XML4IP TF
Name | Ms. ROE Jane
Position | Deputy Director
WIPO Account | rr-jroe
E-mail | jane.roe@po.example

Regards
"""
    parsed = parse(make_mail(body))
    assert parsed.kind.value == "nomination"
    (person,) = people(parsed)
    assert (person["title"], person["username"]) == ("Ms", "rr-jroe")
    assert person["position"] == "Deputy Director"


def test_dot_leader_form_with_a_single_name() -> None:
    body = """Dear Secretariat,

Office/Organization ........ Patent Office (PO)
Title (Mrs/Mr) ............. Mr
Last name .................. Sutrisno
First name ................. - (single name)
Position ................... Head of Data Section
WIPO Account username ...... rr-sutrisno
Task Force ................. XML4IP Task Force
"""
    (person,) = people(parse(make_mail(body)))
    assert (person["last_name"], person["first_name"]) == ("Sutrisno", None)
    assert person["position"] == "Head of Data Section"
    assert person["username"] == "rr-sutrisno"
