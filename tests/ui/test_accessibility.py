"""Every control the keyboard can reach has an accessible name, on every page and dialog, so
a screen reader never says just "button" or "edit"."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QPushButton, QWidget

from caregiver_app.core.medicines import DoseStatus
from caregiver_app.ui.dialogs.about_dialog import AboutDialog
from caregiver_app.ui.dialogs.appointment_dialog import AppointmentDialog
from caregiver_app.ui.dialogs.appointment_done_dialog import AppointmentDoneDialog
from caregiver_app.ui.dialogs.checks_dialog import ChecksDialog
from caregiver_app.ui.dialogs.child_dialog import ChildDialog
from caregiver_app.ui.dialogs.contact_dialog import ContactDialog
from caregiver_app.ui.dialogs.damaged_dialog import DamagedDialog
from caregiver_app.ui.dialogs.dental_event_dialog import DentalEventDialog
from caregiver_app.ui.dialogs.dose_dialog import DoseDialog
from caregiver_app.ui.dialogs.emergency_info_dialog import EmergencyInfoDialog
from caregiver_app.ui.dialogs.entry_dialog import EntryDialog
from caregiver_app.ui.dialogs.export_dialog import ExportDialog
from caregiver_app.ui.dialogs.help_dialog import HelpDialog, HelpTopic
from caregiver_app.ui.dialogs.medicine_dialog import MedicineDialog
from caregiver_app.ui.dialogs.red_flag_alert import RedFlagAlertDialog
from caregiver_app.ui.dialogs.refill_dialog import RefillDialog
from caregiver_app.ui.dialogs.restore_dialog import RestoreDialog
from caregiver_app.ui.dialogs.sync_warning_dialog import SyncPlace, SyncWarningDialog
from caregiver_app.ui.dialogs.tooth_date_dialog import ToothDateDialog
from caregiver_app.ui.dialogs.welcome_dialog import WelcomeDialog
from caregiver_app.ui.main_window import MainWindow
from tests.ui.medicines_helpers import add_medicine


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


# Every dialog of caregiver_app/ui/dialogs, in each of its forms (new and edit, with and
# without what it may show), built over the test's services with the records it needs.
DIALOG_FORMS = [
    "AboutDialog",
    "AppointmentDialog new",
    "AppointmentDialog edit",
    "AppointmentDoneDialog",
    "ChecksDialog",
    "ChildDialog new",
    "ChildDialog edit",
    "ContactDialog new",
    "ContactDialog edit",
    "DamagedDialog",
    "DamagedDialog without backup",
    "DentalEventDialog new",
    "DentalEventDialog edit",
    "DoseDialog given",
    "DoseDialog skipped",
    "DoseDialog change",
    "EmergencyInfoDialog",
    "EntryDialog",
    "ExportDialog visit summary",
    "ExportDialog emergency sheet",
    *(f"HelpDialog {topic.name}" for topic in HelpTopic),
    "MedicineDialog new",
    "MedicineDialog edit",
    "RedFlagAlertDialog",
    "RefillDialog",
    "RestoreDialog",
    "SyncWarningDialog",
    "SyncWarningDialog without a place to move to",
    "ToothDateDialog",
    "WelcomeDialog",
]
#: Shared bases, never shown on their own.
DIALOG_BASES = {"AppointmentFormDialog", "SavingDialog"}


def dialog_classes() -> set[str]:
    """The names of the dialog classes defined in caregiver_app/ui/dialogs."""
    import caregiver_app.ui.dialogs as package

    names = set()
    for module_info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{module_info.name}")
        names |= {
            name
            for name, value in vars(module).items()
            if inspect.isclass(value)
            and issubclass(value, QDialog)
            and value.__module__ == module.__name__
        }
    return names - DIALOG_BASES


def test_the_dialog_walk_covers_every_dialog_class():
    assert {form.split()[0] for form in DIALOG_FORMS} == dialog_classes()


def build_dialog(form: str, services, child, events, tmp_path) -> QDialog:
    """The dialog ``form`` names, with the records it shows made through the services."""
    kind, _, variant = form.partition(" ")
    medicine = add_medicine(services, child)
    if kind == "AboutDialog":
        return AboutDialog(services)
    if kind == "AppointmentDialog":
        visit = services.appointments.add(
            child.id, day="2026-12-02", clock_time="09:30", specialty="dental"
        )
        return AppointmentDialog(services, child.id, visit if variant == "edit" else None)
    if kind == "AppointmentDoneDialog":
        visit = services.appointments.add(
            child.id, day="2026-11-20", clock_time="16:15", specialty="dental"
        )
        return AppointmentDoneDialog(services, visit, services.diary.today())
    if kind == "ChecksDialog":
        return ChecksDialog(services, events, child.id)
    if kind == "ChildDialog":
        return ChildDialog(services, child if variant == "edit" else None)
    if kind == "ContactDialog":
        contact = services.family.add_contact(
            child.id, role="Dentist", name="Dr. Gil", phone="912 000 000"
        )
        return ContactDialog(services, child.id, contact if variant == "edit" else None)
    if kind == "DamagedDialog":
        backup = None if variant else services.backups.backup_now()
        set_aside = services.data_dir / "caregiver.sqlite3.corrupt-20261121T090000Z"
        return DamagedDialog(services.data_dir, set_aside, backup)
    if kind == "DentalEventDialog":
        result = services.dental.add_event(child.id, day="2026-11-11", kind="visit")
        event = result.event if variant == "edit" else None
        return DentalEventDialog(services, child.id, event)
    if kind == "DoseDialog":
        due = services.medicines.due_doses(child.id)[0]
        if variant == "change":
            event = services.medicines.log_dose(
                medicine.id,
                status="given",
                scheduled_date=due.occurrence.local_date,
                scheduled_time=due.occurrence.wall_time,
                given_date="2026-11-21",
                given_time="08:10",
            )
            return DoseDialog(services, medicine, event=event)
        status = DoseStatus.SKIPPED if variant == "skipped" else DoseStatus.GIVEN
        return DoseDialog(services, medicine, occurrence=due.occurrence, status=status)
    if kind == "EmergencyInfoDialog":
        return EmergencyInfoDialog(services, child)
    if kind == "EntryDialog":
        entry = services.diary.log(
            child.id, day="2026-11-21", clock_time="08:00", symptom="bone_pain", severity="mild"
        )
        return EntryDialog(services, entry.id)
    if kind == "ExportDialog":
        return ExportDialog(services, child.id, emergency_sheet=variant == "emergency sheet")
    if kind == "HelpDialog":
        return HelpDialog(services, HelpTopic[variant])
    if kind == "MedicineDialog":
        return MedicineDialog(services, child.id, medicine if variant == "edit" else None)
    if kind == "RedFlagAlertDialog":
        services.diary.log(
            child.id, day="2026-11-21", clock_time="08:00", symptom="fever", severity="mild"
        )
        services.redflags.sync(child.id, "save")
        [alert] = services.redflags.history(child.id)
        return RedFlagAlertDialog(services, alert)
    if kind == "RefillDialog":
        return RefillDialog(services, medicine)
    if kind == "RestoreDialog":
        services.backups.backup_now()
        return RestoreDialog(services, events)
    if kind == "SyncWarningDialog":
        destination = None if variant else tmp_path / "local"
        return SyncWarningDialog(services, SyncPlace(tmp_path / "Dropbox", "Dropbox", destination))
    if kind == "ToothDateDialog":
        status = services.dental.eruption_chart(child.id)[0]
        return ToothDateDialog(services, child.id, status)
    if kind == "WelcomeDialog":
        return WelcomeDialog(services, events)
    raise AssertionError(f"no way to build {form}")


@pytest.mark.parametrize("form", DIALOG_FORMS)
def test_every_dialog_names_its_controls(form, services, child, events, show, tmp_path):
    dialog = build_dialog(form, services, child, events, tmp_path)
    show(dialog)
    assert unnamed_focusable(dialog) == []
    dialog.close()


def test_main_window_tab_order_starts_at_the_child_and_the_sections(
    qtbot, services, child, second_child, make_window
):
    window: MainWindow = make_window()
    window.child_combo.setFocus()
    qtbot.keyClick(window.child_combo, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.today_page.filter_edit
