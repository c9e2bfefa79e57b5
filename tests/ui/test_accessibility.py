"""Every control the keyboard can reach has an accessible name, on every page and dialog, so
a screen reader never says just "button" or "edit"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QPushButton, QWidget

from caregiver_app.ui.dialogs.child_dialog import ChildDialog
from caregiver_app.ui.dialogs.contact_dialog import ContactDialog
from caregiver_app.ui.dialogs.damaged_dialog import DamagedDialog
from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog
from caregiver_app.ui.dialogs.welcome_dialog import WelcomeDialog
from caregiver_app.ui.main_window import MainWindow


def unnamed_focusable(root: QWidget) -> list[str]:
    """Widgets under ``root`` (in its window) that Tab can reach but that have no name.

    The line edit inside a spin box or combo box is skipped: it is announced as part of
    its owner, which carries the name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root.window():
            continue  # popups (combo lists, calendars) are their own windows
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if not widget.accessibleName().strip():
            text = widget.text() if isinstance(widget, QPushButton) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return missing


def test_the_walk_notices_a_control_without_a_name(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    QPushButton("anonymous", holder)
    assert unnamed_focusable(holder) == ["QPushButton '' 'anonymous'"]


def test_every_page_names_its_controls(services, child, make_window):
    services.family.add_contact(child.id, role="Dentist", name="Dr. Gil", phone="912 000 000")
    services.diary.log(
        child.id, day="2026-11-21", clock_time="08:00", symptom="fever", severity="mild"
    )
    window = make_window()
    for index in range(window.pages.count()):
        window.show_page(index)
        assert unnamed_focusable(window) == [], window.page_widget(index).objectName()
    window.today_page.now_check.setChecked(False)  # the date and time editors appear
    assert unnamed_focusable(window) == []


def test_a_window_without_a_child_names_its_controls(make_window):
    window = make_window()
    assert unnamed_focusable(window) == []


@pytest.mark.parametrize(
    "kind", ["child", "contact", "welcome", "restore", "damaged", "damaged without backup"]
)
def test_every_dialog_names_its_controls(kind, services, child, events, show):
    backup = services.backups.backup_now()
    set_aside = services.data_dir / "caregiver.sqlite3.corrupt-20261121T090000Z"
    dialogs: dict[str, QDialog] = {
        "child": ChildDialog(services, child),
        "contact": ContactDialog(services, child.id),
        "welcome": WelcomeDialog(services, events),
        "restore": RestoreDialog(services, events),
        "damaged": DamagedDialog(services.data_dir, set_aside, backup),
        "damaged without backup": DamagedDialog(services.data_dir, set_aside, None),
    }
    dialog = dialogs[kind]
    for other in dialogs.values():
        if other is not dialog:
            other.deleteLater()
    show(dialog)
    assert unnamed_focusable(dialog) == []


def test_main_window_tab_order_starts_at_the_child_and_the_sections(
    qtbot, services, child, second_child, make_window
):
    window: MainWindow = make_window()
    window.child_combo.setFocus()
    qtbot.keyClick(window.child_combo, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.today_page.filter_edit
