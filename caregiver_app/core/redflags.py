"""Red flags: the rules that recognise, in a child's diary, the signs that need care today
(urgent) or now (emergency), and the episodes they raise.

The rules and their numbers are data in ``resources/guidance/red_flags.json``, each with its
source; this module checks them and applies them. A rule has one or more triggers:

``sign``
    one entry of a symptom at or above a severity (``severe`` headache, any ``fever``).
``repeat``
    at least ``count`` entries of a symptom within ``within_hours`` (vomiting twice in 24 h).
``together``
    an entry of one symptom and one of another within ``within_hours`` of each other, in
    either order (headache and vomiting within 48 h).
``after_extraction``
    an entry of a symptom on the day of a recorded tooth extraction or up to
    ``within_days`` days after it (a tooth problem within 30 days).

Every kind looks only at entries at or above its ``min_severity`` (mild, the default: any).

**Bounds are inclusive**: two vomiting entries exactly 24 h apart fire; 24 h and one minute
apart do not. A tooth problem 30 days after the extraction fires; 31 days after does not.

**An entry without a time of day** happened at some moment of its local day. The rules take
the moment that would fire (the diary's times have minute precision, so the day is 00:00 to
23:59): a red flag that might have happened is raised, never missed. Vomiting on Monday and
again on Tuesday, both without a time, fires "twice within 24 hours"; Monday and Wednesday do
not.

**Episodes.** Each entry that takes part in a firing of a rule's trigger *matches* the rule.
Matching entries sorted by time form stretches: an entry joins the stretch when it comes at
most ``join_within_hours`` after the latest entry already in it; a longer gap starts a new
stretch. One stretch is one episode, alerted once. A rule joins over at least as long as its
triggers' windows (the parser checks), so the entries of one firing never fall into two
episodes. Entries are sorted by (instant, id)
before anything else, so the episodes never depend on the order in which entries were typed
or imported.

The app never suggests a medicine or a dose; neither does anything here."""

from __future__ import annotations

import bisect
import heapq
import json
import string
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from caregiver_app.core.catalogue import Source
from caregiver_app.core.guidance import (
    CONTEXT,
    LEVEL_ORDER,
    GuidanceError,
    Level,
    SignGroup,
    as_list,
    as_object,
    int_field,
    parse_level,
    parse_sign_groups,
    parse_sources,
    source_field,
    symptoms_field,
    text_field,
    unique_ids,
)
from caregiver_app.core.messages import Translator, english
from caregiver_app.core.records import Severity, SymptomEntry
from caregiver_app.core.timeutil import start_of_local_day

SEVERITY_RANK: dict[Severity, int] = {Severity.MILD: 0, Severity.MODERATE: 1, Severity.SEVERE: 2}

#: The diary records times to the minute: an entry without a time lies within 00:00–23:59.
DIARY_PRECISION = timedelta(minutes=1)


class TriggerKind(StrEnum):
    SIGN = "sign"
    REPEAT = "repeat"
    TOGETHER = "together"
    AFTER_EXTRACTION = "after_extraction"


#: The placeholders each kind of trigger fills in its reason.
_REASON_ARGS: dict[TriggerKind, frozenset[str]] = {
    TriggerKind.SIGN: frozenset(),
    TriggerKind.REPEAT: frozenset({"count", "hours"}),
    TriggerKind.TOGETHER: frozenset({"hours"}),
    TriggerKind.AFTER_EXTRACTION: frozenset({"days"}),
}


