"""Check stage: small named check functions per document kind (``registry``), and one
generic check of the constraints the schema declares (``constraints``)."""
