"""Per-field precision and recall of `parsers.parse_email` over the fixture emails.

Run `python -m bench.parse_accuracy [--json]` from the repository root. The comparison
rules below are also the ones `tests/parsers/test_fixture_emails.py` asserts with:

- kind, language, reference, title, username: exact.
- last_name, first_name: exact after Unicode NFC and whitespace collapsing (case and
  script are kept, as the contract says names are kept as written).
- position: NFC, whitespace collapsed, case-insensitive, trailing ".,;:" ignored.
- account_email: NFC, whitespace removed, case-insensitive.
- office: NFC, whitespace collapsed, case-insensitive, and accepted when either value
  contains the other ("Japan Patent Office (JPO)" matches "Japan Patent Office").
- task_forces: the list of official names, in catalogue order, exactly.
- Nominees are paired by order. For kinds other than nomination only `kind` is compared,
  plus `language` when the expectation gives one.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "FIELDS",
    "Counts",
    "Fixture",
    "Mismatch",
    "compare",
    "count_fields",
    "load_fixtures",
    "load_parser",
    "main",
    "same_value",
]

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
NOMINEE_SCALARS = ("title", "last_name", "first_name", "position", "username", "account_email")
FIELDS = ("kind", "language", "reference", "office", *NOMINEE_SCALARS, "task_forces")

Json = Mapping[str, Any]
Parse = Callable[[bytes], Json]


@dataclass(frozen=True)
class Fixture:
    stem: str
    eml: Path
    expected: Json


@dataclass(frozen=True)
class Mismatch:
    path: str
    expected: object
    got: object

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected!r}, got {self.got!r}"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def load_fixtures(root: Path = FIXTURES) -> list[Fixture]:
    """Every `emails/NAME.eml` that has an `expected/NAME.json`, sorted by name."""
    out = []
    for eml in sorted((root / "emails").glob("*.eml")):
        expected = root / "expected" / f"{eml.stem}.json"
        if expected.exists():
            out.append(Fixture(eml.stem, eml, json.loads(expected.read_text(encoding="utf-8"))))
    return out


def _text(value: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def same_value(name: str, expected: object, got: object) -> bool:
    """Whether `got` counts as the expected value of field `name` (rules in the module doc)."""
    if expected is None or got is None:
        return expected is None and got is None
    if name == "task_forces":
        return list(expected) == list(got)  # type: ignore[call-overload,no-any-return]
    e, g = _text(expected), _text(got)
    if name == "account_email":
        return e.replace(" ", "").casefold() == g.replace(" ", "").casefold()
    if name == "position":
        return e.rstrip(".,;:").casefold() == g.rstrip(".,;:").casefold()
    if name == "office":
        e, g = e.casefold(), g.casefold()
        return e == g or e in g or g in e
    return e == g


def _pairs(expected: Json, got: Json) -> Iterator[tuple[str, str, object, object]]:
    """(path, field, expected, got) for every compared value of one email."""
    yield "kind", "kind", expected["kind"], got.get("kind")
    nomination = expected["kind"] == "nomination"
    if nomination or expected.get("language") is not None:
        yield "language", "language", expected.get("language"), got.get("language")
    if not nomination:
        return
    yield "reference", "reference", expected.get("reference"), got.get("reference")
    yield "office", "office", expected.get("office"), got.get("office")
    want: Sequence[Json] = expected.get("nominees", [])
    have: Sequence[Json] = got.get("nominees") or []
    for i in range(max(len(want), len(have))):
        w = want[i] if i < len(want) else {}
        h = have[i] if i < len(have) else {}
        for name in (*NOMINEE_SCALARS, "task_forces"):
            empty: object = [] if name == "task_forces" else None
            yield f"nominees[{i}].{name}", name, w.get(name, empty), h.get(name, empty)


def compare(expected: Json, got: Json) -> list[Mismatch]:
    """Every difference between an expectation and the parser's contract JSON."""
    out = [
        Mismatch(path, e, g)
        for path, name, e, g in _pairs(expected, got)
        if not same_value(name, e, g)
    ]
    if expected["kind"] == "nomination":
        n_want, n_have = len(expected.get("nominees", [])), len(got.get("nominees") or [])
        if n_want != n_have:
            out.insert(0, Mismatch("len(nominees)", n_want, n_have))
        have_missing = sorted(set(got.get("missing") or []))
        out.extend(
            Mismatch(f"missing has {path}", path, have_missing)
            for path in expected.get("missing", [])
            if path not in have_missing
        )
        warned = sorted(
            str(w.get("field")) for w in got.get("warnings") or [] if isinstance(w, Mapping)
        )
        out.extend(
            Mismatch(f"a warning on {path}", path, warned)
            for path in expected.get("warnings_on", [])
            if path not in warned
        )
    return out