@dataclass(frozen=True)
class Trigger:
    """One way a rule fires; see the module's doc for the kinds.

    ``reason`` is one plain sentence, "what was noticed; why it matters", with ``{count}``,
    ``{hours}`` or ``{days}`` filled from the trigger's own numbers. ``source`` names where
    the sign comes from; ``threshold_source`` where its numbers come from."""

    id: str
    kind: TriggerKind
    symptoms: tuple[str, ...]
    reason: str
    source: str
    with_symptoms: tuple[str, ...] = ()  # together: the other symptom(s)
    min_severity: Severity = Severity.MILD  # entries below it are not looked at
    count: int = 1  # repeat
    within_hours: int = 0  # repeat, together
    within_days: int = 0  # after_extraction
    threshold_source: str | None = None

    @property
    def within(self) -> timedelta:
        return timedelta(hours=self.within_hours)

    def reason_args(self) -> dict[str, int]:
        values = {"count": self.count, "hours": self.within_hours, "days": self.within_days}
        return {key: values[key] for key in _REASON_ARGS[self.kind]}

    def watched_symptoms(self) -> tuple[str, ...]:
        return self.symptoms + self.with_symptoms


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    level: Level
    group: str  # the SignGroup on the guidance page that explains it
    join_within_hours: int
    join_source: str
    action: str  # what to do, one or two plain sentences
    triggers: tuple[Trigger, ...]

    @property
    def join_within(self) -> timedelta:
        return timedelta(hours=self.join_within_hours)

    def watched_symptoms(self) -> frozenset[str]:
        return frozenset(code for trigger in self.triggers for code in trigger.watched_symptoms())

    def render_title(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.title)


@dataclass(frozen=True)
class RedFlags:
    """The content of ``red_flags.json``: the guidance page's signs and the diary's rules."""

    groups: tuple[SignGroup, ...]
    rules: tuple[Rule, ...]
    sources: Mapping[str, Source]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def group(self, group_id: str) -> SignGroup:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    @cached_property
    def watched_symptoms(self) -> frozenset[str]:
        """The symptom codes some rule looks at; entries of other symptoms never matter."""
        return frozenset(code for rule in self.rules for code in rule.watched_symptoms())

    def texts(self) -> list[str]:
        """Every text to translate, in file order (page first, then rules)."""
        texts: list[str] = []
        for group in self.groups:
            texts.append(group.title)
            for item in group.items:
                texts += [item.sign, item.action]
        for rule in self.rules:
            texts += [rule.title, rule.action]
            texts += [trigger.reason for trigger in rule.triggers]
        return texts


# Parsing -------------------------------------------------------------------------------------

_SEVERITIES = {level.value: level for level in Severity}


def _placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


def _parse_trigger(
    raw: object, rule_id: str, sources: Mapping[str, Source], symptom_codes: Container[str]
) -> Trigger:
    item = as_object(raw, f"rule {rule_id} trigger")
    where = f"rule {rule_id} trigger {item.get('id')!r}"
    try:
        kind = TriggerKind(str(item.get("kind")))
    except ValueError:
        raise GuidanceError(f"{where}: kind {item.get('kind')!r} is unknown") from None
    symptoms = symptoms_field(item, "symptoms", symptom_codes, where)
    if not symptoms:
        raise GuidanceError(f"{where}: watches no symptom")
    with_symptoms = symptoms_field(item, "with_symptoms", symptom_codes, where)
    if (kind is TriggerKind.TOGETHER) != bool(with_symptoms):
        raise GuidanceError(f"{where}: 'with_symptoms' is for (and required by) 'together'")
    if set(symptoms) & set(with_symptoms):
        raise GuidanceError(f"{where}: a symptom cannot go together with itself")
    severity_text = item.get("min_severity", "mild")
    if severity_text not in _SEVERITIES:
        raise GuidanceError(f"{where}: min_severity {severity_text!r} is not a severity")
    trigger = Trigger(
        id=text_field(item, "id", where),
        kind=kind,
        symptoms=symptoms,
        with_symptoms=with_symptoms,
        reason=text_field(item, "reason", where),
        source=source_field(item, "source", sources, where),
        min_severity=_SEVERITIES[str(severity_text)],
        count=int_field(item, "count", where, minimum=2) if kind is TriggerKind.REPEAT else 1,
        within_hours=(
            int_field(item, "within_hours", where, minimum=1)
            if kind in (TriggerKind.REPEAT, TriggerKind.TOGETHER)
            else 0
        ),
        within_days=(
            int_field(item, "within_days", where, minimum=0)
            if kind is TriggerKind.AFTER_EXTRACTION
            else 0
        ),
        threshold_source=(
            source_field(item, "threshold_source", sources, where)
            if kind is not TriggerKind.SIGN or "threshold_source" in item
            else None
        ),
    )
    unknown = _placeholders(trigger.reason) - _REASON_ARGS[kind]
    if unknown:
        raise GuidanceError(f"{where}: the reason names unknown placeholders {sorted(unknown)}")
    return trigger


