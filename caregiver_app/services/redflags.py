"""Red flags' use cases: the episodes in a child's diary, raising each one once as an alert,
what the family did about it, the guidance texts, the local emergency number and each
child's emergency information.

**One episode, one alert.** :meth:`RedFlagsService.sync` finds the child's episodes, matches
each with the stored alerts (same rule, some entry in common: see
:meth:`~caregiver_app.core.redflag_alerts.RedFlagAlert.matches`), adds to a matched alert the
entries its episode gained, and stores an alert for every episode no alert matches. Because
an alert keeps every entry its episode ever held, deleting an entry and undoing it, editing
one or joining another never raises the same episode again.

**How an alert was raised** says whether the window shows it at once: a save in the window
(``save``) opens the alert dialog; an imported diary (``import``) and a catch-up
(``catch-up``) are listed in the history only, never one dialog per old episode.

A catch-up raises, silently, the episodes of entries that reached the diary without a save
in the window: a diary from before red flags existed, a restored backup, or new rules in a
new version of the app. The database remembers which rules it was last caught up with (a
fingerprint in the settings); until it matches the app's rules a ``save`` sync catches up
instead (a restore must not open a dialog for each old episode). The window catches up when
it opens, before the family can save anything."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Catalogue
from caregiver_app.core.clock import Clock
from caregiver_app.core.dental import DentalEventKind
from caregiver_app.core.emergency_info import EmergencyInfo, validate_emergency_info
from caregiver_app.core.guidance import EverydayCare, everyday_care_path, load_everyday_care
from caregiver_app.core.messages import Translator, english
from caregiver_app.core.redflag_alerts import (
    CONTEXT,
    DEFAULT_EMERGENCY_NUMBER,
    EMERGENCY_NUMBER_LABEL,
    HowRaised,
    RedFlagAlert,
    describe_alert,
    validate_acknowledgement,
    validate_emergency_number,
)
from caregiver_app.core.redflags import Episode, RedFlags, find_episodes, load_red_flags
from caregiver_app.core.redflags import red_flags_path as rules_path
from caregiver_app.paths import resources_dir
from caregiver_app.services.app import AppServices
from caregiver_app.services.family import FamilyService
from caregiver_app.services.settings import SettingsService
from caregiver_app.storage.database import Database
from caregiver_app.storage.dental_repo import DentalRepository
from caregiver_app.storage.emergency_info_repo import EmergencyInfoRepository
from caregiver_app.storage.redflags_repo import RedFlagsRepository

EMERGENCY_NUMBER_KEY = "emergency_number"
#: The fingerprint of the rules the diary's alerts were last caught up with.
CAUGHT_UP_KEY = "red_flags.caught_up_with"


def rules_fingerprint(red_flags: RedFlags) -> str:
    """Changes whenever a rule, trigger or threshold changes (not when a text of the guidance
    page does)."""
    return hashlib.sha256(repr(red_flags.rules).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class CallNumber:
    """A number the family may need to call, as the alert and the guidance page show it."""

    label: str  # "Emergency number" (translated by the caller) or the contact's role
    name: str  # the contact's name and place; "" for the emergency number
    phone: str
    emergency: bool = False


class RedFlagsService:
    def __init__(
        self,
        database: Database,
        repository: RedFlagsRepository,
        emergency_info: EmergencyInfoRepository,
        dental: DentalRepository,
        family: FamilyService,
        settings: SettingsService,
        catalogue: Catalogue,
        clock: Clock,
        red_flags: RedFlags | None = None,
    ) -> None:
        self._database = database
        self.repository = repository
        self._emergency_info = emergency_info
        self._dental = dental
        self._family = family
        self._settings = settings
        self._clock = clock
        self.red_flags = red_flags or load_red_flags(rules_path(resources_dir()), catalogue)
        self._fingerprint = rules_fingerprint(self.red_flags)

    @classmethod
    def for_app(cls, app: AppServices) -> RedFlagsService:
        return cls(
            app.database,
            RedFlagsRepository(app.database),
            EmergencyInfoRepository(app.database),
            DentalRepository(app.database),
            app.family,
            app.settings,
            app.catalogue,
            app.clock,
        )

    @cached_property
    def everyday_care(self) -> EverydayCare:
        return load_everyday_care(everyday_care_path(resources_dir()))

    def today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self._settings.time_zone())).date()

    # Episodes -----------------------------------------------------------------------------

    def _episodes(self, child_id: str) -> tuple[Episode, ...]:
        entries = self.repository.watched_entries(child_id, self.red_flags.watched_symptoms)
        extractions = [
            event.day
            for event in self._dental.events(child_id)
            if event.kind is DentalEventKind.EXTRACTION
        ]
        return find_episodes(self.red_flags, entries, extractions)

    def episodes(
        self, child_id: str, start: date | None = None, end: date | None = None
    ) -> tuple[Episode, ...]:
        """The child's episodes, in time order, that started or went on between ``start``
        and ``end`` (local days, inclusive; None: open). They are found over the whole
        diary, so an episode that began before ``start`` is whole."""
        child = self._family.child(child_id)
        found = self._episodes(child.id)

        def within(episode: Episode) -> bool:
            zone = ZoneInfo(episode.zone)
            first = episode.first_at.astimezone(zone).date()
            last = episode.last_at.astimezone(zone).date()
            return (start is None or last >= start) and (end is None or first <= end)

        return tuple(episode for episode in found if within(episode))

    # Alerts -------------------------------------------------------------------------------

    def needs_catch_up(self) -> bool:
        """True until the diary's alerts have been caught up with this app's rules."""
        return self._settings.get_raw(CAUGHT_UP_KEY) != self._fingerprint

    def catch_up(self) -> list[RedFlagAlert]:
        """Raises, without a dialog, every episode of every child that has no alert yet,
        and records that the diary is caught up with these rules."""
        raised: list[RedFlagAlert] = []
        with self._database.transaction():
            for child in self._family.children():
                raised += self._raise(child.id, HowRaised.CATCH_UP)
            self._settings.set_raw(CAUGHT_UP_KEY, self._fingerprint)
        return raised

    def sync(self, child_id: str, how: HowRaised | str) -> list[RedFlagAlert]:
        """Stores an alert for each of the child's episodes that has none, and returns those
        new alerts (raised as ``how``). A ``save`` in a diary not yet caught up with these
        rules catches up instead (see the module's doc)."""
        how = HowRaised(how)
        if how is HowRaised.SAVE and self.needs_catch_up():
            return [alert for alert in self.catch_up() if alert.child_id == child_id]
        new, grown = self._changes(child_id, self._episodes(child_id))
        if not new and not grown:
            return []  # the usual case: nothing to write, no write lock taken
        with self._database.transaction():  # read again under the lock: raised once
            return self._raise(child_id, how)

    def _changes(
        self, child_id: str, episodes: tuple[Episode, ...]
    ) -> tuple[list[Episode], list[tuple[str, list[str]]]]:
        """The episodes no alert matches, and the entries matched alerts do not hold yet."""
        stored = self.repository.entries_by_alert(child_id)
        by_entry: dict[tuple[str, str], list[str]] = {}
        for alert_id, (rule, entry_ids) in stored.items():
            for entry_id in entry_ids:
                by_entry.setdefault((rule, entry_id), []).append(alert_id)
        new: list[Episode] = []
        grown: list[tuple[str, list[str]]] = []
        for episode in episodes:
            matched = {
                alert_id
                for entry_id in episode.entry_ids
                for alert_id in by_entry.get((episode.rule, entry_id), ())
            }
            if not matched:
                new.append(episode)
            for alert_id in sorted(matched):
                held = stored[alert_id][1]
                missing = [e for e in episode.entry_ids if e not in held]
                if missing:
                    grown.append((alert_id, missing))
        return new, grown

    def _raise(self, child_id: str, how: HowRaised) -> list[RedFlagAlert]:
        return [self.repository.alert(alert_id) for alert_id in self._record(child_id, how)]

    def _record(self, child_id: str, how: HowRaised) -> list[str]:
        new, grown = self._changes(child_id, self._episodes(child_id))
        if not new and not grown:
            return []
        return self.repository.record(
            child_id,
            new,
            grown,
            how=how,
            now=self._clock.now(),
            logged_by=self._settings.caregiver_name(),
        )

    def raise_imported(self, child_id: str) -> int:
        """What an import calls inside its own transaction, once its rows are in: stores the
        child's new episodes as ``import`` alerts (listed, no dialog); returns how many."""
        with self._database.transaction():
            return len(self._record(child_id, HowRaised.IMPORT))

    def acknowledge(self, alert_id: str, action: object = None, note: object = "") -> RedFlagAlert:
        """Records that the family saw the alert, and what they did (a
        :class:`~caregiver_app.core.redflag_alerts.FamilyAction` value or none) with a note.
        May be called again to change them. Raises ValidationFailed, KeyError."""
        answer = validate_acknowledgement(action, note)
        self.repository.acknowledge(
            alert_id, answer, now=self._clock.now(), by=self._settings.caregiver_name()
        )
        return self.repository.alert(alert_id)

    def alert(self, alert_id: str) -> RedFlagAlert:
        return self.repository.alert(alert_id)

    def history(self, child_id: str, limit: int | None = None) -> list[RedFlagAlert]:
        """The child's alerts, the most recent episode first (at most ``limit``)."""
        return self.repository.alerts(child_id, newest_first=True, limit=limit)

    def alert_count(self, child_id: str) -> int:
        return self.repository.count(child_id)

    def unacknowledged(self, child_id: str) -> int:
        return self.repository.count_unacknowledged(child_id)

    def describe(self, alert: RedFlagAlert) -> Episode:
        """The alert's episode, to render its title, reason and what to do."""
        return describe_alert(alert, self.red_flags)

    # Numbers to call ----------------------------------------------------------------------

    def emergency_number(self) -> str:
        """The local emergency number (112 until the family sets another)."""
        stored = self._settings.get_raw(EMERGENCY_NUMBER_KEY)
        return stored or DEFAULT_EMERGENCY_NUMBER

    def set_emergency_number(self, value: object) -> str:
        """Digits only (ValidationFailed names the field ``emergency_number``)."""
        number = validate_emergency_number(value)
        self._settings.set_raw(EMERGENCY_NUMBER_KEY, number)
        return number

    def numbers_to_call(
        self, child_id: str | None, translate: Translator = english
    ) -> list[CallNumber]:
        """The emergency number first, then each care-team contact who has a phone number."""
        numbers = [
            CallNumber(
                translate(CONTEXT, EMERGENCY_NUMBER_LABEL), "", self.emergency_number(), True
            )
        ]
        if child_id is None:
            return numbers
        for contact in self._family.contacts(child_id):
            if contact.phone.strip():
                name = contact.name if not contact.place else f"{contact.name}, {contact.place}"
                numbers.append(CallNumber(contact.role, name, contact.phone.strip()))
        return numbers

    # Emergency information ----------------------------------------------------------------

    def emergency_info(self, child_id: str) -> EmergencyInfo | None:
        """The child's emergency information (allergies from their profile); None until it
        is first saved."""
        return self._emergency_info.get(child_id)

    def save_emergency_info(self, child_id: str, **fields: object) -> EmergencyInfo:
        """Validates and saves the form (keyword fields as
        :func:`~caregiver_app.core.emergency_info.validate_emergency_info`, without
        ``today`` and ``birth_date``). The allergies go to the child's profile, through the
        family service, in the same transaction. Raises ValidationFailed."""
        child = self._family.child(child_id)
        checked = validate_emergency_info(**fields, today=self.today(), birth_date=child.birth_date)
        with self._database.transaction():
            if checked.allergies != child.allergies:
                self._family.update_child(
                    child.id,
                    name=child.name,
                    birth_date=child.birth_date.isoformat(),
                    sex=child.sex.value if child.sex else "",
                    diagnosis=child.diagnosis,
                    allergies=checked.allergies,
                    notes=child.notes,
                )
            self._emergency_info.save(
                child.id,
                checked,
                now=self._clock.now(),
                logged_by=self._settings.caregiver_name(),
            )
        info = self._emergency_info.get(child.id)
        assert info is not None
        return info


def import_hook(app: AppServices) -> Callable[[str], object]:
    """What an import of a child's symptom diary calls once its rows are in (inside the same
    transaction): its episodes are raised as ``import`` alerts, listed without a dialog."""
    return app.redflags.raise_imported
