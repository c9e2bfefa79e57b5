"""The week-by-week symptom chart: one row per symptom, one bar per week, the bar's height the
number of days (0 to 7) with that symptom. Rows of small bars rather than coloured lines: every
symptom keeps its own row, the chart reads in black and white, and it needs no legend.

The bars are drawn straight onto the canvas (a year of 26 symptoms is about 1,400 bars; as
reportlab graphics shapes they took longer than the rest of the summary)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from caregiver_app.core.summary import WeeklySymptoms
from caregiver_app.reports import words
from caregiver_app.reports.fonts import REGULAR
from caregiver_app.reports.layout import GRID, Cell, Writer
from caregiver_app.reports.text import drawing_text

LABEL_SHARE = 0.27
TOTAL_SHARE = 0.08
ROW_HEIGHT = 20.0
BAR_ROOM = 12.0  # the height of a bar for 7 days out of 7
BASELINE = 2.0
AXIS_HEIGHT = 10.0
#: Up to this many weeks each bar carries its count.
COUNTS_UP_TO_WEEKS = 26
AXIS_LABELS = 6
BAR_COLOUR = colors.Color(0.25, 0.25, 0.25)


class WeekBars(Flowable):  # type: ignore[misc]
    """One symptom's bars: a slot per week on a baseline ticked at each week."""

    def __init__(self, days_per_week: Sequence[int], width: float, with_counts: bool) -> None:
        super().__init__()
        self.days_per_week = tuple(days_per_week)
        self.width, self.height = width, ROW_HEIGHT
        self.with_counts = with_counts

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        slot = self.width / len(self.days_per_week)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        path = canvas.beginPath()
        path.moveTo(0, BASELINE)
        path.lineTo(self.width, BASELINE)
        for week in range(len(self.days_per_week) + 1):
            path.moveTo(week * slot, BASELINE)
            path.lineTo(week * slot, BASELINE - 1.5)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(BAR_COLOUR)
        canvas.setFont(REGULAR, 5.5)
        for week, days in enumerate(self.days_per_week):
            if not days:
                continue
            height = BAR_ROOM * min(days, 7) / 7
            canvas.rect(week * slot + slot * 0.15, BASELINE, slot * 0.7, height, stroke=0, fill=1)
            if self.with_counts:
                canvas.drawCentredString((week + 0.5) * slot, BASELINE + height + 1, str(days))


class WeekAxis(Flowable):  # type: ignore[misc]
    """The first day of every few weeks, under a tick."""

    def __init__(self, labels: Sequence[tuple[int, str]], weeks: int, width: float) -> None:
        super().__init__()
        self.labels, self.weeks = tuple(labels), weeks
        self.width, self.height = width, AXIS_HEIGHT

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        slot = self.width / self.weeks
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.setFont(REGULAR, 6)
        for week, label in self.labels:
            canvas.line(week * slot, 7, week * slot, AXIS_HEIGHT)
            canvas.drawString(week * slot, 1, label)


def weekly_chart(weekly: WeeklySymptoms, writer: Writer) -> list[Flowable]:
    bars_share = 1 - LABEL_SHARE - TOTAL_SHARE
    # The cell's padding (3 pt each side) comes off the bars' width.
    bars_width = bars_share * writer.width - 6
    count = len(weekly.weeks)
    with_counts = count <= COUNTS_UP_TO_WEEKS
    note = words.CHART_NOTE if with_counts else words.CHART_NOTE_LONG
    step = max(1, math.ceil(count / AXIS_LABELS))
    labels = [
        (week, drawing_text(writer.wording.date(weekly.weeks[week].start), writer.fonts, REGULAR))
        for week in range(0, count, step)
    ]
    rows: list[list[Cell]] = [
        [
            row.symptom,
            [WeekBars(row.days_per_week, bars_width, with_counts)],
            str(sum(row.days_per_week)),
        ]
        for row in weekly.rows
    ]
    header: list[Cell] = ["", [WeekAxis(labels, count, bars_width)], words.DAYS]
    table = writer.table(
        header,
        rows,
        (LABEL_SHARE, bars_share, TOTAL_SHARE),
        grid=False,
        shade_header=False,
        valign="BOTTOM",
    )
    start = writer.wording.date(weekly.weeks[0].start)
    return [*writer.para(note, writer.styles.note, start=start), table]
