"""PDF reports (reportlab, imported only when a report is made). Built in a later issue."""
