"""The emergency information sheet: ONE page for staff who have never heard of the disease, in
the order they read it: who and what the diagnosis is, the key cautions in a box, medicines and
allergies, the child's usual (baseline) status, procedures to avoid, notes for staff, the
contacts, and when the family last reviewed it.

It always fits on one page: the type gets smaller step by step (table text down to about
6.6 pt), then the longest texts are shortened, each saying so, and only then is the page
shrunk as a whole."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, LayoutError, Table

from caregiver_app.core.summary import EmergencySheet, MedicineLine, Paper, Wording
from caregiver_app.reports import words
from caregiver_app.reports.fonts import register_fonts
from caregiver_app.reports.layout import (
    CELL_FONT,
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

SCALES = (1.25, 1.15, 1.05, 1.0, 0.92, 0.85, 0.8)
TEXT_LIMITS = (2000, 1000, 500, 250, 120)
BULLET = "•"
#: Space between the key cautions' box and its text, each side.
BOX_PADDING = 6


def render_emergency_sheet(
    sheet: EmergencySheet, *, paper: Paper = Paper.A4, wording: Wording | None = None
) -> bytes:
    """The sheet as the bytes of a one-page PDF. Reads nothing but ``sheet``."""
    wording = wording or Wording()
    attempts: list[tuple[EmergencySheet, float]] = [(sheet, scale) for scale in SCALES]
    attempts += [(_shortened(sheet, limit, wording), SCALES[-1]) for limit in TEXT_LIMITS]
    for attempt, scale in attempts:
        try:
            pdf, pages = _render(attempt, paper, wording, scale, shrink=False)
        except LayoutError:  # a single cell taller than the page: it does not fit either
            continue
        if pages == 1:
            return pdf
    pdf, _ = _render(attempts[-1][0], paper, wording, SCALES[-1], shrink=True)
    return pdf


def _render(
    sheet: EmergencySheet, paper: Paper, wording: Wording, scale: float, *, shrink: bool
) -> tuple[bytes, int]:
    writer = Writer(
        wording,
        register_fonts(),
        make_styles(scale, right_to_left=wording.right_to_left),
        frame_width(paper),
    )
    story = _story(sheet, writer)
    if shrink:
        story = [KeepInFrame(writer.width, frame_height(paper), story, mode="shrink")]
    reviewed = (
        writer.say(words.REVIEWED_ON, date=wording.date(sheet.reviewed_on))
        if sheet.reviewed_on is not None
        else writer.say(words.NEVER_REVIEWED)
    )
    facts = PageFacts(
        title=writer.say(words.EMERGENCY_TITLE),
        child_name=sheet.child.name,
        birth_date=wording.date(sheet.child.birth_date),
        period=reviewed,
        made_on=wording.date(sheet.made_on),
    )
    decorate = page_decorator(facts, writer, paper)
    pages = 0

    def counting(canvas: Canvas, page: int, total: int) -> None:
        nonlocal pages
        pages = total
        decorate(canvas, page, total)

    pdf = build_pdf(
        story,
        paper=paper,
        title=writer.say(words.DOCUMENT_TITLE, title=facts.title, name=sheet.child.name),
        decorate=counting,
    )
    return pdf, pages


def _shortened(sheet: EmergencySheet, limit: int, wording: Wording) -> EmergencySheet:
    marker = wording(words.SHORTENED)

    def cut(text: str) -> str:
        return text if len(text) <= limit else f"{text[:limit].rstrip()}… {marker}"

    def cut_all(value: object) -> object:
        if isinstance(value, str):
            return cut(value)
        if isinstance(value, tuple):
            return tuple(cut_all(item) for item in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.replace(
                value,
                **{
                    field.name: cut_all(getattr(value, field.name))
                    for field in dataclasses.fields(value)
                    if isinstance(getattr(value, field.name), str | tuple)
                    or dataclasses.is_dataclass(getattr(value, field.name))
                },
            )
        return value

    shortened = cut_all(sheet)
    assert isinstance(shortened, EmergencySheet)
    return shortened


def _bullets(items: tuple[str, ...], writer: Writer, bold: bool = False) -> Table:
    rows: list[list[Cell]] = [[BULLET, Bold(item) if bold else item] for item in items]
    return writer.table((), rows, (0.04, 0.96), grid=False)


def _medicines(medicines: tuple[MedicineLine, ...], writer: Writer) -> list[Flowable]:
    rows: list[list[Cell]] = [
        [Bold(medicine.name), medicine.dose, medicine.route, medicine.schedule]
        for medicine in medicines
    ]
    return writer.table_or_nothing(
        words.NO_MEDICINES,
        (words.MEDICINE, words.DOSE, words.ROUTE, words.SCHEDULE),
        rows,
        (0.28, 0.26, 0.2, 0.26),
    )


def _cautions_box(sheet: EmergencySheet, writer: Writer) -> Table:
    # What goes in the box is as wide as the box inside its padding, not the page.
    inner = Writer(writer.wording, writer.fonts, writer.styles, writer.width - 2 * BOX_PADDING)
    inside: list[Flowable] = inner.para(words.KEY_CAUTIONS, writer.styles.box)
    if sheet.cautions:
        inside.append(_bullets(sheet.cautions, inner, bold=True))
    else:
        inside += inner.nothing(words.NO_CAUTIONS)
    return Table(
        [[inside]],
        colWidths=[writer.width],
        splitInRow=1,
        style=[
            *CELL_FONT,
            ("BOX", (0, 0), (-1, -1), 2, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def _section(title: str, writer: Writer, content: Callable[[], list[Flowable]]) -> list[Flowable]:
    return [*writer.heading(title), *content()]


def _story(sheet: EmergencySheet, writer: Writer) -> list[Flowable]:
    styles, child = writer.styles, sheet.child
    not_recorded = writer.say(words.NOT_RECORDED_YET)
    story: list[Flowable] = [
        *writer.para(words.EMERGENCY_TITLE, styles.title),
        *writer.para(words.EMERGENCY_SUBTITLE, styles.body),
        writer.pairs(
            [
                (words.NAME, Bold(child.name)),
                (
                    words.BORN,
                    writer.say(
                        words.BORN_AGE,
                        birth_date=writer.wording.date(child.birth_date),
                        age=child.age_text,
                    ),
                ),
                (words.DIAGNOSIS, Bold(child.diagnosis)),
            ]
        ),
        _cautions_box(sheet, writer),
    ]
    story += _section(
        words.MEDICINES_ALLERGIES,
        writer,
        lambda: [
            writer.pairs(
                [(words.ALLERGIES, Bold(sheet.allergies or writer.say(words.NO_ALLERGIES)))]
            ),
            *_medicines(sheet.medicines, writer),
        ],
    )
    story += _section(
        words.BASELINE,
        writer,
        lambda: [
            writer.pairs(
                [
                    (words.VISION, sheet.vision or not_recorded),
                    (words.HEARING, sheet.hearing or not_recorded),
                    (words.NEUROLOGICAL, sheet.neurological or not_recorded),
                ]
            )
        ],
    )
    history = [
        (label, text)
        for label, text in (
            (words.PAST_PROCEDURES, sheet.past_procedures),
            (words.IMMUNIZATIONS, sheet.immunizations),
        )
        if text
    ]
    if history:
        story += _section(words.HISTORY, writer, lambda: [writer.pairs(history)])
    if sheet.avoid:
        story += _section(words.AVOID, writer, lambda: [_bullets(sheet.avoid, writer, bold=True)])
    if sheet.staff_notes:
        story += _section(words.STAFF_NOTES, writer, lambda: writer.text(sheet.staff_notes))
    story += writer.heading(words.CONTACTS)
    rows: list[list[Cell]] = [
        [contact.role, contact.name, Bold(contact.phone), contact.place]
        for contact in sheet.contacts
    ]
    story += writer.table_or_nothing(
        words.NO_CONTACTS,
        (words.ROLE, words.NAME, words.PHONE, words.WHERE),
        rows,
        (0.24, 0.26, 0.22, 0.28),
    )
    reviewed = (
        writer.para(
            words.REVIEWED_ON, styles.subheading, date=writer.wording.date(sheet.reviewed_on)
        )
        if sheet.reviewed_on is not None
        else writer.para(words.NEVER_REVIEWED, styles.subheading)
    )
    return story + reviewed
