"""The window: the child at the top, the sections on the left, the page in the middle.

Pages receive the services and the one :class:`DataEvents` through their constructors. Only
the Today page is built before the window's first paint; the other pages (and their modules)
are built the first time they are shown or asked for. The diary, which may hold years of
entries, gets the current child only when it is shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.core.messages import UserError
from caregiver_app.core.records import Child
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.backup_timer import BackupTimer
from caregiver_app.ui.events import DataEvents
from caregiver_app.ui.labels import age_text
from caregiver_app.ui.pages.care_page import CarePage
from caregiver_app.ui.pages.today_page import TodayPage
from caregiver_app.ui.red_flag_watcher import RedFlagWatcher
from caregiver_app.ui.reminder_tray import window_reminders
from caregiver_app.ui.widgets.basics import BUTTON_MIN_HEIGHT, plain_label, scaled_font

if TYPE_CHECKING:
    from caregiver_app.ui.dialogs.export_dialog import ExportDialog
    from caregiver_app.ui.dialogs.sync_warning_dialog import SyncPlace, SyncWarningDialog
    from caregiver_app.ui.dialogs.welcome_dialog import WelcomeDialog
    from caregiver_app.ui.pages.appointments_page import AppointmentsPage
    from caregiver_app.ui.pages.diary_page import DiaryPage
    from caregiver_app.ui.pages.family_page import FamilyPage
    from caregiver_app.ui.pages.guidance_page import GuidancePage
    from caregiver_app.ui.pages.medicines_page import MedicinesPage
    from caregiver_app.ui.pages.settings_page import SettingsPage
    from caregiver_app.ui.pages.teeth_page import TeethPage


P = TypeVar("P", bound=CarePage)

GEOMETRY_KEY = "window.geometry"
CHILD_KEY = "window.child"
NAV_ITEM_HEIGHT = 52


class MainWindow(QMainWindow):
    TODAY, DIARY, MEDICINES, APPOINTMENTS, TEETH, GUIDANCE, FAMILY, SETTINGS = range(8)

    # The diary's services were closed (it moved): the app must reopen at this folder.
    reopen_requested = Signal(str)

    def __init__(
        self, services: AppServices, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self._children: list[Child] = []
        self._child_id: str | None = None
        #: The child the diary was last given, in a tuple (``()``: none given yet).
        self._diary_child: tuple[str | None, ...] = ()
        self.welcome: WelcomeDialog | None = None
        self.sync_warning: SyncWarningDialog | None = None
        # Set once the data moved: nothing may be written through these services any more.
        self._services_closed = False
        self.setWindowTitle(APP_DISPLAY_NAME)

        # Reminders: run_window starts the ticker after the first paint (tests start their own).
        self.reminder_ticker = window_reminders(services, events, self)
        self.today_page = TodayPage(services, events, reminders=self.reminder_ticker)
        self._diary_page: DiaryPage | None = None
        self._family_page: FamilyPage | None = None
        self._settings_page: SettingsPage | None = None
        #: The care-record pages (Medicines, Appointments, Teeth, When to seek care) once built.
        self._care_pages: dict[int, CarePage] = {}

        # Each page sits in a scroll area, so the window still fits a small screen (or a
        # large system font) by scrolling the page rather than growing past the screen.
        self.pages = QStackedWidget()
        for index in range(self.TODAY, self.SETTINGS + 1):
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields
            # The Today page at once; a stand-in for the others until first needed.
            frame.setWidget(self.today_page if index == self.TODAY else QWidget())
            self.pages.addWidget(frame)
        self.pages.currentChanged.connect(self._page_shown)

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFont(scaled_font(self.nav, 1.2))
        self.nav.setSpacing(2)
        names = (
            self.tr("Today"),
            self.tr("Diary"),
            self.tr("Medicines"),
            self.tr("Appointments"),
            self.tr("Teeth"),
            self.tr("When to seek care"),
            self.tr("Family & care team"),
            self.tr("Settings"),
        )
        for number, name in enumerate(names, start=1):
            item = QListWidgetItem(name)
            item.setSizeHint(QSize(0, NAV_ITEM_HEIGHT))
            item.setToolTip(
                self.tr("{section} (Ctrl+{number})").format(section=name, number=number)
            )
            self.nav.addItem(item)
        self.nav.setFixedWidth(
            max(self.nav.fontMetrics().horizontalAdvance(name) for name in names) + 48
        )
        self.nav.currentRowChanged.connect(self._nav_row_changed)
        for index in range(len(names)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda index=index: self.show_page(index))
        #: The Export dialog opened with Ctrl+P or Ctrl+E, while it is open.
        self.export_dialog: ExportDialog | None = None
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.export_visit_summary)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self.export_emergency_sheet)
        #: The guide (F1) and About, while they are open.
        self.help_dialog: QDialog | None = None
        self.about_dialog: QDialog | None = None
        self._build_help_menu()

        self.child_label = QLabel(self.tr("&Child:"))
        self.child_label.setFont(scaled_font(self.child_label, 1.15))
        self.child_combo = QComboBox()
        self.child_combo.setAccessibleName(self.tr("Child"))
        self.child_combo.setMinimumHeight(BUTTON_MIN_HEIGHT)
        self.child_combo.setMinimumWidth(220)
        self.child_combo.setFont(scaled_font(self.child_combo, 1.15))
        self.child_combo.currentIndexChanged.connect(self._child_combo_changed)
        self.child_label.setBuddy(self.child_combo)
        self.child_name = plain_label("")
        self.child_name.setFont(scaled_font(self.child_name, 1.15, bold=True))
        top = QHBoxLayout()
        top.addWidget(self.child_label)
        top.addWidget(self.child_combo)
        top.addWidget(self.child_name, 1)
        top.addStretch(0)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(top)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        self.status = plain_label("")
        self.status.setWordWrap(False)
        self.statusBar().addWidget(self.status, 1)
        # run_window starts it once the window shows (tests build windows without it).
        self.backup_timer = BackupTimer(services, parent=self)
        self.backup_timer.problem.connect(self.statusBar().showMessage)
        self.backup_timer.made.connect(self._backup_made)

        self.setTabOrder(self.child_combo, self.nav)
        self.setTabOrder(self.nav, self.today_page)

        events.family_changed.connect(self._reload_children)
        events.settings_changed.connect(self._update_status)
        # Red flags are checked after every save, and each new one is shown at once.
        self.red_flag_watcher = RedFlagWatcher(services, events, self)
        self.red_flag_watcher.alerts_changed.connect(self._alerts_changed)
        self.red_flag_watcher.notice.connect(self.statusBar().showMessage)
        self._restore_geometry()
        self._reload_children(self._services.settings.get_raw(CHILD_KEY) or None)
        self._update_status()
        self.nav.setCurrentRow(self.TODAY)

    # Pages -------------------------------------------------------------------------------

    @property
    def diary_page(self) -> DiaryPage:
        if self._diary_page is None:
            from caregiver_app.ui.pages.diary_page import DiaryPage

            self._diary_page = DiaryPage(self._services, self._events)
            self._install_page(self.DIARY, self._diary_page)
        return self._diary_page

    @property
    def family_page(self) -> FamilyPage:
        if self._family_page is None:
            from caregiver_app.ui.pages.family_page import FamilyPage

            self._family_page = FamilyPage(self._services, self._events)
            self._family_page.set_child(self._child_id)
            self._family_page.child_chosen.connect(self.set_current_child)
            self._install_page(self.FAMILY, self._family_page)
        return self._family_page

    @property
    def settings_page(self) -> SettingsPage:
        if self._settings_page is None:
            from caregiver_app.ui.pages.settings_page import SettingsPage

            self._settings_page = SettingsPage(self._services, self._events)
            self._install_page(self.SETTINGS, self._settings_page)
        return self._settings_page

    @property
    def medicines_page(self) -> MedicinesPage:
        from caregiver_app.ui.pages.medicines_page import MedicinesPage

        return self._care_page(self.MEDICINES, MedicinesPage)

    @property
    def appointments_page(self) -> AppointmentsPage:
        from caregiver_app.ui.pages.appointments_page import AppointmentsPage

        return self._care_page(self.APPOINTMENTS, AppointmentsPage)

    @property
    def teeth_page(self) -> TeethPage:
        from caregiver_app.ui.pages.teeth_page import TeethPage

        return self._care_page(self.TEETH, TeethPage)

    @property
    def guidance_page(self) -> GuidancePage:
        from caregiver_app.ui.pages.guidance_page import GuidancePage

        return self._care_page(self.GUIDANCE, GuidancePage)

    def _alerts_changed(self, child_id: str) -> None:
        page = self._care_pages.get(self.GUIDANCE)
        if page is not None:
            cast("GuidancePage", page).refresh_history(child_id)

    def _care_page(self, index: int, page_class: Callable[[AppServices, DataEvents], P]) -> P:
        """The care-record page of a section, built (and given the child) on first use."""
        page = self._care_pages.get(index)
        if page is None:
            page = page_class(self._services, self._events)
            page.set_child(self._child_id)
            self._care_pages[index] = page
            self._install_page(index, page)
        return cast(P, page)

    def _install_page(self, index: int, page: QWidget) -> None:
        """Puts a newly built page in place of its stand-in (which is deleted)."""
        frame = self.pages.widget(index)
        assert isinstance(frame, QScrollArea)
        frame.setWidget(page)

    def page_widget(self, index: int) -> QWidget:
        """What a section shows now: its page, or the stand-in of a page not built yet."""
        frame = self.pages.widget(index)
        assert isinstance(frame, QScrollArea)
        page = frame.widget()
        assert page is not None
        return page

    def page_at(self, index: int) -> QWidget:
        """The page of a section, built if it was not yet."""
        builders = {
            self.DIARY: lambda: self.diary_page,
            self.MEDICINES: lambda: self.medicines_page,
            self.APPOINTMENTS: lambda: self.appointments_page,
            self.TEETH: lambda: self.teeth_page,
            self.GUIDANCE: lambda: self.guidance_page,
            self.FAMILY: lambda: self.family_page,
            self.SETTINGS: lambda: self.settings_page,
        }
        return builders[index]() if index in builders else self.today_page

    def _nav_row_changed(self, index: int) -> None:
        if index >= 0:
            self.page_at(index)
        self.pages.setCurrentIndex(index)

    def show_page(self, index: int) -> None:
        """Shows a section and puts the keyboard focus on its first field."""
        self.nav.setCurrentRow(index)
        page = self.page_at(index)
        if isinstance(page, TodayPage):
            page.focus_first_field()
        elif page is not None:
            first = self._first_focusable(page)
            if first is not None:
                first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @staticmethod
    def _first_focusable(page: QWidget) -> QWidget | None:
        candidate = page.nextInFocusChain()
        while candidate is not None and candidate is not page and page.isAncestorOf(candidate):
            if (
                candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.isVisible()
                and candidate.isEnabled()
            ):
                return candidate
            candidate = candidate.nextInFocusChain()
        return None

    def current_page(self) -> QWidget:
        return self.page_widget(self.pages.currentIndex())

    def _page_shown(self, index: int) -> None:
        # Only the diary waits until it is shown: it is the one page that can hold years
        # of entries, and the first paint must not wait for them.
        if index == self.DIARY:
            self._give_diary_its_child()

    def _give_diary_its_child(self) -> None:
        if self._diary_child != (self._child_id,):
            self._diary_child = (self._child_id,)
            self.diary_page.set_child(self._child_id)

    # Children ----------------------------------------------------------------------------

    def current_child_id(self) -> str | None:
        return self._child_id

    def set_current_child(self, child_id: str | None) -> None:
        if child_id is not None and child_id not in [c.id for c in self._children]:
            child_id = self._children[0].id if self._children else None
        self._child_id = child_id
        index = self.child_combo.findData(child_id) if child_id else -1
        if self.child_combo.currentIndex() != index:
            self.child_combo.blockSignals(True)
            self.child_combo.setCurrentIndex(index)
            self.child_combo.blockSignals(False)
        self._show_child_name()
        # Today and Family read little (today's entries, the care team): they follow at once.
        self.today_page.set_child(child_id)
        if self._family_page is not None:
            self._family_page.set_child(child_id)
        for page in self._care_pages.values():
            page.set_child(child_id)
        if self._diary_page is not None and self.current_page() is self._diary_page:
            self._give_diary_its_child()

    def _child_combo_changed(self, index: int) -> None:
        child_id = self.child_combo.itemData(index)
        if child_id:
            self.set_current_child(str(child_id))

    def _reload_children(self, wanted: str | None = None) -> None:
        wanted = wanted or self._child_id
        self._children = self._services.family.children()
        today = self._services.diary.today()
        self.child_combo.blockSignals(True)
        self.child_combo.clear()
        for child in self._children:
            self.child_combo.addItem(
                self.tr("{name} ({age})").format(name=child.name, age=age_text(child, today)),
                child.id,
            )
        self.child_combo.blockSignals(False)
        several = len(self._children) > 1
        self.child_combo.setVisible(several)
        self.child_label.setVisible(several)
        # The pages already know the child's new name; make them refresh if it changed.
        self.set_current_child(wanted or (self._children[0].id if self._children else None))

    def _show_child_name(self) -> None:
        child = next((c for c in self._children if c.id == self._child_id), None)
        if child is None:
            self.child_name.setText(self.tr("No child added yet"))
        elif len(self._children) == 1:
            self.child_name.setText(
                self.tr("{name} ({age})").format(
                    name=child.name, age=age_text(child, self._services.diary.today())
                )
            )
        else:
            self.child_name.setText("")

    def _update_status(self) -> None:
        caregiver = self._services.settings.caregiver_name()
        who = (
            self.tr("Logging as {name}").format(name=caregiver)
            if caregiver
            else self.tr("Add your name in Settings so entries show who wrote them")
        )
        self.status.setText(
            self.tr("{who}  ·  Times in {zone}  ·  Saved on this computer only").format(
                who=who, zone=self._services.settings.time_zone()
            )
        )

    # Reports -----------------------------------------------------------------------------

    def export_visit_summary(self) -> None:
        """Ctrl+P: the Export dialog for a visit summary of the current child."""
        self._export(emergency_sheet=False)

    def export_emergency_sheet(self) -> None:
        """Ctrl+E: the Export dialog for the current child's emergency information sheet."""
        self._export(emergency_sheet=True)

    def _export(self, *, emergency_sheet: bool) -> None:
        if self._child_id is None or self.export_dialog is not None:
            return
        from caregiver_app.ui.dialogs.export_dialog import open_export_dialog

        dialog = open_export_dialog(
            self._services, self, self._child_id, emergency_sheet=emergency_sheet
        )
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog

    def _export_closed(self, _result: int = 0) -> None:
        self.export_dialog = None

    # Help --------------------------------------------------------------------------------

    def _build_help_menu(self) -> None:
        """Help in the menu bar: the guide (F1), privacy and About. Their modules load when
        first opened, never at start-up."""
        menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = menu.addAction(self.tr("&Guide"))
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        guide.triggered.connect(lambda: self.show_help())
        menu.addAction(self.tr("&Privacy")).triggered.connect(lambda: self.show_help(privacy=True))
        menu.addSeparator()
        about = menu.addAction(self.tr("&About {app}").format(app=APP_DISPLAY_NAME))
        about.triggered.connect(self.show_about)

    def show_help(self, *, privacy: bool = False) -> QDialog:
        """Opens the guide (at Privacy if asked), beside the window: not modal, so the family
        can follow it while they try. An open guide comes to the front instead."""
        from caregiver_app.ui.dialogs.help_dialog import HelpDialog, HelpTopic

        dialog = self.help_dialog
        if isinstance(dialog, HelpDialog):
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog = HelpDialog(self._services, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._help_closed)
            self.help_dialog = dialog
            dialog.show()
        if privacy:
            dialog.show_topic(HelpTopic.PRIVACY)
        return dialog

    def _help_closed(self) -> None:
        self.help_dialog = None

    def show_about(self) -> QDialog:
        from caregiver_app.ui.dialogs.about_dialog import AboutDialog

        if self.about_dialog is None:
            dialog = AboutDialog(self._services, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._about_closed)
            self.about_dialog = dialog
            dialog.open()
        return self.about_dialog

    def _about_closed(self, _result: int = 0) -> None:
        self.about_dialog = None

    # Welcome -----------------------------------------------------------------------------

    def needs_welcome(self) -> bool:
        return not self._children and not self._services.settings.welcome_done()

    def show_welcome(self) -> WelcomeDialog:
        from caregiver_app.ui.dialogs.welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self._services, self._events, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._welcome_closed)
        self.welcome = dialog
        dialog.open()
        return dialog

    def _welcome_closed(self) -> None:
        self.welcome = None

    # A diary in a sync folder ------------------------------------------------------------

    def show_sync_warning(self, place: SyncPlace) -> SyncWarningDialog:
        """The one-time warning; "Move" moves the data, and the welcome follows when due."""
        from caregiver_app.ui.dialogs.sync_warning_dialog import SyncWarningDialog

        dialog = SyncWarningDialog(self._services, place, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._sync_warning_answered(place, result))
        self.sync_warning = dialog
        dialog.open()
        return dialog

    def _sync_warning_answered(self, place: SyncPlace, result: int) -> None:
        self.sync_warning = None
        if result == QDialog.DialogCode.Accepted and place.destination is not None:
            self.move_data_to(place.destination)
        elif self.needs_welcome():
            self.show_welcome()

    def _backup_made(self, _info: object) -> None:
        self.statusBar().clearMessage()
        if self._settings_page is not None:
            self._settings_page.refresh_backups()

    def move_data_to(self, destination: Path) -> Path | None:
        """Moves the diary (see ``services.relocation``), says what happened, and asks the app
        to reopen; returns the new folder, or ``None`` when the diary stayed where it was."""
        from caregiver_app.services.relocation import RelocationFailed, move_data

        if not self.save_state():  # the draft and the window's place travel with the diary
            QMessageBox.warning(
                self,
                APP_DISPLAY_NAME,
                self.tr(
                    "Your diary was not moved: the entry you are typing could not be stored "
                    "first. Try again in a moment."
                ),
            )
            return None
        self.backup_timer.stop()  # no backup through services that are being closed
        try:
            new_folder = move_data(self._services, destination)
        except RelocationFailed as failed:
            QMessageBox.warning(self, APP_DISPLAY_NAME, failed.render(translate))
            if not failed.services_closed:
                self.backup_timer.start()
            if failed.services_closed:
                self._services_closed = True
                self.red_flag_watcher.stop()
                self.reminder_ticker.stop()
                self.reopen_requested.emit(str(self._services.data_dir))
            return None
        self._services_closed = True
        self.red_flag_watcher.stop()
        self.reminder_ticker.stop()
        QMessageBox.information(
            self,
            APP_DISPLAY_NAME,
            self.tr(
                "Your diary is now kept on this computer only, in {folder}. The old file was "
                "kept in its old folder under another name.\n\nThe app opens again now."
            ).format(folder=new_folder),
        )
        self.reopen_requested.emit(str(new_folder))
        return new_folder

    # Remembering -------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        stored = self._services.settings.get_raw(GEOMETRY_KEY)
        if stored and self.restoreGeometry(QByteArray.fromBase64(stored.encode("ascii"))):
            return
        self.resize(1180, 760)

    def save_state(self) -> bool:
        """Keeps the quick-entry draft, and remembers the window's place and the child.
        False when the draft could not be stored (the diary is busy or failing): then the
        rest is not tried either, so closing does not wait for the diary again."""
        if not self.today_page.flush_draft():
            return False
        settings = self._services.settings
        try:
            settings.set_raw(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())
            settings.set_raw(CHILD_KEY, self._child_id or "")
        except (UserError, sqlite3.Error):
            pass  # only the window's place and the last child: not worth a word
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._services_closed and not self.save_state() and not self._close_anyway():
            event.ignore()
            return
        self.red_flag_watcher.stop()  # the services close with the window
        self.reminder_ticker.stop()
        super().closeEvent(event)

    def _close_anyway(self) -> bool:
        """The draft could not be stored: asks whether to close all the same."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_DISPLAY_NAME,
            self.tr(
                "What you are typing on the Today page could not be stored: the diary is busy "
                "or cannot be written right now. If you close now, it is lost.\n\nStay, wait a "
                "moment, then save the entry or close again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Close anyway"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Stay"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes.value
