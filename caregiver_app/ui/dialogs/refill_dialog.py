"""Record a refill of one medicine (how many doses came in, which day, notes), with the
medicine's refill log below.

The stock on hand is counted from the last stock count, plus refills, minus doses given;
saving goes through ``services.medicines.add_refill``, which validates everything."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from caregiver_app.core.medicines import Medicine, Refill
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.saving_dialog import SavingDialog
from caregiver_app.ui.labels import day_text
from caregiver_app.ui.medicine_labels import MedicineWords
from caregiver_app.ui.widgets.basics import plain_label, section_label
from caregiver_app.ui.widgets.date_field import DateField

#: Refills shown in the log (newest first); a medicine refilled monthly for ten years has 120.
REFILL_LOG_LIMIT = 200


class RefillDialog(SavingDialog):
    def __init__(
        self, services: AppServices, medicine: Medicine, parent: QWidget | None = None
    ) -> None:
        self._services = services
        self._medicine = medicine
        #: The refill as saved, once Save succeeded.
        self.saved: Refill | None = None
        super().__init__(
            self.tr("Refill {name}").format(name=medicine.name),
            self.tr("Save this refill"),
            parent,
            width_em=34,
        )
        words = MedicineWords()
        medicines = services.medicines
        left = medicines.stock_on_hand(medicine.id)
        self.set_headline(words.medicine_line(medicine))
        self.stock_label = plain_label(
            self.tr("Doses at home now: {stock}").format(
                stock=words.stock(left, medicine.low_stock_level)
            )
        )
        self.form.addRow(self.stock_label)

        self.quantity_edit = QLineEdit()
        self.quantity_edit.setPlaceholderText(self.tr("How many doses came in, e.g. 30"))
        self.form.add("quantity", self.tr("&How many"), self.quantity_edit, self.tr("How many"))
        self.day_field = DateField(self.tr("Day of the refill"))
        self.day_field.set_latest(medicines.today())
        self.day_field.set_date(medicines.today())
        self.form.add("day", self.tr("&Day"), self.day_field, self.tr("Day of the refill"))
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("e.g. pharmacy, batch (optional)"))
        self.form.add("notes", self.tr("N&otes"), self.notes_edit, self.tr("Notes"))

        self.log = QListWidget()
        self.log.setAccessibleName(self.tr("Refills so far"))
        self.log.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.log.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        refills = medicines.refills(medicine.id)
        for refill in reversed(refills[-REFILL_LOG_LIMIT:]):
            line = self.tr("{day}: %n doses", "", refill.quantity).format(day=day_text(refill.day))
            if refill.meta.logged_by:
                line = self.tr("{refill}, by {name}").format(
                    refill=line, name=refill.meta.logged_by
                )
            if refill.notes:
                line = self.tr("{refill} ({notes})").format(refill=line, notes=refill.notes)
            self.log.addItem(QListWidgetItem(line))
        if not refills:
            empty = QListWidgetItem(self.tr("No refills recorded yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.log.addItem(empty)
        caption = section_label(self.tr("&Refills so far"), self.log)
        self.extra.addWidget(caption)
        self.extra.addWidget(self.log)
        hint = plain_label(
            self.tr("A refill adds to the doses at home; each dose marked given takes one away.")
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.extra.addWidget(hint)
        self.quantity_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        medicines = self._services.medicines
        saved = self.attempt(
            lambda: medicines.add_refill(
                self._medicine.id,
                quantity=self.quantity_edit.text(),
                day=self.day_field.value(),
                notes=self.notes_edit.text(),
            )
        )
        if saved is not None:
            self.saved = saved
            self.accept()
