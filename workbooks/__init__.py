"""The blank standard workbooks as package data: installed as ``finsam.workbooks`` and read
with ``importlib.resources`` (see ``finsam.resources``)."""
