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


def has_errors(results: list[Finding]) -> bool:
    return any(not r.ok and r.severity == FEL for r in results)


__all__ = ["run_checks", "problems", "has_errors", "Finding", "FEL", "AVVIKELSE", "DESCRIPTIONS"]
