"""PDF reports: plain summary data (core/summary.py) in, PDF bytes out.

    from caregiver_app.reports.visit_summary import render_visit_summary
    from caregiver_app.reports.emergency_sheet import render_emergency_sheet

    pdf: bytes = render_visit_summary(summary, paper=Paper.A4, wording=Wording(...))
    pdf: bytes = render_emergency_sheet(sheet, paper=Paper.LETTER, wording=Wording(...))

reportlab, arabic-reshaper and python-bidi are imported only by these modules, and nothing
the app loads at start imports them: import them when a report is made. They read nothing
but the values they are given: no database, no network, no file but the fonts in
``resources/fonts/``."""
