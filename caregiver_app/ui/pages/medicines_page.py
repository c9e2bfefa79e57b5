"""The Medicines page (being built)."""

from __future__ import annotations

from caregiver_app.ui.pages.care_page import CarePage


class MedicinesPage(CarePage):
    def refresh(self) -> None:
        pass
