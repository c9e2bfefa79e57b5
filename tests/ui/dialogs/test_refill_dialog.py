"""The refill dialog: a refill adds to the doses at home and joins the refill log; a bad
quantity is explained by its field and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caregiver_app.core.medicines import Medicine
from caregiver_app.core.records import Child
from caregiver_app.services.app import AppServices
from caregiver_app.ui.dialogs.refill_dialog import RefillDialog
from caregiver_app.ui.labels import day_text
from tests.ui.medicines_helpers import add_medicine
from tests.ui.test_accessibility import unnamed_focusable


@pytest.fixture
def calcitriol(services: AppServices, child: Child) -> Medicine:
    return add_medicine(services, child, stock="6", low_stock_level="10")


@pytest.fixture
def open_dialog(
    services: AppServices, calcitriol: Medicine, show: Callable[[QWidget], QWidget]
) -> Callable[[], RefillDialog]:
    def make() -> RefillDialog:
        dialog = RefillDialog(services, services.medicines.medicine(calcitriol.id))
        show(dialog)
        return dialog

    return make


def test_a_refill_adds_to_the_doses_at_home_and_to_the_log(
    qtbot, services, calcitriol, open_dialog
):
    dialog = open_dialog()
    assert dialog.stock_label.text() == "Doses at home now: 6 left (low)"
    assert dialog.log.item(0).text() == "No refills recorded yet."
    qtbot.keyClicks(dialog.quantity_edit, "30")
    qtbot.keyClicks(dialog.notes_edit, "hospital pharmacy")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    [refill] = services.medicines.refills(calcitriol.id)
    assert (refill.quantity, refill.day, refill.notes) == (
        30,
        date(2026, 11, 21),
        "hospital pharmacy",
    )
    assert dialog.saved == refill

    again = open_dialog()
    assert again.log.item(0).text() == (
        f"{day_text(date(2026, 11, 21))}: 30 doses, by Maria (hospital pharmacy)"
    )
    again.close()


def test_a_bad_quantity_is_explained_and_nothing_is_saved(qtbot, services, calcitriol, open_dialog):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.quantity_edit, "thirty")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.errors["quantity"].text() == "must be a whole number from 1 to 100000"
    assert services.medicines.refills(calcitriol.id) == []
    assert dialog.quantity_edit.text() == "thirty"
    assert unnamed_focusable(dialog) == []
    dialog.close()
