"""The dental record dialog: kinds in groups, the antibiotic-cover question only for
procedures and extractions, problems by field with nothing saved, and the extraction's
caution in plain words, without a dose."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.dental import (
    EXTRACTION_CAUTION,
    AntibioticCover,
    DentalEventKind,
    is_fdi_tooth,
)
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.dental_event_dialog import DentalEventDialog
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def open_dialog(
    services: AppServices, child: Child, show: Callable[[QWidget], QWidget]
) -> Callable[..., DentalEventDialog]:
    def make(event_id: str | None = None) -> DentalEventDialog:
        event = services.dental.repository.event(event_id) if event_id else None
        dialog = DentalEventDialog(services, child.id, event)
        show(dialog)
        return dialog

    return make


def choose_kind(qtbot, dialog: DentalEventDialog, label: str) -> None:
    """Picks a kind in the list by the words it shows."""
    index = dialog.kind_combo.findText(label)
    assert index >= 0, label
    dialog.kind_combo.setCurrentIndex(index)


def test_kinds_are_listed_under_their_groups_and_headings_cannot_be_chosen(open_dialog):
    dialog = open_dialog()
    combo = dialog.kind_combo
    texts = [combo.itemText(row) for row in range(combo.count())]
    assert texts == [
        "Professional care",
        "Fluoride varnish",
        "Sealants",
        "Professional cleaning",
        "Visits",
        "Dental visit",
        "Problems",
        "Tooth pain",
        "Gum infection",
        "Swelling",
        "Loose tooth",
        "Procedures and extractions",
        "Dental procedure",
        "Tooth taken out (extraction)",
    ]
    headings = [row for row in range(combo.count()) if combo.itemData(row) is None]
    model = combo.model()
    for row in headings:
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert combo.currentIndex() == -1, "nothing is chosen for the family"
    assert dialog.date_field.edit.text() == "2026-11-21", "today by default"
    dialog.reject()


def test_an_extraction_shows_the_caution_before_and_after_saving(
    qtbot, open_dialog, services, child, message_boxes
):
    dialog = open_dialog()
    assert dialog.caution_note.isHidden()
    assert not dialog.cover.isVisible(), "antibiotic cover is asked only for procedures"
    choose_kind(qtbot, dialog, "Tooth taken out (extraction)")
    assert dialog.caution_note.text() == EXTRACTION_CAUTION.text
    assert dialog.cover.isVisible()
    assert not dialog.appointment_combo.isVisible()

    dialog.tooth_combo.setFocus()
    dialog.tooth_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.tooth_combo.lineEdit(), "75")
    qtbot.mouseClick(dialog.cover.button("unknown"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.notes, "Loose and infected; taken out at the hospital.")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [event] = services.dental.events(child.id)
    assert (event.kind, event.tooth, event.antibiotic_cover) == (
        DentalEventKind.EXTRACTION,
        75,
        AntibioticCover.UNKNOWN,
    )
    assert event.day == date(2026, 11, 21)
    [(kind, text)] = message_boxes.shown
    assert kind == "warning"
    assert text.startswith("Saved: Tooth taken out (extraction).")
    assert "serious infection of the jaw bone" in text
    assert "dental team knows the diagnosis" in text
    assert not re.search(r"\d", text), "a caution, never a dose"
    assert not dialog.isVisible()


def test_choosing_another_kind_hides_the_caution_and_the_cover_question(qtbot, open_dialog):
    dialog = open_dialog()
    choose_kind(qtbot, dialog, "Dental procedure")
    assert dialog.cover.isVisible()
    assert dialog.caution_note.isHidden(), "only an extraction carries the caution"
    choose_kind(qtbot, dialog, "Fluoride varnish")
    assert not dialog.cover.isVisible()
    assert dialog.values()["antibiotic_cover"] == ""
    choose_kind(qtbot, dialog, "Dental visit")
    assert dialog.appointment_combo.isVisible()
    dialog.reject()


def test_bad_fields_are_named_and_nothing_is_saved(qtbot, open_dialog, services, child):
    dialog = open_dialog()
    dialog.date_field.edit.setText("2027-01-01")
    dialog.tooth_combo.setEditText("99")
    dialog.save()
    assert dialog.isVisible(), "the dialog stays open with what was typed"
    assert dialog.form.errors["record"].text() == "is required"
    assert dialog.form.errors["date"].text() == "is in the future"
    assert dialog.form.errors["tooth"].text() == (
        "'99' is not an FDI tooth number (primary 51–85, permanent 11–48)"
    )
    assert dialog.tooth_combo.currentText() == "99"

    choose_kind(qtbot, dialog, "Tooth taken out (extraction)")
    dialog.date_field.edit.setText("2024-01-01")
    dialog.tooth_combo.setCurrentIndex(0)
    dialog.save()
    assert dialog.form.errors["record"].text() == ""
    assert dialog.form.errors["date"].text() == "is before the child's birth date (2024-03-15)"
    assert dialog.form.errors["antibiotic_cover"].text() == (
        "is required for a procedure or an extraction: given, not_given or unknown"
    )
    assert services.dental.events(child.id) == []
    qtbot.wait(10)  # the layout settles
    for name, field in dialog.form.fields.items():
        if field.isVisible():  # the dialog grew: no field is squeezed under its problem
            smallest = field.minimumHeight() or field.minimumSizeHint().height()
            assert field.height() >= smallest, name
    dialog.reject()


def test_an_edit_shows_the_record_and_saves_the_change(qtbot, open_dialog, services, child):
    saved = services.dental.add_event(
        child.id, day="2026-10-02", kind="pain", tooth="64", notes="Cried at dinner"
    ).event
    dialog = open_dialog(saved.id)
    assert dialog.kind() is DentalEventKind.PAIN
    assert dialog.date_field.edit.text() == "2026-10-02"
    assert dialog.tooth_combo.currentText() == "Upper left first molar (64)"
    assert dialog.tooth_value() == "64"
    assert dialog.notes.toPlainText() == "Cried at dinner"
    dialog.notes.setPlainText("Cried at dinner; better with cold water")
    choose_kind(qtbot, dialog, "Swelling")
    dialog.save()
    [event] = services.dental.events(child.id)
    assert (event.id, event.kind, event.tooth) == (saved.id, DentalEventKind.SWELLING, 64)
    assert event.notes == "Cried at dinner; better with cold water"
    assert not dialog.isVisible(), "no caution for a swelling: no message box"


def test_a_visit_can_name_the_dental_appointment_it_was(qtbot, open_dialog, services, child):
    visit = services.appointments.add(
        child.id,
        day="2026-11-10",
        clock_time="09:30",
        specialty="dental",
        clinician="Dr. Gil",
        status="done",
    )
    services.appointments.add(
        child.id, day="2026-11-12", clock_time="10:00", specialty="ophthalmology", status="done"
    )
    dialog = open_dialog()
    choose_kind(qtbot, dialog, "Dental visit")
    combo = dialog.appointment_combo
    assert combo.count() == 2, "no link, and the one dental appointment"
    assert combo.itemText(1).endswith(": Dr. Gil")
    combo.setCurrentIndex(1)
    dialog.date_field.edit.setText("2026-11-10")
    dialog.save()
    [event] = services.dental.events(child.id)
    assert event.appointment_id == visit.id


def test_a_busy_diary_is_explained_and_everything_stays(
    qtbot, open_dialog, services, child, diary_busy
):
    dialog = open_dialog()
    choose_kind(qtbot, dialog, "Fluoride varnish")
    qtbot.keyClicks(dialog.notes, "At the health centre")
    with diary_busy():
        dialog.save()
    assert dialog.isVisible()
    assert dialog.form.general.text().startswith("Not saved: The diary is busy")
    assert dialog.notes.toPlainText() == "At the health centre"
    dialog.save()
    assert [e.notes for e in services.dental.events(child.id)] == ["At the health centre"]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(typed=st.one_of(st.text(max_size=4), st.integers(0, 99).map(str)))
def test_a_typed_tooth_is_saved_as_its_number_or_refused_by_name(
    typed, services, child, events, qapp
):
    before = len(services.dental.events(child.id))
    dialog = DentalEventDialog(services, child.id)
    try:
        dialog.set_kind(DentalEventKind.LOOSE_TOOTH)
        dialog.tooth_combo.setEditText(typed)
        dialog.save()
        text = dialog.tooth_combo.currentText().strip()
        index = dialog.tooth_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        after = services.dental.events(child.id)
        if index == 0 or not text:  # "Not about one tooth", or left empty
            assert after[-1].tooth is None
        elif text.isascii() and text.isdigit() and len(text) == 2 and is_fdi_tooth(int(text)):
            assert after[-1].tooth == int(text)
        else:
            assert len(after) == before, "nothing saved"
            assert (
                dialog.form.errors["tooth"]
                .text()
                .endswith("tooth number (primary 51–85, permanent 11–48)")
            )
            assert dialog.form.errors["record"].text() == ""
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("kind", [None, DentalEventKind.EXTRACTION, DentalEventKind.VISIT])
def test_every_control_is_named(open_dialog, kind):
    dialog = open_dialog()
    if kind is not None:
        dialog.set_kind(kind)
    assert unnamed_focusable(dialog) == []
    dialog.reject()
