"""Every finding code in the catalogue is exercised by a test that breaks a workbook, and
every code a check emits on the examples is in the catalogue."""
from __future__ import annotations

from conftest import EXAMPLES, documents

import test_ansokan
import test_checks
import test_constraints
import test_minutes
import test_nns
import test_plan
import test_previous_year
import test_prose


def test_every_catalogued_code_is_tested():
    from finsam.kinds import catalogue

    codes = set(catalogue())
    generic = {f"{key}-{line.key.replace('_', '-')}" for spec, key in test_checks.STATEMENTS
               for line in spec.lines if line.formula}
    tested = ({c[2] for c in test_checks.CASES} | generic | {c[2] for c in test_minutes.CASES}
              | {c[2] for c in test_minutes.FOLLOWUP_CASES} | {c[0] for c in test_plan.CASES}
              | {c[0] for c in test_plan._statement_lines()} | {c[4] for c in test_constraints.CASES}
              | {c[0] for c in test_previous_year.CASES} | {c[0] for c in test_nns.CASES}
              | set(getattr(test_checks, "EXTRA_TESTED", ())) | test_ansokan.TESTED | test_prose.TESTED)
    assert codes - tested == set()


def test_every_emitted_code_is_catalogued():
    from finsam.kinds import catalogue

    codes = set(catalogue())
    for folder in sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and p.name != "data"):
        emitted = {r.code for d in documents(folder) for r in d.findings}
        assert emitted <= codes, (folder.name, emitted - codes)


def test_readme_lists_every_code():
    """The README's code list is generated from the catalogue and committed current."""
    from conftest import ROOT

    from finsam.docs import updated

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert updated(text) == text, "README:s kodlista är inaktuell: kör python -m finsam.docs README.md"
