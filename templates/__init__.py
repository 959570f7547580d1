"""The Word templates (docxtpl) as package data: installed as ``finsam.templates`` and read
with ``importlib.resources`` (see ``finsam.resources``)."""
