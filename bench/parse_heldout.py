"""Per-field precision and recall of `parsers.parse_email` over the held-out emails.

Run `python -m bench.parse_heldout [--json] [--dir DIR]` from the repository root. The
held-out set (tests/fixtures/heldout, built by `python -m tests.fixtures.heldout.build`)
keeps each `NAME.eml` next to its `NAME.json`; it was written apart from the fixtures the
parser was developed on, so its score estimates how the parser does on unseen mail. The
comparison rules are those of `bench.parse_accuracy`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.parse_accuracy import ROOT, Fixture, evaluate, load_parser, render

__all__ = ["HELDOUT", "load_heldout", "main"]

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def load_heldout(root: Path = HELDOUT) -> list[Fixture]:
    """Every `NAME.eml` in `root` that has a `NAME.json` beside it, sorted by name."""
    out = []
    for eml in sorted(root.glob("*.eml")):
        expected = eml.with_suffix(".json")
        if expected.exists():
            out.append(Fixture(eml.stem, eml, json.loads(expected.read_text(encoding="utf-8"))))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the table"
    )
    parser.add_argument(
        "--dir", type=Path, default=HELDOUT, help="directory of NAME.eml + NAME.json pairs"
    )
    args = parser.parse_args(argv)
    fixtures = load_heldout(args.dir)
    if not fixtures:
        print(f"no NAME.eml + NAME.json pairs in {args.dir}", file=sys.stderr)
        return 2
    report = evaluate(fixtures, load_parser())
    print(
        json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else render(report)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
