"""Render stage: a document's model and findings in; the document out as bytes (written
atomically by the caller). One module per document kind; ``layouts`` builds the Word
templates, ``environment`` is the sandboxed Jinja environment with the Swedish filters."""
