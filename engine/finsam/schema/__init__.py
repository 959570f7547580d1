"""The workbook schema, defined once: it generates the blank workbooks, drives the reader
and names the constraints one generic check executes. One module per workbook; which
workbooks make up which document is said by the document kinds (``finsam.kinds``)."""
