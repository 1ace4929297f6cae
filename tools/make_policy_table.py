"""Regenerate the per-region provenance table in docs/policies.md (issue 13: generated, not hand-written).

    python tools/make_policy_table.py                  # same date as the committed table
    python tools/make_policy_table.py --date 2027-01-15  # re-date it (e.g. each January)
    python tools/make_policy_table.py --check          # exit 1 if the committed table is not current

tests/test_rules_provenance.py runs the --check comparison, so a data change that alters the table fails the suite
until this script is run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "policies.md"


def main(argv: list[str] | None = None) -> int:
    from medins_cli.policy_tools import provenance_table, provenance_table_date, replace_provenance_table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--date", type=dt.date.fromisoformat, help="YYYY-MM-DD; default the committed table's date")
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if the table is not current")
    args = parser.parse_args(argv)
    doc = DOC.read_text(encoding="utf-8")
    on = args.date or provenance_table_date(doc)
    new = replace_provenance_table(doc, provenance_table(ROOT / "policies", on))
    if args.check:
        if new != doc:
            print("docs/policies.md: the provenance table is not current; run python tools/make_policy_table.py",
                  file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
