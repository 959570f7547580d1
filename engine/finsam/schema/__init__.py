"""The workbook schema, defined once: it generates the blank workbooks and drives the reader."""
from .ekonomi import EKONOMI
from .insatser import DELTAGARE_WB, INSATSER_WB
from .texter import TEXTER_WB

from .sammantrade import FOLLOWUP_WB, MEETING_WB
from .verksamhetsplan import PLAN_WB

ANNUAL_REPORT_WORKBOOKS = (EKONOMI, INSATSER_WB, DELTAGARE_WB, TEXTER_WB)
ALL_WORKBOOKS = (*ANNUAL_REPORT_WORKBOOKS, MEETING_WB, FOLLOWUP_WB, PLAN_WB)
DOCUMENT_SETS = {"arsredovisning": ANNUAL_REPORT_WORKBOOKS, "sammantrade": (MEETING_WB,),
                 "uppfoljning": (FOLLOWUP_WB,), "verksamhetsplan": (PLAN_WB,)}

__all__ = ["ANNUAL_REPORT_WORKBOOKS", "ALL_WORKBOOKS", "DOCUMENT_SETS", "EKONOMI", "INSATSER_WB",
           "DELTAGARE_WB", "TEXTER_WB", "MEETING_WB", "FOLLOWUP_WB", "PLAN_WB"]
