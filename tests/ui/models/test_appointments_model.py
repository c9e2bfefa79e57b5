"""The appointments model: three groups under heading rows in the order a parent needs
them, texts in words, the history handed over a page at a time, and a well-behaved Qt item
model throughout."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from caregiver_app.core.appointments import Appointment
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.models.appointments_model import (
    HISTORY_PAGE,
    ID_ROLE,
    AppointmentsModel,
    Column,
    Group,
)

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)  # 10:00 in Madrid


def add(services: AppServices, child: Child, days: int, **fields: object) -> Appointment:
    values: dict[str, object] = {"clock_time": "09:30", "specialty": "dental", **fields}
    return services.appointments.add(
        child.id, day=(TODAY + timedelta(days=days)).isoformat(), **values
    )


@pytest.fixture
def model() -> AppointmentsModel:
    return AppointmentsModel()


def test_groups_come_in_order_and_empty_ones_are_left_out(model, services, child):
    later = add(services, child, 10)
    sooner = add(services, child, 1, questions=["Why?", "When?"], purpose="Check")
    old_done = add(services, child, -30, status="done", outcome="Fine.\nSecond line")
    new_missed = add(services, child, -3, status="missed")
    model.set_appointments(services.appointments.appointments(child.id), NOW, TODAY)

    assert model.heading_rows() == [0, 3]
    groups = [model.group_of(model.index(row, 0)) for row in range(model.rowCount())]
    assert groups == [Group.COMING] * 3 + [Group.HISTORY] * 3
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert ids == [None, sooner.id, later.id, None, new_missed.id, old_done.id]
    assert model.next_appointment() == sooner
    assert model.unclosed() == []
    assert model.count() == 4

    assert model.index(1, Column.NOTES).data() == "Check · 2 questions"
    assert model.index(5, Column.NOTES).data() == "Fine. Second line"
    assert model.index(1, Column.STATUS).data() == "Planned, tomorrow"
    tooltip = model.index(1, Column.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == (
        "Dental, Tomorrow, 09:30\nPlanned, tomorrow\nPurpose: Check\n"
        "Questions to ask:\n1. Why?\n2. When?"
    )


def test_a_heading_is_seen_but_never_chosen(model, services, child):
    add(services, child, 2)
    model.set_appointments(services.appointments.appointments(child.id), NOW, TODAY)
    heading = model.index(0, 0)
    assert heading.data() == "Coming up (1)"
    assert model.appointment(heading) is None
    assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(0, Column.STATUS).data() == ""
    assert heading.data(Qt.ItemDataRole.FontRole).bold()


def test_a_visit_whose_time_has_come_waits_to_be_closed(model, services, child):
    this_morning = add(services, child, 0, clock_time="08:00")
    later_today = add(services, child, 0, clock_time="18:00")
    model.set_appointments(services.appointments.appointments(child.id), NOW, TODAY)
    assert model.unclosed() == [this_morning]
    assert model.next_appointment() == later_today
    index = model.index_of(this_morning.id)
    assert model.group_of(index) is Group.UNCLOSED
    status = index.siblingAtColumn(Column.STATUS)
    assert status.data() == "Was it done? Mark done or missed"
    assert status.data(Qt.ItemDataRole.DecorationRole) is not None, "a sign, and the words"


def test_the_history_is_fetched_a_page_at_a_time(model, services, child):
    for step in range(HISTORY_PAGE + 20):
        add(services, child, -1 - step, status="cancelled")
    model.set_appointments(services.appointments.appointments(child.id), NOW, TODAY)
    assert model.rowCount() == 1 + HISTORY_PAGE
    assert model.canFetchMore(QModelIndex())
    assert model.index(0, 0).data() == f"History, newest first ({HISTORY_PAGE + 20})"
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1 + HISTORY_PAGE + 20
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing left: nothing happens
    assert model.rowCount() == 1 + HISTORY_PAGE + 20


def test_the_model_is_a_well_behaved_qt_model(qtmodeltester, model, services, child):
    add(services, child, 3, questions=["Why?"])
    add(services, child, -1)
    for step in range(HISTORY_PAGE + 5):
        add(services, child, -2 - step, status="done", fulfils="blood_tests")
    model.set_appointments(services.appointments.appointments(child.id), NOW, TODAY)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