def _parse_rule(
    raw: object,
    sources: Mapping[str, Source],
    symptom_codes: Container[str],
    group_ids: Collection[str],
) -> Rule:
    item = as_object(raw, "rule")
    rule_id = text_field(item, "id", "rule")
    group = item.get("group")
    if group not in group_ids:
        raise GuidanceError(f"rule {rule_id}: group {group!r} is not a group of signs")
    triggers = tuple(
        _parse_trigger(trigger, rule_id, sources, symptom_codes)
        for trigger in as_list(item.get("triggers"), f"rule {rule_id} triggers")
    )
    if not triggers:
        raise GuidanceError(f"rule {rule_id}: has no triggers")
    unique_ids(triggers, f"rule {rule_id} triggers")
    join_hours = int_field(item, "join_within_hours", rule_id, minimum=0)
    if any(trigger.within_hours > join_hours for trigger in triggers):
        # Otherwise the entries of one firing could fall into two episodes.
        raise GuidanceError(f"rule {rule_id}: joins over less time than a trigger's window")
    return Rule(
        id=rule_id,
        title=text_field(item, "title", rule_id),
        level=parse_level(item.get("level"), rule_id),
        group=str(group),
        join_within_hours=join_hours,
        join_source=source_field(item, "join_source", sources, rule_id),
        action=text_field(item, "action", rule_id),
        triggers=triggers,
    )


def parse_red_flags(data: object, symptom_codes: Container[str]) -> RedFlags:
    """Checks ``red_flags.json``'s content against the symptom catalogue's codes."""
    top = as_object(data, "red flags")
    sources = parse_sources(top, "red flags")
    groups = parse_sign_groups(top, sources, symptom_codes)
    group_ids = {group.id for group in groups}
    rules = tuple(
        _parse_rule(rule, sources, symptom_codes, group_ids)
        for rule in as_list(top.get("rules"), "rules")
    )
    unique_ids(rules, "rules")
    return RedFlags(groups, rules, sources)


def red_flags_path(resources: Path) -> Path:
    """Where the red-flags file sits under the app's ``resources/`` folder."""
    return resources / "guidance" / "red_flags.json"


def load_red_flags(path: Path, symptom_codes: Container[str]) -> RedFlags:
    return parse_red_flags(json.loads(path.read_text(encoding="utf-8")), symptom_codes)


# Episodes ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Episode:
    """One rule firing over one stretch of diary entries.

    ``entry_ids`` are the matching entries in time order (instant, then id); ``first_at`` and
    ``last_at`` are the first and last of their instants. ``triggers`` are the ids of the
    rule's triggers that fired within the stretch, in the rule's order; the first of them
    gives the ``reason`` (what was noticed and why it matters, one sentence). ``action`` is
    what to do; ``source`` names where the reason comes from."""

    rule: str
    title: str
    level: Level
    first_at: datetime
    last_at: datetime
    zone: str  # the IANA zone the first entry was logged in
    time_known: bool  # whether the first entry has a time of day
    entry_ids: tuple[str, ...]
    triggers: tuple[str, ...]
    reason: str
    reason_args: tuple[tuple[str, int], ...]
    action: str
    source: Source
    threshold_source: Source | None = None

    def first_local(self) -> datetime:
        """When the episode started, on the clock of the zone it was logged in (midnight of
        its day when ``time_known`` is false)."""
        return self.first_at.astimezone(ZoneInfo(self.zone))

    def render_reason(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.reason).format(**dict(self.reason_args))

    def render_action(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.action)

    def render_title(self, translate: Translator = english) -> str:
        return translate(CONTEXT, self.title)

    def shares_entries_with(self, other: Episode) -> bool:
        """The same rule over some of the same entries: the same episode, before and after a
        change that grew, merged, split or shortened it."""
        return self.rule == other.rule and not set(self.entry_ids).isdisjoint(other.entry_ids)


