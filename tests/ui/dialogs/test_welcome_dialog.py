"""The first-run welcome: Add saves the child and who is logging, Skip saves nothing, and
either way the welcome is done."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.records import Sex
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.welcome_dialog import WelcomeDialog
from caregiver_app.ui.events import DataEvents


@pytest.fixture
def welcome(
    services: AppServices, events: DataEvents, show: Callable[[QWidget], QWidget]
) -> WelcomeDialog:
    services.settings.set_caregiver_name("")
    dialog = WelcomeDialog(services, events)
    show(dialog)
    return dialog


def test_add_saves_the_child_and_the_caregiver(qtbot, welcome, services, events):
    qtbot.keyClicks(welcome.child_name, "Luc")
    welcome.child_name.insert("ía")  # QTest types ASCII only
    qtbot.keyClicks(welcome.birth_date.edit, "2024-03-15")
    welcome.sex_combo.setCurrentIndex(welcome.sex_combo.findData("female"))
    qtbot.keyClicks(welcome.caregiver_name, "Maria")
    with qtbot.waitSignal(events.family_changed):
        qtbot.mouseClick(welcome.add_button, Qt.MouseButton.LeftButton)

    [child] = services.family.children()
    assert (child.name, child.birth_date.isoformat(), child.sex) == (
        "Lucía",
        "2024-03-15",
        Sex.FEMALE,
    )
    assert child.meta.logged_by == "Maria"
    assert services.settings.caregiver_name() == "Maria"
    assert services.settings.welcome_done()
    assert not welcome.isVisible()


def test_skip_saves_nothing_but_the_welcome_is_done(qtbot, welcome, services):
    welcome.child_name.setText("half typed")
    qtbot.mouseClick(welcome.skip_button, Qt.MouseButton.LeftButton)
    assert services.family.children() == []
    assert services.settings.welcome_done()
    assert not welcome.isVisible()


def test_problems_are_shown_by_field_and_nothing_is_saved_until_they_are_fixed(
    qtbot, welcome, services
):
    welcome.caregiver_name.setText("x" * 201)
    welcome.birth_date.edit.setText("15 March")
    welcome.add()
    assert welcome.isVisible()
    assert welcome.form.errors["name"].text() == "is required"
    assert welcome.form.errors["born"].text() == "'15 March' is not a date like 2024-03-31"
    assert welcome.form.errors["caregiver"].text() == "is too long (201 characters; at most 200)"
    assert services.family.children() == []
    assert services.settings.caregiver_name() == "", "nothing is half saved"
    assert not services.settings.welcome_done()

    welcome.child_name.setText("Lucía")
    welcome.birth_date.edit.setText("2024-03-15")
    welcome.caregiver_name.setText("Maria")
    welcome.add()
    assert [c.name for c in services.family.children()] == ["Lucía"]
    assert not welcome.isVisible()
