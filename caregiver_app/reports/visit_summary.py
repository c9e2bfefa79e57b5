"""The visit summary: page one "at a glance" (who, the period, red-flag episodes, current
medicines, routine checks, upcoming appointments, the family's questions, how complete the
record is, the symptoms against the previous period), then the details the family chose."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import Flowable, PageBreak

from caregiver_app.core.summary import (
    DoseCounts,
    Paper,
    Section,
    VisitSummary,
    Wording,
)
from caregiver_app.reports import words
from caregiver_app.reports.charts import weekly_chart
from caregiver_app.reports.fonts import register_fonts
from caregiver_app.reports.layout import (
    Bold,
    Cell,
    PageFacts,
    Writer,
    build_pdf,
    frame_height,
    frame_width,
    make_styles,
    page_decorator,
)

#: Below this share of logged days, page one says that the counts may be too low.
LOW_COMPLETENESS_PERCENT = 80
#: Type sizes page one may shrink to (table text 8 pt at 1.0) to stay on one page.
PAGE_ONE_SCALES = (1.0, 0.95, 0.9, 0.85)


def render_visit_summary(
    summary: VisitSummary, *, paper: Paper = Paper.A4, wording: Wording | None = None
) -> bytes:
    """The summary as PDF bytes. Reads nothing but ``summary``."""
    wording = wording or Wording()
    fonts = register_fonts()
    writer = Writer(
        wording, fonts, make_styles(right_to_left=wording.right_to_left), frame_width(paper)
    )
    story = _fitted_page_one(summary, writer, frame_height(paper))
    details = detail_sections(summary, writer)
    if details:
        story += [PageBreak(), *details]
    facts = PageFacts(
        title=_title(summary, writer),
        child_name=summary.child.name,
        birth_date=wording.date(summary.child.birth_date),
        period=writer.say(
            words.HEADER_PERIOD,
            start=wording.date(summary.period.start),
            end=wording.date(summary.period.end),
        ),
        made_on=wording.date(summary.made_on),
    )
    return build_pdf(
        story,
        paper=paper,
        title=writer.say(words.DOCUMENT_TITLE, title=facts.title, name=summary.child.name),
        decorate=page_decorator(facts, writer, paper),
    )


def _height(story: list[Flowable], width: float, room: float) -> float:
    total = 0.0
    for flowable in story:
        _, height = flowable.wrap(width, room)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _fitted_page_one(summary: VisitSummary, writer: Writer, room: float) -> list[Flowable]:
    """Page one at the largest of ``PAGE_ONE_SCALES`` that keeps it on one page (a family
    with many medicines and appointments gets slightly smaller type, not a page one that
    runs onto page two); at the smallest, if it is still longer, it runs on."""
    for scale in PAGE_ONE_SCALES:
        styles = make_styles(scale, right_to_left=writer.wording.right_to_left)
        scaled = Writer(writer.wording, writer.fonts, styles, writer.width)
        story = page_one(summary, scaled)
        if _height(story, writer.width, room) <= room:
            break
    return story


def _title(summary: VisitSummary, writer: Writer) -> str:
    if summary.specialty:
        return writer.say(words.VISIT_TITLE_FOR, specialty=summary.specialty)
    return writer.say(words.VISIT_TITLE)


def _adherence(counts: DoseCounts | None, writer: Writer) -> str:
    if counts is None:
        return writer.say(words.NOT_COUNTED)
    parts = []
    if counts.scheduled:
        parts.append(
            writer.say(
                words.ADHERENCE,
                scheduled=counts.scheduled,
                on_time=counts.on_time,
                late=counts.late,
                skipped=counts.skipped,
                not_recorded=counts.not_recorded,
            )
        )
    if counts.as_needed:
        parts.append(writer.say(words.AS_NEEDED_GIVEN, count=counts.as_needed))
    return "\n".join(parts) or writer.say(words.NO_DOSES_DUE)


def _change(now: int, before: int, writer: Writer) -> str:
    if now > before:
        return writer.say(words.MORE_DAYS, count=now - before)
    if now < before:
        return writer.say(words.FEWER_DAYS, count=before - now)
    return writer.say(words.SAME_DAYS)


def page_one(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    styles, child, period = writer.styles, summary.child, summary.period
    story: list[Flowable] = [*writer.text(_title(summary, writer), styles.title)]
    story.append(
        writer.pairs(
            [
                (words.CHILD, Bold(child.name)),
                (
                    words.BORN,
                    writer.say(
                        words.BORN_AGE,
                        birth_date=writer.wording.date(child.birth_date),
                        age=child.age_text,
                    ),
                ),
                (words.DIAGNOSIS, child.diagnosis),
                (
                    words.PERIOD,
                    Bold(
                        writer.say(
                            words.PERIOD_DAYS,
                            start=writer.wording.date(period.start),
                            end=writer.wording.date(period.end),
                            days=period.days,
                        )
                    ),
                ),
            ]
        )
    )

    story += writer.heading(words.RED_FLAGS)
    rows: list[list[Cell]] = [
        [
            writer.when(episode.day, episode.time),
            Bold(episode.rule),
            episode.level,
            episode.action or writer.say(words.NOT_NOTED),
        ]
        for episode in summary.red_flags
    ]
    story += writer.table_or_nothing(
        words.NO_RED_FLAGS,
        (words.DATE, words.SIGN, words.LEVEL, words.FAMILY_DID),
        rows,
        (0.17, 0.33, 0.18, 0.32),
    )

    story += writer.heading(words.MEDICINES)
    rows = [
        [
            Bold(medicine.name),
            medicine.dose,
            medicine.route,
            medicine.schedule,
            _adherence(medicine.adherence, writer),
        ]
        for medicine in summary.medicines
    ]
    story += writer.table_or_nothing(
        words.NO_MEDICINES,
        (words.MEDICINE, words.DOSE, words.ROUTE, words.SCHEDULE, words.DOSES_IN_PERIOD),
        rows,
        (0.2, 0.18, 0.13, 0.17, 0.32),
    )

    story += writer.heading(words.CHECKS)
    rows = []
    for check in summary.checks:
        status, overdue = check.status, check.overdue
        rows.append(
            [
                Bold(check.name) if overdue else check.name,
                writer.maybe_date(check.last_done, words.NEVER),
                Bold(writer.maybe_date(check.next_due))
                if overdue
                else writer.maybe_date(check.next_due),
                Bold(status) if overdue else status,
            ]
        )
    story += writer.table_or_nothing(
        words.NO_CHECKS,
        (words.CHECK, words.LAST_DONE, words.NEXT_DUE, words.STATUS),
        rows,
        (0.34, 0.22, 0.22, 0.22),
    )

    story += writer.heading(words.UPCOMING)
    rows = [
        [
            writer.when(visit.day, visit.time),
            visit.specialty,
            "\n".join(part for part in (visit.clinician, visit.place) if part),
            visit.purpose,
        ]
        for visit in summary.upcoming
    ]
    story += writer.table_or_nothing(
        words.NO_UPCOMING,
        (words.DATE, words.SPECIALTY, words.WITH_WHERE, words.PURPOSE),
        rows,
        (0.17, 0.22, 0.29, 0.32),
    )

    story += writer.heading(words.QUESTIONS)
    rows = [[f"{number}.", question] for number, question in enumerate(summary.questions, 1)]
    story += writer.table_or_nothing(words.NO_QUESTIONS, (), rows, (0.05, 0.95), grid=False)

    story += writer.heading(words.COMPLETENESS)
    record = summary.completeness
    if record.days:
        story += writer.para(
            words.COMPLETENESS_TEXT,
            styles.body,
            logged=record.logged_days,
            days=record.days,
            percent=record.percent,
        )
        if record.percent < LOW_COMPLETENESS_PERCENT:
            story += writer.para(words.COMPLETENESS_LOW, styles.note)
    else:
        story += writer.nothing(words.COMPLETENESS_NO_DAYS)

    story += writer.heading(words.SYMPTOMS)
    if summary.symptoms:
        previous = period.previous()
        rows = [
            [
                line.symptom,
                str(line.days),
                str(line.previous_days),
                _change(line.days, line.previous_days, writer),
            ]
            for line in summary.symptoms
        ]
        headers = (
            words.SYMPTOM,
            writer.say(
                words.DAYS_NOW,
                start=writer.wording.date(period.start),
                end=writer.wording.date(period.end),
            ),
            writer.say(
                words.DAYS_BEFORE,
                start=writer.wording.date(previous.start),
                end=writer.wording.date(previous.end),
            ),
            words.CHANGE,
        )
        story.append(writer.table(headers, rows, (0.4, 0.2, 0.2, 0.2)))
    else:
        story += writer.nothing(words.NO_SYMPTOMS)
    return story


def detail_sections(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    story: list[Flowable] = []
    builders = (
        (Section.SYMPTOM_CHART, _chart),
        (Section.SYMPTOM_TABLE, _symptom_table),
        (Section.DENTAL, _dental),
        (Section.APPOINTMENTS, _appointments),
        (Section.DOSE_LOG, _dose_log),
        (Section.DIARY_ENTRIES, _entries),
    )
    for section, build in builders:
        if section in summary.sections:
            story += build(summary, writer)
    return story


def _chart(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    heading = writer.heading(words.CHART)
    weekly = summary.weekly
    if weekly is None or not weekly.rows:
        return [*heading, *writer.nothing(words.NO_CHART)]
    return [*heading, *weekly_chart(weekly, writer)]


def _symptom_table(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    story = writer.heading(words.SYMPTOM_TABLE)
    if not summary.symptom_table:
        return story + writer.nothing()
    rows: list[list[Cell]] = [
        [
            row.symptom,
            str(row.entries),
            str(row.days),
            str(row.mild),
            str(row.moderate),
            Bold(str(row.severe)) if row.severe else "0",
            writer.wording.date(row.first),
            writer.wording.date(row.last),
        ]
        for row in summary.symptom_table
    ]
    headers = (
        words.SYMPTOM,
        words.ENTRIES,
        words.DAYS,
        words.MILD,
        words.MODERATE,
        words.SEVERE,
        words.FIRST,
        words.LAST,
    )
    return [*story, writer.table(headers, rows, (0.26, 0.08, 0.07, 0.08, 0.1, 0.09, 0.16, 0.16))]


def _dental(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    story = writer.heading(words.DENTAL)
    dental = summary.dental
    if dental is None:
        return story + writer.nothing(words.NO_DENTAL)
    story += writer.para(
        words.DAILY_CARE,
        brushing=dental.brushing_days,
        fluoride=dental.fluoride_days,
        days=dental.days,
    )
    story += writer.para(words.DENTAL_EVENTS, writer.styles.subheading)
    rows: list[list[Cell]] = [
        [
            writer.wording.date(event.day),
            Bold(event.what),
            event.tooth,
            event.antibiotic_cover,
            event.notes,
        ]
        for event in dental.events
    ]
    story += writer.table_or_nothing(
        words.NO_DENTAL_EVENTS,
        (words.DATE, words.WHAT, words.TOOTH, words.ANTIBIOTIC_COVER, words.NOTES),
        rows,
        (0.13, 0.19, 0.2, 0.16, 0.32),
    )
    story += writer.para(words.ERUPTION, writer.styles.subheading)
    if not dental.eruption:
        return story + writer.nothing(words.NO_ERUPTION)
    late = [row for row in dental.eruption if row.late]
    if late:
        story += writer.para(
            words.LATE_TEETH,
            writer.styles.body,
            count=len(late),
            teeth=", ".join(str(row.fdi) for row in late),
        )
    rows = []
    for row in dental.eruption:
        cells: list[Cell] = [
            f"{row.fdi} {row.tooth}",
            writer.say(words.MONTHS_RANGE, start=row.usual_from_months, end=row.usual_to_months),
            writer.maybe_date(row.erupted_on, words.NOT_YET),
            row.state,
        ]
        rows.append([Bold(cell) if row.late and isinstance(cell, str) else cell for cell in cells])
    story.append(
        writer.table(
            (words.TOOTH, words.USUAL_AGE, words.CAME_THROUGH, words.STATUS),
            rows,
            (0.36, 0.2, 0.16, 0.28),
        )
    )
    return story


def _appointments(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [
            writer.when(visit.day, visit.time),
            visit.specialty,
            "\n".join(part for part in (visit.clinician, visit.place) if part),
            visit.status,
            visit.outcome,
        ]
        for visit in summary.appointments
    ]
    return writer.heading(words.APPOINTMENTS) + writer.table_or_nothing(
        words.NO_APPOINTMENTS,
        (words.DATE, words.SPECIALTY, words.WITH_WHERE, words.STATUS, words.OUTCOME),
        rows,
        (0.15, 0.17, 0.2, 0.1, 0.38),
    )


def _dose_log(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    story = writer.heading(words.DOSE_LOG)
    if not summary.dose_log and not summary.dose_notes:
        return story + writer.nothing(words.NO_DOSE_LOG)
    if summary.dose_log:
        rows: list[list[Cell]] = [
            [
                row.medicine,
                writer.span(row.month.start, row.month.end),
                str(row.counts.on_time),
                str(row.counts.late),
                str(row.counts.skipped),
                str(row.counts.not_recorded),
                str(row.counts.as_needed),
            ]
            for row in summary.dose_log
        ]
        headers = (
            words.MEDICINE,
            words.MONTH,
            words.ON_TIME,
            words.LATE,
            words.SKIPPED,
            words.NOT_RECORDED,
            words.AS_NEEDED,
        )
        story.append(writer.table(headers, rows, (0.22, 0.26, 0.1, 0.09, 0.1, 0.12, 0.11)))
    if summary.dose_notes:
        story += writer.para(words.DOSE_NOTES, writer.styles.subheading)
        rows = [
            [writer.when(note.day, note.time), note.medicine, note.what, note.reason]
            for note in summary.dose_notes
        ]
        story.append(
            writer.table(
                (words.DATE, words.MEDICINE, words.WHAT, words.REASON),
                rows,
                (0.17, 0.22, 0.16, 0.45),
            )
        )
    return story


def _entries(summary: VisitSummary, writer: Writer) -> list[Flowable]:
    """One small table per day, the day written once: a year of entries is thousands of
    rows, and reportlab measures a table's remaining rows again at every page it splits."""
    story = writer.heading(words.ALL_ENTRIES)
    if not summary.entries:
        return story + writer.nothing(words.NO_ENTRIES)
    widths = (0.12, 0.07, 0.2, 0.1, 0.41, 0.1)
    headers = (words.DATE, words.TIME, words.SYMPTOM, words.SEVERITY, words.NOTES, words.BY)
    story.append(writer.table(headers, (), widths))
    for day, entries in groupby(summary.entries, key=lambda entry: entry.day):
        rows: list[list[Cell]] = []
        for entry in entries:
            rows.append(
                [
                    "" if rows else writer.wording.date(day),
                    writer.wording.time(entry.time)
                    if entry.time
                    else writer.say(words.TIME_NOT_RECORDED),
                    entry.symptom,
                    entry.severity,
                    entry.notes,
                    entry.logged_by,
                ]
            )
        story.append(writer.table((), rows, widths))
    return story