@dataclass(frozen=True, slots=True)
class _Moment:
    """An entry as the rules see it: the earliest instant it could have been (its stored
    ``occurred_at``) and the latest."""

    earliest: datetime
    latest: datetime
    id: str
    symptom: str
    severity: Severity
    local_date: date
    zone: str
    time_known: bool

    @classmethod
    def of(cls, entry: SymptomEntry) -> _Moment:
        latest = entry.occurred_at
        if not entry.time_known:
            next_day = start_of_local_day(
                entry.local_date + timedelta(days=1), ZoneInfo(entry.zone)
            )
            latest = max(entry.occurred_at, next_day - DIARY_PRECISION)
        return cls(
            entry.occurred_at,
            latest,
            entry.id,
            entry.symptom,
            entry.severity,
            entry.local_date,
            entry.zone,
            entry.time_known,
        )


def _repeat(trigger: Trigger, moments: Sequence[_Moment]) -> set[str]:
    """The entries of some set of ``count`` entries that could all lie within the window.

    Entries a and b can be within W of each other when their spans
    ``[earliest - W, latest]`` meet; a set of entries can when all their spans share a point.
    The most spans overlap at the start of some span, so a sweep over the starts that keeps
    the spans still open finds every such set."""
    window = trigger.within
    starts = sorted(moments, key=lambda m: (m.earliest - window, m.id))
    open_spans: list[tuple[datetime, str]] = []  # (latest, id), the soonest end first
    matched: set[str] = set()
    for moment in starts:
        point = moment.earliest - window
        heapq.heappush(open_spans, (moment.latest, moment.id))
        while open_spans[0][0] < point:
            heapq.heappop(open_spans)
        if len(open_spans) >= trigger.count:
            matched.update(entry_id for _latest, entry_id in open_spans)
    return matched


class _Nearby:
    """Answers "could some of these entries be within a window of this one?" in log time."""

    def __init__(self, moments: Iterable[_Moment], window: timedelta) -> None:
        ordered = sorted(moments, key=_key)
        self._window = window
        self._earliest = [m.earliest for m in ordered]
        self._latest_so_far: list[datetime] = []
        for moment in ordered:
            previous = self._latest_so_far[-1] if self._latest_so_far else moment.latest
            self._latest_so_far.append(max(previous, moment.latest))

    def near(self, moment: _Moment) -> bool:
        # Those starting no later than this entry's latest + W; one of them must end no
        # sooner than this entry's earliest - W.
        reach = bisect.bisect_right(self._earliest, moment.latest + self._window)
        return reach > 0 and self._latest_so_far[reach - 1] >= moment.earliest - self._window


def _together(trigger: Trigger, first: Sequence[_Moment], second: Sequence[_Moment]) -> set[str]:
    near_second, near_first = _Nearby(second, trigger.within), _Nearby(first, trigger.within)
    return {m.id for m in first if near_second.near(m)} | {
        m.id for m in second if near_first.near(m)
    }


def _after_extraction(
    trigger: Trigger, moments: Sequence[_Moment], extractions: Sequence[date]
) -> set[str]:
    matched: set[str] = set()
    for moment in moments:
        # The latest extraction on or before the entry's day is the one it could follow.
        index = bisect.bisect_right(extractions, moment.local_date)
        if index and (moment.local_date - extractions[index - 1]).days <= trigger.within_days:
            matched.add(moment.id)
    return matched


def _key(moment: _Moment) -> tuple[datetime, str]:
    return (moment.earliest, moment.id)


def _matches(
    trigger: Trigger, by_symptom: Mapping[str, Sequence[_Moment]], extractions: Sequence[date]
) -> set[str]:
    floor = SEVERITY_RANK[trigger.min_severity]

    def watched(codes: Iterable[str]) -> list[_Moment]:
        return [
            m
            for code in codes
            for m in by_symptom.get(code, ())
            if SEVERITY_RANK[m.severity] >= floor
        ]

    moments = watched(trigger.symptoms)
    if trigger.kind is TriggerKind.SIGN:
        return {m.id for m in moments}
    if trigger.kind is TriggerKind.REPEAT:
        return _repeat(trigger, moments)
    if trigger.kind is TriggerKind.TOGETHER:
        return _together(trigger, moments, watched(trigger.with_symptoms))
    return _after_extraction(trigger, moments, extractions)


