"""The bundled examples as package data: installed as ``finsam.examples`` and read with
``importlib.resources`` (see ``finsam.resources``). Their workbooks are made by
``examples/data/generate.py``, which is not installed."""
