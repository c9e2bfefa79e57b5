"""The Appointments page (being built)."""

from __future__ import annotations

from caregiver_app.ui.pages.care_page import CarePage


class AppointmentsPage(CarePage):
    def refresh(self) -> None:
        pass