def _episode(
    rule: Rule,
    stretch: Sequence[_Moment],
    fired: Mapping[str, set[str]],
    sources: Mapping[str, Source],
) -> Episode:
    ids = {m.id for m in stretch}
    triggers = [t for t in rule.triggers if not fired[t.id].isdisjoint(ids)]
    lead = triggers[0]
    return Episode(
        rule=rule.id,
        title=rule.title,
        level=rule.level,
        first_at=stretch[0].earliest,
        last_at=max(m.earliest for m in stretch),
        zone=stretch[0].zone,
        time_known=stretch[0].time_known,
        entry_ids=tuple(m.id for m in stretch),
        triggers=tuple(t.id for t in triggers),
        reason=lead.reason,
        reason_args=tuple(sorted(lead.reason_args().items())),
        action=rule.action,
        source=sources[lead.source],
        threshold_source=sources[lead.threshold_source] if lead.threshold_source else None,
    )


def find_episodes(
    red_flags: RedFlags,
    entries: Iterable[SymptomEntry],
    extraction_days: Iterable[date] = (),
) -> tuple[Episode, ...]:
    """Every episode in one child's diary, in time order (then emergency first, then rule).

    ``entries`` are the child's diary entries (deleted ones are skipped); ``extraction_days``
    the days of the child's recorded tooth extractions. Neither order matters."""
    by_symptom: dict[str, list[_Moment]] = {}
    watched_by_any = red_flags.watched_symptoms
    for entry in entries:
        if entry.symptom in watched_by_any and entry.meta.deleted_at is None:
            by_symptom.setdefault(entry.symptom, []).append(_Moment.of(entry))
    for moments in by_symptom.values():
        moments.sort(key=_key)
    extractions = sorted(set(extraction_days))
    episodes: list[Episode] = []
    for rule in red_flags.rules:
        watched = rule.watched_symptoms()
        if watched.isdisjoint(by_symptom):
            continue
        fired = {t.id: _matches(t, by_symptom, extractions) for t in rule.triggers}
        matching = set().union(*fired.values())
        candidates = (m for code in watched for m in by_symptom.get(code, ()) if m.id in matching)
        join_within = rule.join_within
        stretch: list[_Moment] = []
        reach = datetime.min.replace(tzinfo=UTC)  # the latest instant of the stretch so far
        for moment in sorted(candidates, key=_key):
            if stretch and moment.earliest - reach > join_within:
                episodes.append(_episode(rule, stretch, fired, red_flags.sources))
                stretch = []
            reach = max(reach, moment.latest) if stretch else moment.latest
            stretch.append(moment)
        if stretch:
            episodes.append(_episode(rule, stretch, fired, red_flags.sources))
    order = {rule.id: position for position, rule in enumerate(red_flags.rules)}
    episodes.sort(key=lambda e: (e.first_at, LEVEL_ORDER[e.level], order[e.rule], e.entry_ids))
    return tuple(episodes)


def completed_by_save(before: Iterable[Episode], after: Iterable[Episode]) -> tuple[Episode, ...]:
    """The episodes a save raised: in ``after`` (the episodes once the save is done), with no
    entry in common with an episode of the same rule in ``before``.

    An entry that only joins, extends or merges existing episodes raises nothing, nor does a
    deletion or an edit that shortens or splits one. Undoing a deletion can raise an episode
    again: the caller checks its stored alerts with :meth:`Episode.shares_entries_with` so
    that one episode alerts once."""
    known: dict[str, set[str]] = {}
    for episode in before:
        known.setdefault(episode.rule, set()).update(episode.entry_ids)
    return tuple(
        episode for episode in after if known.get(episode.rule, set()).isdisjoint(episode.entry_ids)
    )
