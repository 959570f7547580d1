"""The local web page (finsam serve)."""
