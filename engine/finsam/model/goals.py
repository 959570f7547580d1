"""Goal outcomes: computed from the participant table where a metric is chosen, otherwise
as the förbund judged them, in its own words (Ja, Nej, Delvis, Till viss del, Ej bedömt …).
Used by the checks and by the report alike."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import record
from ..schema.insatser import GOALS, INSATS_GOALS
from .figures import ParticipantTotals

if TYPE_CHECKING:
    from .arsredovisning import Goal

MET, NOT_MET, PARTLY, NOT_JUDGED = "ja", "nej", "delvis", "ej_bedomt"


def judgement(text: str | None, goal_sheet=GOALS) -> str | None:
    """What the förbund's judgement means: ja, nej, delvis or ej_bedomt (None: blank)."""
    return goal_sheet.column("uppnatt").meaning(text)


def insats_judgement(text: str | None) -> str | None:
    return judgement(text, INSATS_GOALS)


@record
class GoalOutcome:
    goal: "Goal"
    utfall: int | None
    kvinnor: int | None
    man: int | None
    status: str | None           # ja / nej / delvis / ej_bedomt; None: not judged and not computable
    text: str | None             # the judgement as the document prints it: the förbund's words
    computed: bool               # True when the engine decided it
    basis: str                   # Swedish: how it was decided

    @property
    def met(self) -> bool | None:
        """True when met, False when not (or only partly), None when not judged."""
        if self.status in (None, NOT_JUDGED):
            return None
        return self.status == MET


def evaluate(goal: "Goal", totals: ParticipantTotals) -> GoalOutcome:
    if not goal.matetal:
        return GoalOutcome(goal, goal.utfall, goal.varav_kvinnor, goal.varav_man, judgement(goal.uppnatt),
                           goal.uppnatt, False, "bedömning i insatser.xlsx")
    total, women, men = totals.metric(goal.matetal)
    status, basis = None, ""
    if total is not None and goal.jamforelse == "Fler än föregående år":
        if goal.utfall_fg is not None:
            status = MET if total > goal.utfall_fg else NOT_MET
            basis = f"{total} jämfört med {goal.utfall_fg} föregående år"
    elif total is not None and goal.jamforelse in ("Minst målvärdet", "Högst målvärdet"):
        if goal.malvarde is not None:
            ok = total >= goal.malvarde if goal.jamforelse == "Minst målvärdet" else total <= goal.malvarde
            status = MET if ok else NOT_MET
            basis = f"{total} mot målvärdet {goal.malvarde}"
    text = {MET: "Ja", NOT_MET: "Nej"}.get(status)
    return GoalOutcome(goal, total, women, men, status, text, True, basis)
