"""Task-force names as people write them, matched to the catalogue's official names."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers import taskforces
from parsers.models import TaskForce, TaskForceCatalog
from parsers.taskforces import find_task_forces, fold, match_task_forces
from tests.parsers.mailmaker import catalog

XML4IP = "XML4IP Task Force"
SEQL = "Sequence Listings Task Force"
LS = "Legal Status Task Force"
AF = "Authority File Task Force"
API = "API Task Force"
DR = "Design Representation Task Force"
BC = "Blockchain Task Force"
D3 = "3D Task Force"
DT = "Digital Transformation Task Force"
NS = "Name Standardization Task Force"
P7 = "Part 7 Task Force"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("XML4IP", (XML4IP,)),
        ("XML4IP Task Force", (XML4IP,)),
        ("xml4ip-tf", (XML4IP,)),
        ("XML4IP Task Force and SEQL TF", (XML4IP, SEQL)),
        ("ST.26", (SEQL,)),
        ("ST26", (SEQL,)),
        ("ST.96/ST.97", (XML4IP,)),
        ("ST.26 TF; ST.37", (SEQL, AF)),
        ("Legal Status (ST.27)", (LS,)),
        ("Task 41", (XML4IP,)),
        ("Task No. 44", (SEQL,)),
        ("T47", (LS,)),
        ("3D", (D3,)),
        ("Blockchain and 3D Task Forces", (BC, D3)),
        ("API", (API,)),
        ("Part 7", (P7,)),
        ("Name Standardization", (NS,)),
        ("Digital transformation TF", (DT,)),
        ("Design Representation", (DR,)),
        # typos, caught by the strict fuzzy match
        ("XML4P Task Froce", (XML4IP,)),
        ("Sequnce Listing TF", (SEQL,)),
        ("Blokchain", (BC,)),
        ("Digital Transformaton Task Force", (DT,)),
        # other languages
        ("Équipe d'experts chargée de la norme XML4IP", (XML4IP,)),
        ("équipe d'experts chargée de la situation juridique", (LS,)),
        ("Equipo Tecnico XML4IP", (XML4IP,)),
        ("Equipo Técnico sobre la Cadena de Bloques", (BC,)),
        ("Целевая группа по XML4IP, Целевая группа по правовому статусу", (XML4IP, LS)),
        ("XML4IP工作队、序列表工作队", (XML4IP, SEQL)),
        ("法律状态工作队和API工作队", (LS, API)),
        ("فرقة العمل المعنية بمعيار XML4IP", (XML4IP,)),
        ("ST.26 وفرقة العمل المعنية بسلسلة الكتل", (SEQL, BC)),
    ],
)
def test_match(value: str, names: tuple[str, ...]) -> None:
    found = match_task_forces(value, catalog())
    assert found.names == names
    assert found.unknown == ()


@pytest.mark.parametrize(
    "value",
    [
        "all task forces",
        "All CWS Task Forces",
        "toutes les équipes d'experts",
        "todos los Equipos Técnicos",
        "все целевые группы",
        "所有工作队",
        "جميع فرق العمل",
    ],
)
def test_all_task_forces(value: str) -> None:
    assert match_task_forces(value, catalog()).names == catalog().names


@pytest.mark.parametrize(
    ("value", "unknown"),
    [
        ("Task Force on Unicorns", ("Task Force on Unicorns",)),
        ("ST.2", ("ST.2",)),
        ("Task 18", ("Task 18",)),
        ("XML4IP; Quantum Task Force", ("Quantum Task Force",)),
    ],
)
def test_unknown(value: str, unknown: tuple[str, ...]) -> None:
    assert match_task_forces(value, catalog()).unknown == unknown


def test_historical_task_force_is_recognised() -> None:
    found = match_task_forces("Trademark Standardization Task Force", catalog())
    assert found.names == ()
    assert found.historical == ("Trademark Standardization Task Force",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We nominate Ms Doe to the ST.26 and ST.3 task forces and Task No. 41", [SEQL, XML4IP]),
        ("she works on 13D printing and ST.2 drafts", []),
        ("Dr. Jane DOE, Senior Examiner", []),
        ("the ST.261 revision", []),
    ],
)
def test_find_in_prose_uses_word_boundaries(text: str, names: list[str]) -> None:
    assert [hit.name for hit in find_task_forces(text, catalog())] == names


def test_evidence_offsets_point_into_the_value() -> None:
    value = "Our experts join the SEQL TF"
    hit = match_task_forces(value, catalog()).hits[0]
    assert value[hit.start : hit.end] == "SEQL TF"


def test_catalogue_is_an_argument() -> None:
    small = TaskForceCatalog(
        task_forces=(TaskForce(name="Unicorn Task Force", aliases=("UTF", "unicorns")),)
    )
    assert match_task_forces("unicorns", small).names == ("Unicorn Task Force",)
    assert match_task_forces("XML4IP", small).names == ()


def test_aliases_grouped_by_first_letter_match_as_the_flat_alternation() -> None:
    matcher = taskforces._matcher(catalog())
    regexes = sorted({taskforces._alias_regex(a) for a in matcher.choices}, key=len, reverse=True)
    flat = re.compile(taskforces._LB + "(?:" + "|".join(regexes) + ")" + taskforces._RB)
    aliases = sorted(matcher.choices)
    text = fold(
        " ".join(f"{a}, {a} tf; {a[:-1]}/{a}-x {a}{a} st.{a}" for a in aliases)
        + " 3d3d xml4ip-tf the st.26 st.2 13d api's dx-tf"
    )

    def found(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [m.span() for m in pattern.finditer(text)]

    assert found(matcher.pattern) == found(flat)
    assert len(found(flat)) > len(aliases)


def _fold_by_table(text: str) -> str:
    table = {ord("ё"): ord("е"), ord("Ё"): ord("Е"), ord("’"): ord("'")}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[:1]
        if base.isascii() and base.isalpha() and base != chr(code):
            table[code] = ord(base)
    return text.translate(table).lower()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x500), max_size=40))
def test_fold_replaces_what_the_accent_table_maps(text: str) -> None:
    assert fold(text) == _fold_by_table(text)
