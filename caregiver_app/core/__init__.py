"""Plain-Python heart of the app: records, catalogue, validation and rules.

Nothing here imports Qt, SQL or reportlab, so the tests drive it in microseconds."""