def count_fields(expected: Json, got: Json, counts: dict[str, Counts]) -> None:
    """Add one email's true/false positives and false negatives to `counts`.

    A value the parser gives that is not the expected one is a false positive; an expected
    value the parser does not give is a false negative (a wrong value is both). Task forces
    are counted per element.
    """
    for _path, name, e, g in _pairs(expected, got):
        c = counts.setdefault(name, Counts())
        if name == "task_forces":
            want, have = set(e or []), set(g or [])  # type: ignore[call-overload]
            c.tp += len(want & have)
            c.fp += len(have - want)
            c.fn += len(want - have)
            continue
        if e is not None and g is not None and same_value(name, e, g):
            c.tp += 1
            continue
        c.fp += g is not None
        c.fn += e is not None


@lru_cache(maxsize=1)
def load_parser() -> Parse:
    """`raw bytes -> contract JSON` with the shipped catalogue; ImportError until it lands."""
    # Imported late so that this module (and the fixture checks) load before the parser lands.
    import mailbot  # noqa: PLC0415
    from mailbot.campaign import load_catalog  # noqa: PLC0415
    from parsers import parse_email  # noqa: PLC0415

    catalog = load_catalog(Path(mailbot.__file__).parent / "data" / "taskforces.toml")

    def parse(raw: bytes) -> Json:
        result: Json = parse_email(raw, catalog=catalog).to_contract()
        return result

    return parse


@dataclass
class Report:
    counts: dict[str, Counts] = field(default_factory=dict)
    exact: list[str] = field(default_factory=list)
    failures: dict[str, list[str]] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        total = len(self.exact) + len(self.failures)
        return {
            "emails": total,
            "exact_match_rate": len(self.exact) / total if total else None,
            "fields": {
                name: {
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "precision": c.precision,
                    "recall": c.recall,
                }
                for name, c in sorted(self.counts.items(), key=lambda item: FIELDS.index(item[0]))
            },
            "failures": self.failures,
        }


def evaluate(fixtures: Sequence[Fixture], parse: Parse) -> Report:
    report = Report(counts={name: Counts() for name in FIELDS})
    for fx in fixtures:
        try:
            got = parse(fx.eml.read_bytes())
        except Exception as exc:  # a crash is a result to report, not a reason to stop
            got = {"kind": None, "error": f"{type(exc).__name__}: {exc}"}
        count_fields(fx.expected, got, report.counts)
        problems = [str(m) for m in compare(fx.expected, got)]
        if "error" in got:
            problems.insert(0, str(got["error"]))
        if problems:
            report.failures[fx.stem] = problems
        else:
            report.exact.append(fx.stem)
    return report


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def render(report: Report) -> str:
    data = report.as_json()
    lines = [f"{'field':<14} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7}"]
    for name in FIELDS:
        c = report.counts[name]
        lines.append(
            f"{name:<14} {c.tp:>4} {c.fp:>4} {c.fn:>4} {_pct(c.precision):>9} {_pct(c.recall):>7}"
        )
    rate = data["exact_match_rate"]
    lines.append("")
    lines.append(
        f"exact match: {len(report.exact)}/{data['emails']} emails ({_pct(rate if isinstance(rate, float) else None).strip()})"
    )
    for stem, problems in report.failures.items():
        lines.append(
            f"  {stem}: " + "; ".join(problems[:4]) + (" ..." if len(problems) > 4 else "")
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the table"
    )
    args = parser.parse_args(argv)
    try:
        parse = load_parser()
    except (ImportError, AttributeError) as exc:
        print(f"parser not available yet: {exc}", file=sys.stderr)
        return 2
    report = evaluate(load_fixtures(), parse)
    print(
        json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else render(report)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
