"""The red-flag alert: a sign that needs care now or today was just logged.

Window-modal, in big text: the level in words, what was noticed and why it matters in one
sentence, what to do, the emergency number and the care team's numbers. The family
acknowledges it and may note what they did. The dialog is opened (``open()``, never
``exec()``) after the save that raised it has completed, so it never blocks or undoes the
save; "Later" leaves the alert in the Red flags history as not acknowledged. The same
dialog acknowledges an alert from the history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caregiver_app.core.guidance import Level
from caregiver_app.core.redflag_alerts import FamilyAction, RedFlagAlert
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import attempt_save
from caregiver_app.ui.labels import severity_label, symptom_label_for
from caregiver_app.ui.redflag_labels import family_action_label, level_line, started_text
from caregiver_app.ui.widgets.basics import (
    big_button,
    plain_label,
    scaled_font,
    scroll_area,
    section_label,
)
from caregiver_app.ui.widgets.call_numbers import CallNumbers
from caregiver_app.ui.widgets.field_form import FieldForm, notes_edit

#: How many of the episode's entries the dialog lists (the first ones, oldest first).
ENTRIES_SHOWN = 5


class RedFlagAlertDialog(QDialog):
    #: The family acknowledged the alert (its id); it is stored.
    acknowledged = Signal(str)

    def __init__(
        self, services: AppServices, alert: RedFlagAlert, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.alert = alert
        episode = services.redflags.describe(alert)
        child = services.family.child(alert.child_id)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(
            self.tr("Red flag for {name}: {level}").format(
                name=child.name, level=level_line(alert.level)
            )
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)

        icon = QLabel()
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if alert.level is Level.EMERGENCY
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.level_label = plain_label(level_line(alert.level))
        self.level_label.setFont(scaled_font(self.level_label, 1.9, bold=True))
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.level_label, 1)

        self.title_label = plain_label(
            self.tr("{rule}, for {name}").format(
                rule=episode.render_title(translate), name=child.name
            )
        )
        self.title_label.setFont(scaled_font(self.title_label, 1.35, bold=True))
        self.reason_label = plain_label(episode.render_reason(translate))
        self.reason_label.setFont(scaled_font(self.reason_label, 1.25))
        self.action_label = plain_label(episode.render_action(translate))
        self.action_label.setFont(scaled_font(self.action_label, 1.25, bold=True))
        self.logged_label = plain_label(self._logged_text())
        self.source_label = plain_label(
            self.tr("Source: {source}").format(source=episode.source.citation)
            if episode.source.citation
            else ""
        )
        self.source_label.setFont(scaled_font(self.source_label, 0.9))

        self.numbers = CallNumbers(columns=1)
        self.numbers.set_numbers(services.redflags.numbers_to_call(alert.child_id, translate))

        content = QWidget()
        column = QVBoxLayout(content)
        column.addLayout(top)
        column.addWidget(self.title_label)
        column.addWidget(self.reason_label)
        column.addWidget(self.logged_label)
        column.addWidget(section_label(self.tr("What to do")))
        column.addWidget(self.action_label)
        column.addWidget(self.numbers)
        column.addWidget(self.source_label)
        column.addStretch(1)
        scroll = scroll_area(content, wrap=True)

        self._build_answer()
        self.acknowledge_button = big_button(
            self.tr("&Acknowledge"), self.tr("Acknowledge the alert and keep what you did")
        )
        self.acknowledge_button.setDefault(True)
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.later_button = big_button(
            self.tr("&Later"),
            self.tr("Close for now; the alert stays in the Red flags history, not acknowledged"),
        )
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(
            plain_label(
                self.tr("Saving the entry is done. This alert is kept in the Red flags history.")
            ),
            1,
        )
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.acknowledge_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        answer_holder = QWidget()
        answer_holder.setLayout(self.form)
        layout.addWidget(answer_holder)
        layout.addLayout(buttons)
        self.resize(self.minimumWidth(), 760)
        self.acknowledge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_answer(self) -> None:
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.action_group = QButtonGroup(self)
        self.action_buttons: dict[FamilyAction, QRadioButton] = {}
        for action in FamilyAction:
            button = QRadioButton(family_action_label(action))
            button.setAccessibleName(family_action_label(action))
            self.action_group.addButton(button)
            self.action_buttons[action] = button
            row.addWidget(button)
        self.note_edit = notes_edit(
            self.tr("Note"), self.tr("What happened, who you spoke to, what they said"), lines=2
        )
        self.form = FieldForm()
        self.form.add("action", self.tr("What did you do?"), holder, self.tr("What did you do?"))
        self.form.add("note", self.tr("N&ote"), self.note_edit, self.tr("Note"))
        if self.alert.action is not None:
            self.action_buttons[self.alert.action].setChecked(True)
        self.note_edit.setPlainText(self.alert.note)

    def _logged_text(self) -> str:
        """What was logged, oldest first: the entry just saved is here too."""
        entries = self._services.diary.fetch(sorted(self.alert.entry_ids))
        ordered = sorted(entries.values(), key=lambda entry: (entry.occurred_at, entry.id))
        today = self._services.diary.today()
        lines = []
        for entry in ordered[:ENTRIES_SHOWN]:
            what = self.tr("{symptom} ({severity})").format(
                symptom=symptom_label_for(self._services.catalogue, entry.symptom),
                severity=severity_label(entry.severity).lower(),
            )
            when = started_text(entry.local_time(), entry.time_known, today)
            line = self.tr("• {what}: {when}").format(what=what, when=when)
            if entry.meta.deleted_at is not None:
                line = self.tr("{line} (deleted since)").format(line=line)
            lines.append(line)
        if len(ordered) > ENTRIES_SHOWN:
            lines.append(self.tr("… and {count} more").format(count=len(ordered) - ENTRIES_SHOWN))
        if not lines:
            return self.tr("Started: {when}").format(
                when=started_text(self.alert.first_local(), self.alert.time_known, today)
            )
        return self.tr("What was logged:") + "\n" + "\n".join(lines)

    def chosen_action(self) -> FamilyAction | None:
        for action, button in self.action_buttons.items():
            if button.isChecked():
                return action
        return None

    def acknowledge(self) -> None:
        action = self.chosen_action()
        acknowledged = attempt_save(
            self.form,
            lambda: self._services.redflags.acknowledge(
                self.alert.id, action.value if action else None, self.note_edit.toPlainText()
            ),
            self.tr("Not saved: {reason}. Try Acknowledge again in a moment."),
        )
        if acknowledged is None:
            return
        self.acknowledged.emit(self.alert.id)
        self.accept()
