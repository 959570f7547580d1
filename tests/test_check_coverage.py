"""Every finding code a check can emit is exercised by a test that breaks a workbook."""
from __future__ import annotations

import re

from conftest import ROOT

import test_checks
import test_minutes
import test_plan


def test_every_check_code_is_tested():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "engine" / "finsam" / "check").glob("*.py"))
    literal = set(re.findall(r'(?:compare|flag|limit|Finding|describe)\(\s*"([a-z0-9-]+)"', source))
    for prefix in ("budget", "uppfoljning", "vp-budget", "vp-sammanstallning"):  # subtotal_findings(rows, prefix, …)
        literal |= {f"{prefix}-summa-grupp", f"{prefix}-summa-kostnader", f"{prefix}-resultat"}
    literal |= {f"protokoll-{k}-narvarande" for k in ("ordforande", "sekreterare")}
    literal |= {"verksamhetsmal-ej-uppnatt", "finansiellt-mal-ej-uppnatt"}
    generic = {f"{key}-{line.key.replace('_', '-')}" for spec, key in test_checks.STATEMENTS
               for line in spec.lines if line.formula}
    from finsam.schema.verksamhetsplan import BALANCE_BUDGET, RESULT_BUDGET

    plan_generic = {f"vp-{key}-{line.key.replace('_', '-')}" for spec, key in ((RESULT_BUDGET, "rb"),
                    (BALANCE_BUDGET, "bb")) for line in spec.lines if line.formula}
    literal |= plan_generic  # every sum line of the plan's statements must be exercised too
    tested = ({c[2] for c in test_checks.CASES} | generic | {c[2] for c in test_minutes.CASES}
              | {c[2] for c in test_minutes.FOLLOWUP_CASES} | {c[0] for c in test_plan.CASES}
              | {c[0] for c in test_plan._statement_lines()})
    assert literal - tested == set()
