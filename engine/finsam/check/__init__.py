"""Check stage: run every registered check on the model."""
from __future__ import annotations

from ..model.figures import Figures, compute
from ..model.types import Forbund
from . import budget, minutes, participants, plan, policy, statements  # noqa: F401  (registers the checks)
from .finding import AVVIKELSE, FEL, Finding
from .registry import CHECKS, DESCRIPTIONS, REGISTRY


def run_checks(f: Forbund, fig: Figures | None = None) -> list[Finding]:
    fig = fig or compute(f)
    results: list[Finding] = []
    for fn in CHECKS:
        results.extend(fn(f, fig))
    return results


def run_minutes_checks(m, previous=None) -> list[Finding]:
    return [r for fn in REGISTRY["protokoll"] for r in fn(m, previous)]


def run_followup_checks(u) -> list[Finding]:
    return [r for fn in REGISTRY["uppfoljning"] for r in fn(u)]


def run_plan_checks(p) -> list[Finding]:
    return [r for fn in REGISTRY["verksamhetsplan"] for r in fn(p)]


def problems(results: list[Finding]) -> list[Finding]:
    order = {FEL: 0, AVVIKELSE: 1}
    return sorted((r for r in results if not r.ok), key=lambda r: order[r.severity])


# A systematic error (a renamed insats list, a column typed in tkr) repeats one finding on
# every row: screens show the first few of each code and say how many more there are.
SHOWN_PER_CODE = 10


def shown_per_code(rows: list, code=lambda r: r.code, limit: int = SHOWN_PER_CODE) -> list:
    """The rows to show, in order, at most ``limit`` of each code, each as (row, how many
    more of its code follow unshown: 0 except on the last shown row of a longer run)."""
    total: dict[str, int] = {}
    for row in rows:
        total[code(row)] = total.get(code(row), 0) + 1
    seen: dict[str, int] = {}
    shown = []
    for row in rows:
        key = code(row)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= limit:
            shown.append((row, total[key] - limit if seen[key] == limit else 0))
    return shown


def tally(results: list[Finding]) -> tuple[int, int, int]:
    """(passed, fel, avvikelser)."""
    fel = sum(1 for r in results if not r.ok and r.severity == FEL)
    avvikelser = sum(1 for r in results if not r.ok and r.severity == AVVIKELSE)
    return sum(1 for r in results if r.ok), fel, avvikelser


def has_errors(results: list[Finding]) -> bool:
    return any(not r.ok and r.severity == FEL for r in results)


__all__ = ["run_checks", "problems", "has_errors", "tally", "shown_per_code", "Finding", "FEL", "AVVIKELSE",
           "DESCRIPTIONS"]
