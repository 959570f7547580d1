"""Goal outcomes: computed from the participant table where a metric is chosen,
otherwise as typed. Used by the checks and by the report alike."""
from __future__ import annotations

from dataclasses import dataclass

from .figures import ParticipantTotals
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .arsredovisning import Goal


@dataclass(frozen=True)
class GoalOutcome:
    goal: "Goal"
    utfall: int | None
    kvinnor: int | None
    man: int | None
    uppnatt: str | None          # Ja / Nej / Delvis, None if it cannot be decided
    computed: bool               # True when the engine decided it
    basis: str                   # Swedish: how it was decided


def evaluate(goal: "Goal", totals: ParticipantTotals) -> GoalOutcome:
    if not goal.matetal:
        return GoalOutcome(goal, goal.utfall, goal.varav_kvinnor, goal.varav_man, goal.uppnatt,
                           False, "bedömning i insatser.xlsx")
    total, women, men = totals.metric(goal.matetal)
    uppnatt, basis = None, ""
    if goal.jamforelse == "Fler än föregående år":
        if goal.utfall_fg is not None:
            uppnatt = "Ja" if total > goal.utfall_fg else "Nej"
            basis = f"{total} jämfört med {goal.utfall_fg} föregående år"
    elif goal.jamforelse in ("Minst målvärdet", "Högst målvärdet"):
        if goal.malvarde is not None:
            ok = total >= goal.malvarde if goal.jamforelse == "Minst målvärdet" else total <= goal.malvarde
            uppnatt = "Ja" if ok else "Nej"
            basis = f"{total} mot målvärdet {goal.malvarde}"
    return GoalOutcome(goal, total, women, men, uppnatt, True, basis)
