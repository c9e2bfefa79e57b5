"""Export a visit summary or the emergency information sheet as a PDF: save it (then open it
in the system's PDF viewer) or print it through the system's print dialog.

The visit summary asks for the child, the visit's specialty, the period (since the last visit
with that specialty, the last three months, or dates of the family's own), the sections after
page one ("every diary entry" is off unless chosen) and the paper. The emergency sheet asks
only for the child and the paper.

**Responsive.** The data is read on the GUI thread, since the diary's SQLite connection
belongs to it: about 40 ms for the demo family, 0.25 to 0.4 s for ten years of diary (the
red-flag episodes are found over the whole diary), with a busy pointer. Rendering runs on a
worker thread (QThreadPool): the first report of a session takes about 0.2 s (reportlab and
the fonts load), later ones 0.05 s for the demo family, 0.9 s for twelve months of a ten-year
diary with every entry; printing also rasterises each page there. The worker gets plain values and
gives back bytes or file names through a queued signal; it never touches a widget or the
database.

**Printing without QtPdf.** PySide6-Essentials has no QtPdf module (no ``QPdfDocument``), so
Print... renders the PDF's pages to images with poppler's ``pdftoppm`` (already a system
dependency: the tests read PDFs back with poppler) at the printer's resolution, up to
:data:`PRINT_DPI`, and paints them onto the ``QPrinter`` with ``QPainter``, one image per
page, over the whole sheet (the report has its own margins). The system print dialog
(``QPrintDialog``) chooses the printer, copies and pages as usual. 300 dpi prints type and
rules sharply while a page stays a few megabytes. Without ``pdftoppm`` the dialog says to
save the PDF and print it from the viewer."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRunnable, QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.appointments import Appointment, Specialty
from caregiver_app.core.dental import add_months
from caregiver_app.core.messages import UserError, ValidationFailed
from caregiver_app.core.summary import (
    DEFAULT_PERIOD_MONTHS,
    DEFAULT_SECTIONS,
    PAPER_LABELS,
    SECTION_LABELS,
    EmergencySheet,
    Paper,
    Period,
    Section,
    VisitSummary,
)
from caregiver_app.i18n import translate
from caregiver_app.report_wording import app_wording, locale_territory
from caregiver_app.services.app import AppServices
from caregiver_app.storage.interchange import write_file_atomically
from caregiver_app.ui.care_labels import specialty_label
from caregiver_app.ui.dialogs.saving_dialog import save_cancel_row
from caregiver_app.ui.widgets.basics import big_button, plain_label
from caregiver_app.ui.widgets.date_field import DateField
from caregiver_app.ui.widgets.field_form import FieldForm

#: The highest resolution pages are rasterised at for printing.
PRINT_DPI = 300
#: The folder the family saved a report in last.
FOLDER_KEY = "report.folder"

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Runs ``work`` on a worker thread and reports back through queued signals."""

    def __init__(self, work: Callable[[], object], signals: _JobSignals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported in the dialog, calmly; the data is untouched
            self._signals.failed.emit(str(error) or type(error).__name__)
            return
        self._signals.done.emit(result)


def page_images(pdf: bytes, dpi: int, folder: Path) -> list[Path]:
    """The pages of ``pdf`` as PNG images at ``dpi``, in page order (poppler's pdftoppm)."""
    source = folder / "report.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pages = folder.glob("page-*.png")
    return sorted(pages, key=lambda path: int(path.stem.rsplit("-", 1)[1]))


def paint_pages(printer: QPrinter, images: list[Path]) -> int:
    """Paints each image on a page of its own, over the whole sheet, keeping its shape;
    returns the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("ExportDialog", "the printer could not be started"))
    try:
        for number, path in enumerate(images):
            if number and not printer.newPage():
                raise OSError(translate("ExportDialog", "the printer refused a new page"))
            image = QImage(str(path))
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(
                QRect(0, 0, round(image.width() * scale), round(image.height() * scale)), image
            )
    finally:
        painter.end()
    return len(images)


def naming_the_first_day(failed: ValidationFailed, words: str) -> ValidationFailed:
    """ "2026-10-01 is before from (2026-11-01)" said as "... is before the first day
    (2026-11-01)": the form has no field called "from"."""
    return ValidationFailed(
        dataclasses.replace(problem, args={**problem.args, "start_field": words})
        if "start_field" in problem.args
        else problem
        for problem in failed.problems
    )


def file_name(title: str, child_name: str, day: date) -> str:
    """ "Visit summary - Lucía - 2026-11-21.pdf", with nothing a file system refuses."""
    name = _UNSAFE_IN_FILE_NAMES.sub("-", f"{title} - {child_name} - {day.isoformat()}")
    return f"{' '.join(name.split())[:150]}.pdf"


class ExportDialog(QDialog):
    """The Export dialog. ``emergency_sheet`` makes it the emergency sheet's (child and
    paper only); ``appointment`` makes the summary the one for that visit (its specialty and
    questions)."""

    #: A PDF was written (its path).
    saved = Signal(str)
    #: A report went to the printer (the number of pages).
    printed = Signal(int)

    def __init__(
        self,
        services: AppServices,
        child_id: str | None = None,
        *,
        emergency_sheet: bool = False,
        specialty: Specialty | None = None,
        appointment: Appointment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._emergency = emergency_sheet
        self._appointment = appointment
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals: _JobSignals | None = None
        self._printer: QPrinter | None = None
        self.busy = False
        #: Closed: a job's late report (already on its way) is dropped.
        self._closed = False
        self.last_path: Path | None = None
        self.setWindowTitle(
            self.tr("Emergency information sheet") if emergency_sheet else self.tr("Visit summary")
        )

        self.form = FieldForm()
        self.child_combo = QComboBox()
        for child in services.family.children():
            self.child_combo.addItem(child.name, child.id)
        index = self.child_combo.findData(child_id) if child_id else 0
        self.child_combo.setCurrentIndex(max(index, 0))
        self.form.add("child", self.tr("C&hild"), self.child_combo, self.tr("Child"))
        if not emergency_sheet:
            self._build_visit_fields(specialty or (appointment.specialty if appointment else None))
        self.paper_combo = QComboBox()
        for paper in Paper:
            self.paper_combo.addItem(translate("Report", PAPER_LABELS[paper]), paper.value)
        chosen = services.reports.paper(locale_territory())
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(chosen.value))
        self.form.add("paper", self.tr("&Paper"), self.paper_combo, self.tr("Paper size"))

        self.note = plain_label("")
        self.status = plain_label("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = big_button(self.tr("&Save PDF…"), self.tr("Save the PDF and open it"))
        self.print_button = big_button(self.tr("P&rint…"), self.tr("Print it"))
        self.print_button.clicked.connect(self.print_report)
        self.close_button = big_button(self.tr("Close"), self.tr("Close this window"))
        buttons = save_cancel_row(
            self.save_button, self.save_pdf, self.close_button, self.reject, self.print_button
        )

        layout = QVBoxLayout(self)
        holder = QWidget()
        holder.setLayout(self.form)
        layout.addWidget(holder)
        if not emergency_sheet:
            layout.addWidget(self.sections_box)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

        self.child_combo.currentIndexChanged.connect(self._child_changed)
        self._child_changed()

    # Building ----------------------------------------------------------------------------

    def _build_visit_fields(self, specialty: Specialty | None) -> None:
        self.specialty_combo = QComboBox()
        self.specialty_combo.addItem(self.tr("None in particular"), "")
        for item in Specialty:
            self.specialty_combo.addItem(specialty_label(item), item.value)
        self._preset_specialty = specialty
        self.form.add(
            "specialty",
            self.tr("Visit &for"),
            self.specialty_combo,
            self.tr("The specialty the visit is for"),
        )

        self.since_visit = QRadioButton(self.tr("Since the &last visit of this specialty"))
        self.last_months = QRadioButton(self.tr("Last &3 months"))
        self.custom = QRadioButton(self.tr("C&ustom dates"))
        self.period_choice = QButtonGroup(self)
        period_box = QWidget()
        column = QVBoxLayout(period_box)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.since_visit, self.last_months, self.custom):
            button.setAccessibleName(button.text().replace("&", ""))
            self.period_choice.addButton(button)
            column.addWidget(button)
        self.period_text = plain_label("")
        column.addWidget(self.period_text)
        self.form.add("period", self.tr("Period"), period_box, self.tr("Period"))
        self.start_field = DateField(self.tr("First day of the period"))
        self.end_field = DateField(self.tr("Last day of the period"))
        self.form.add("from", self.tr("Fro&m"), self.start_field)
        self.form.add("to", self.tr("&To"), self.end_field)
        for field in (self.start_field, self.end_field):
            field.set_latest(self._services.diary.today())
            field.changed.connect(self._show_period)

        self.sections_box = QGroupBox(self.tr("After page one"))
        sections = QVBoxLayout(self.sections_box)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section in Section:
            check = QCheckBox(translate("Report", SECTION_LABELS[section]))
            check.setAccessibleName(check.text())
            check.setChecked(section in DEFAULT_SECTIONS)
            sections.addWidget(check)
            self.section_checks[section] = check

        self.specialty_combo.currentIndexChanged.connect(self._specialty_changed)
        self.period_choice.buttonToggled.connect(self._period_choice_changed)

    # State -------------------------------------------------------------------------------

    def child_id(self) -> str | None:
        value = self.child_combo.currentData()
        return str(value) if value else None

    def specialty(self) -> Specialty | None:
        value = self.specialty_combo.currentData()
        return Specialty(value) if value else None

    def paper(self) -> Paper:
        return Paper(self.paper_combo.currentData())

    def sections(self) -> frozenset[Section]:
        return frozenset(s for s, check in self.section_checks.items() if check.isChecked())

    def _child_changed(self) -> None:
        child_id = self.child_id()
        self.save_button.setEnabled(child_id is not None)
        self.print_button.setEnabled(child_id is not None)
        if self._emergency:
            self._show_emergency_note()
            return
        if self._appointment is not None and self._appointment.child_id != child_id:
            self._appointment = None
        specialty = self._preset_specialty
        if specialty is None and child_id is not None:
            upcoming = self._services.reports.next_visit(child_id)
            specialty = upcoming.specialty if upcoming is not None else None
        self._preset_specialty = None
        if specialty is not None:
            self.specialty_combo.setCurrentIndex(self.specialty_combo.findData(specialty.value))
        self._specialty_changed()

    def _last_visit(self) -> Appointment | None:
        child_id = self.child_id()
        if child_id is None:
            return None
        today = self._services.diary.today()
        return self._services.reports.last_visit(child_id, self.specialty(), today)

    def _specialty_changed(self) -> None:
        if self._appointment is not None and self._appointment.specialty is not self.specialty():
            self._appointment = None  # another visit now: the next one of that specialty
        visit = self._last_visit()
        self.since_visit.setEnabled(visit is not None)
        if visit is None:
            if self.since_visit.isChecked() or self.period_choice.checkedButton() is None:
                self.last_months.setChecked(True)
            self.since_visit.setToolTip(
                self.tr("No done appointment with this specialty is recorded yet.")
                if self.specialty() is not None
                else self.tr("Choose the specialty of the visit first.")
            )
        else:
            self.since_visit.setToolTip("")
            if self.period_choice.checkedButton() in (None, self.last_months):
                self.since_visit.setChecked(True)
        self._period_choice_changed()

    def _period_choice_changed(self, *_args: object) -> None:
        custom = self.custom.isChecked()
        self.start_field.setEnabled(custom)
        self.end_field.setEnabled(custom)
        if not custom:
            period = self._chosen_period()
            if period is not None:
                self.start_field.set_date(period.start)
                self.end_field.set_date(period.end)
        self._show_period()

    def _three_months(self) -> Period:
        today = self._services.diary.today()
        start = add_months(today, -DEFAULT_PERIOD_MONTHS) + timedelta(days=1)
        child_id = self.child_id()
        if child_id is not None:
            start = max(start, self._services.family.child(child_id).birth_date)
        return Period(start, today)

    def _chosen_period(self) -> Period | None:
        """The period a quick choice stands for (None for custom dates)."""
        if self.custom.isChecked() or self.child_id() is None:
            return None
        if self.last_months.isChecked():
            return self._three_months()
        child_id = self.child_id()
        assert child_id is not None
        return self._services.reports.period(child_id, specialty=self.specialty())

    def _show_period(self) -> None:
        wording = app_wording()
        start, end = self.start_field.value(), self.end_field.value()
        if isinstance(start, date) and isinstance(end, date) and start <= end:
            text = self.tr("{start} to {end} ({days} days)").format(
                start=wording.date(start), end=wording.date(end), days=(end - start).days + 1
            )
            visit = self._last_visit() if self.since_visit.isChecked() else None
            if visit is not None:
                text += "\n" + self.tr("From the last visit, on {day}.").format(
                    day=wording.date(visit.local_date)
                )
        else:
            text = self.tr("Type the first and the last day.")
        self.period_text.setText(text)

    def _show_emergency_note(self) -> None:
        child_id = self.child_id()
        if child_id is None:
            self.note.setText(self.tr("Add a child first."))
            return
        info = self._services.redflags.emergency_info(child_id)
        if info is None:
            self.note.setText(
                self.tr(
                    "The emergency information has not been filled in yet: the sheet shows the "
                    "app's suggestions and says it was never reviewed. Fill it in with the care "
                    "team (Family & care team, Emergency information…) before you print it."
                )
            )
        else:
            self.note.setText(
                self.tr("One page for emergency staff. Last reviewed on {day}.").format(
                    day=app_wording().date(info.reviewed_on)
                )
            )

    # Making the report -------------------------------------------------------------------

    def _visit_options(self) -> dict[str, object]:
        options: dict[str, object] = {
            "specialty": self.specialty(),
            "sections": self.sections(),
            "appointment_id": self._appointment.id if self._appointment else None,
        }
        if self.custom.isChecked():
            options.update(start=self.start_field.value(), end=self.end_field.value())
        elif self.last_months.isChecked():
            period = self._three_months()
            options.update(start=period.start, end=period.end)
        return options

    def _data(self) -> VisitSummary | EmergencySheet | None:
        """What the report prints, read now (on this thread: the diary's connection is
        this thread's); None, with the problem shown, when it cannot be made."""
        child_id = self.child_id()
        if child_id is None:
            return None
        reports = self._services.reports
        # Ten years of diary take about 0.4 s to read (the red-flag episodes are found over
        # the whole diary): the pointer says so meanwhile.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._emergency:
                return reports.emergency_sheet_data(child_id, wording=app_wording())
            data = reports.visit_summary_data(
                child_id,
                wording=app_wording(),
                **self._visit_options(),  # type: ignore[arg-type]
            )
        except ValidationFailed as failed:
            self.form.show_problems(naming_the_first_day(failed, self.tr("the first day")))
            self._say(self.tr("Not made: correct what is marked above."), problem=True)
            return None
        except (UserError, sqlite3.Error, KeyError) as error:
            self._failed(error)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.form.clear_problems()
        return data

    def _render(self, data: VisitSummary | EmergencySheet, paper: Paper) -> Callable[[], bytes]:
        """The rendering, to run on the worker: plain values in, bytes out."""
        reports = self._services.reports
        wording = app_wording()
        if isinstance(data, EmergencySheet):
            return lambda: reports.emergency_sheet_pdf(data, paper=paper, wording=wording)
        return lambda: reports.visit_summary_pdf(data, paper=paper, wording=wording)

    def _start(
        self,
        work: Callable[[], object],
        done: Callable[[object], None],
        message: str,
    ) -> None:
        self.busy = True
        self._set_buttons(False)
        self._say(message)
        signals = _JobSignals()
        signals.done.connect(done)
        signals.failed.connect(self._job_failed)
        self._signals = signals  # kept alive until the job reports
        self._pool.start(_Job(work, signals))

    def _finish(self) -> None:
        self.busy = False
        self._signals = None
        self._set_buttons(self.child_id() is not None)

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(enabled)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        font = self.status.font()
        font.setBold(problem)
        self.status.setFont(font)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            reason = error.render(translate)
        elif isinstance(error, KeyError):
            reason = self.tr("it was deleted meanwhile")
        else:
            reason = str(error)
        self._say(
            self.tr("Not made: {reason}. Nothing was changed.").format(reason=reason.rstrip(".")),
            problem=True,
        )

    def _job_failed(self, reason: str) -> None:
        if self._closed:
            return
        self._finish()
        self._say(
            self.tr("Not made: {reason}. Nothing was changed.").format(reason=reason.rstrip(".")),
            problem=True,
        )

    # Save --------------------------------------------------------------------------------

    def _suggested_path(self) -> str:
        stored = self._services.settings.get_raw(FOLDER_KEY)
        folder = Path(stored) if stored and Path(stored).is_dir() else None
        if folder is None:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        title = self.tr("Emergency information") if self._emergency else self.tr("Visit summary")
        name = self.child_combo.currentText()
        return str(folder / file_name(title, name, self._services.diary.today()))

    def save_pdf(self) -> None:
        if self.busy:
            return
        data = self._data()
        if data is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self._suggested_path(), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        paper = self.paper()
        self._start(
            self._render(data, paper),
            lambda pdf: self._write(path, pdf, paper),  # type: ignore[arg-type]
            self.tr("Making the PDF…"),
        )

    def _write(self, path: Path, pdf: bytes, paper: Paper) -> None:
        if self._closed:
            return  # closed before the PDF was made: nothing is written
        self._finish()
        try:
            write_file_atomically(path, pdf)
        except UserError as error:
            self._failed(error)
            return
        self.last_path = path
        try:
            self._services.reports.set_paper(paper)
            self._services.settings.set_raw(FOLDER_KEY, str(path.parent))
        except (UserError, sqlite3.Error):
            pass  # only remembered choices: the PDF itself is saved
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("Saved as {path} and opened in your PDF viewer.").format(path=path))
        else:
            self._say(
                self.tr("Saved as {path}. Open it from your files to read or print it.").format(
                    path=path
                )
            )
        self.saved.emit(str(path))

    # Print -------------------------------------------------------------------------------

    def print_report(self) -> None:
        if self.busy:
            return
        if shutil.which("pdftoppm") is None:
            self._say(
                self.tr(
                    "Printing from here needs poppler's pdftoppm, which is not installed. "
                    "Save the PDF instead and print it from your PDF viewer."
                ),
                problem=True,
            )
            return
        data = self._data()
        if data is None:
            return
        paper = self.paper()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(
            QPageSize(
                QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
            )
        )
        printer.setFullPage(True)  # the report has margins of its own
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        dialog.deleteLater()
        self._printer = printer
        dpi = min(printer.resolution(), PRINT_DPI)
        folder = Path(tempfile.mkdtemp(prefix="caregiver-print-"))
        render = self._render(data, paper)

        def pages() -> list[Path]:
            try:
                return page_images(render(), dpi, folder)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise

        self._start(
            pages,
            lambda images: self._paint(printer, images, folder),  # type: ignore[arg-type]
            self.tr("Preparing the pages for the printer…"),
        )

    def _paint(self, printer: QPrinter, images: list[Path], folder: Path) -> None:
        if self._closed:
            shutil.rmtree(folder, ignore_errors=True)
            return  # closed before the pages were ready: nothing is printed
        self._finish()
        try:
            pages = paint_pages(printer, images)
        except OSError as error:
            self._say(
                self.tr("Not printed: {reason}.").format(reason=str(error).rstrip(".")),
                problem=True,
            )
            return
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        self._say(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.printed.emit(pages)

    def done(self, result: int) -> None:
        # A report being made finishes first (a second or two at most); its result, still
        # on its way to this dialog, is then dropped.
        self._pool.waitForDone()
        self._closed = True
        super().done(result)


def open_export_dialog(
    services: AppServices, parent: QWidget, child_id: str | None, **options: object
) -> ExportDialog:
    """Shows the Export dialog (window-modal, deleted when closed) and returns it."""
    dialog = ExportDialog(services, child_id, parent=parent, **options)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
