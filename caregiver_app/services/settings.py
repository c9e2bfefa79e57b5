"""Family settings: who is logging, the family's time zone, the language."""

from __future__ import annotations

from caregiver_app.core.messages import ValidationFailed
from caregiver_app.core.timeutil import system_zone_name
from caregiver_app.core.validation import validate_caregiver_name, validate_zone
from caregiver_app.storage.settings_repo import SettingsRepository

LANGUAGES = ("", "en", "es", "ar")  # "" follows the system language


class SettingsService:
    CAREGIVER = "caregiver_name"
    TIME_ZONE = "time_zone"
    LANGUAGE = "language"
    WELCOME_DONE = "welcome_done"

    def __init__(self, repo: SettingsRepository) -> None:
        self._repo = repo

    def caregiver_name(self) -> str:
        return self._repo.get(self.CAREGIVER)

    def set_caregiver_name(self, name: str) -> None:
        self._repo.set(self.CAREGIVER, validate_caregiver_name(name))

    def time_zone(self) -> str:
        """The family's IANA zone; the system's until the family picks one."""
        return self._repo.get(self.TIME_ZONE) or system_zone_name()

    def set_time_zone(self, name: str) -> None:
        problems: list = []
        zone = validate_zone("time_zone", name, problems)
        if problems:
            raise ValidationFailed(problems)
        self._repo.set(self.TIME_ZONE, zone)

    def language(self) -> str:
        value = self._repo.get(self.LANGUAGE)
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(code)
        self._repo.set(self.LANGUAGE, code)

    def welcome_done(self) -> bool:
        return self._repo.get(self.WELCOME_DONE) == "1"

    def set_welcome_done(self) -> None:
        self._repo.set(self.WELCOME_DONE, "1")

    def get_raw(self, key: str, default: str = "") -> str:
        return self._repo.get(key, default)

    def set_raw(self, key: str, value: str) -> None:
        self._repo.set(key, value)
