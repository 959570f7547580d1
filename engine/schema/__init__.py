"""The workbook schema, defined once: it generates the blank workbooks and drives the reader."""
from .ekonomi import EKONOMI
from .insatser import DELTAGARE_WB, INSATSER_WB
from .texter import TEXTER_WB

ANNUAL_REPORT_WORKBOOKS = (EKONOMI, INSATSER_WB, DELTAGARE_WB, TEXTER_WB)

__all__ = ["ANNUAL_REPORT_WORKBOOKS", "EKONOMI", "INSATSER_WB", "DELTAGARE_WB", "TEXTER_WB"]
