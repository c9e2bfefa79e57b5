"""The red-flag rules fire at their thresholds and not past them, group the entries of one
stretch into one episode, give the same episodes for any order of the same entries, and tell
which episode a save raised so the window alerts once."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.core.guidance import Level
from caregiver_app.core.records import RecordMeta, Severity, SymptomEntry
from caregiver_app.core.redflags import (
    Episode,
    completed_by_save,
    find_episodes,
    load_red_flags,
    parse_red_flags,
    red_flags_path,
)
from caregiver_app.core.timeutil import start_of_local_day
from caregiver_app.paths import resources_dir, symptom_catalogue_path

CATALOGUE = load_catalogue(symptom_catalogue_path())
RED_FLAGS = load_red_flags(red_flags_path(resources_dir()), CATALOGUE)
ZONE = "Europe/Madrid"
# Monday 2 November 2026, 08:00 in Madrid.
T0 = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
_ids = itertools.count()


def entry(
    symptom: str,
    at: datetime | date,
    severity: str = "mild",
    *,
    entry_id: str | None = None,
    deleted: bool = False,
) -> SymptomEntry:
    """A diary entry at an instant, or on a local day without a time when ``at`` is a date."""
    if isinstance(at, datetime):
        occurred, day, known = at, at.astimezone(ZoneInfo(ZONE)).date(), True
    else:
        occurred, day, known = start_of_local_day(at, ZoneInfo(ZONE)), at, False
    meta = RecordMeta(
        id=entry_id or f"e{next(_ids):05d}",
        created_at=T0,
        updated_at=T0,
        logged_by="",
        deleted_at=T0 if deleted else None,
    )
    return SymptomEntry(meta, "child", occurred, ZONE, day, known, symptom, Severity(severity), "")


def episodes(*entries: SymptomEntry, extractions: tuple[date, ...] = ()) -> tuple[Episode, ...]:
    return find_episodes(RED_FLAGS, entries, extractions)


def fired(*entries: SymptomEntry, extractions: tuple[date, ...] = ()) -> list[tuple[str, Level]]:
    return [(e.rule, e.level) for e in episodes(*entries, extractions=extractions)]


H = timedelta(hours=1)
M = timedelta(minutes=1)


# One entry is enough ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symptom", "severity", "rule", "level"),
    [
        ("vision_change", "mild", "eyes", Level.URGENT),
        ("nystagmus", "mild", "eyes", Level.URGENT),
        ("lethargy", "mild", "raised_pressure", Level.EMERGENCY),
        ("headache", "severe", "raised_pressure", Level.EMERGENCY),
        ("vomiting", "severe", "raised_pressure", Level.EMERGENCY),
        ("jaw_pain_swelling", "mild", "jaw_infection", Level.URGENT),
        ("fever", "mild", "fever_infection", Level.URGENT),
        ("breathing_difficulty", "mild", "breathing", Level.EMERGENCY),
        ("suspected_fracture", "mild", "fracture", Level.URGENT),
        ("seizure", "mild", "seizure", Level.EMERGENCY),
        ("twitching_cramps", "mild", "low_calcium", Level.URGENT),
        ("facial_weakness", "mild", "facial_nerve", Level.URGENT),
    ],
)
def test_one_entry_of_a_sign_raises_its_rule(symptom, severity, rule, level):
    one = entry(symptom, T0, severity)
    (episode,) = episodes(one)
    assert (episode.rule, episode.level) == (rule, level)
    assert episode.entry_ids == (one.id,)
    assert episode.first_at == episode.last_at == T0
    assert episode.render_reason().endswith(".")
    assert episode.render_action()
    assert episode.source.citation


@pytest.mark.parametrize(
    ("symptom", "severity"),
    [("headache", "moderate"), ("vomiting", "moderate"), ("tooth_problem", "severe")],
)
def test_below_the_threshold_one_entry_raises_nothing(symptom, severity):
    assert fired(entry(symptom, T0, severity)) == []


def test_symptoms_no_rule_watches_raise_nothing_even_when_severe():
    watched = {code for rule in RED_FLAGS.rules for code in rule.watched_symptoms()}
    others = [code for code in CATALOGUE.codes() if code not in watched]
    assert "hearing_change" in others
    assert fired(*(entry(code, T0 + i * H, "severe") for i, code in enumerate(others))) == []


def test_a_severe_headache_says_what_was_noticed_and_what_to_do():
    (episode,) = episodes(entry("headache", T0, "severe"))
    assert episode.triggers == ("severe_headache",)
    assert episode.render_reason() == (
        "A severe headache was logged; it can be a sign of raised pressure inside the head."
    )
    assert episode.render_action().startswith("Call the emergency number now")
    assert episode.render_title() == "Raised pressure in the head"
    assert "When to see a doctor immediately" in episode.source.citation


def test_the_reason_is_translated_before_its_numbers_are_filled_in():
    first, second = entry("vomiting", T0), entry("vomiting", T0 + 2 * H)
    (episode,) = episodes(first, second)
    spanish = {episode.reason: "Vómitos {count} veces en {hours} horas."}

    def translate(context: str, text: str) -> str:
        assert context == "Guidance"
        return spanish.get(text, text)

    assert episode.render_reason(translate) == "Vómitos 2 veces en 24 horas."
    assert episode.render_reason().startswith("Vomiting was logged 2 times within 24 hours;")
    assert episode.threshold_source is not None
    assert "not published clinical thresholds" in episode.threshold_source.citation


# Vomiting twice within 24 hours (inclusive) ---------------------------------------------


@pytest.mark.parametrize(
    ("gap", "fires"),
    [(23 * H + 59 * M, True), (24 * H, True), (24 * H + 1 * M, False), (10 * M, True)],
)
def test_vomiting_twice_within_24_hours(gap, fires):
    first, second = entry("vomiting", T0), entry("vomiting", T0 + gap)
    found = episodes(second, first)
    if fires:
        (episode,) = found
        assert (episode.rule, episode.level) == ("raised_pressure", Level.EMERGENCY)
        assert episode.entry_ids == (first.id, second.id)
        assert (episode.first_at, episode.last_at) == (T0, T0 + gap)
        assert episode.triggers == ("repeated_vomiting",)
    else:
        assert found == ()


def test_vomiting_of_any_severity_counts_towards_twice():
    assert fired(entry("vomiting", T0, "mild"), entry("vomiting", T0 + 5 * H, "moderate")) == [
        ("raised_pressure", Level.EMERGENCY)
    ]


# Headache and vomiting within 48 hours (inclusive), in either order -----------------------


@pytest.mark.parametrize(("first", "second"), [("headache", "vomiting"), ("vomiting", "headache")])
@pytest.mark.parametrize(
    ("gap", "fires"), [(47 * H, True), (48 * H, True), (48 * H + 1 * M, False), (0 * H, True)]
)
def test_headache_and_vomiting_within_48_hours(first, second, gap, fires):
    one, two = entry(first, T0), entry(second, T0 + gap)
    found = episodes(one, two)
    if fires:
        (episode,) = found
        assert episode.rule == "raised_pressure"
        assert episode.triggers == ("headache_with_vomiting",)
        assert episode.entry_ids == (one.id, two.id)
        assert "within 48 hours" in episode.render_reason()
    else:
        assert found == ()


def test_two_headaches_are_not_headache_and_vomiting():
    assert fired(entry("headache", T0), entry("headache", T0 + H)) == []


# A tooth problem after an extraction (0 to 30 days, inclusive) --------------------------


@pytest.mark.parametrize(
    ("days_after", "fires"),
    [(-1, False), (0, True), (1, True), (29, True), (30, True), (31, False)],
)
def test_a_tooth_problem_after_an_extraction(days_after, fires):
    extracted = date(2026, 10, 1)
    problem = entry("tooth_problem", extracted + timedelta(days=days_after))
    found = fired(problem, extractions=(extracted,))
    assert found == ([("jaw_infection", Level.URGENT)] if fires else [])


def test_a_tooth_problem_with_a_time_counts_its_local_day():
    extracted = date(2026, 10, 2)
    # 23:30 UTC on 1 November is already 2 November in Madrid: 31 days after.
    next_local_day = datetime(2026, 11, 1, 23, 30, tzinfo=UTC)
    same_local_day = datetime(2026, 11, 1, 22, 30, tzinfo=UTC)  # 23:30 on 1 November
    assert fired(entry("tooth_problem", next_local_day), extractions=(extracted,)) == []
    assert fired(entry("tooth_problem", same_local_day), extractions=(extracted,)) == [
        ("jaw_infection", Level.URGENT)
    ]


def test_the_nearest_earlier_extraction_counts_and_their_order_does_not():
    problem = entry("tooth_problem", date(2026, 11, 10))
    extractions = (date(2026, 11, 5), date(2025, 1, 1), date(2026, 12, 1))
    assert fired(problem, extractions=extractions) == [("jaw_infection", Level.URGENT)]
    assert fired(problem, extractions=(date(2025, 1, 1), date(2026, 12, 1))) == []


def test_jaw_pain_needs_no_extraction():
    assert fired(entry("jaw_pain_swelling", T0)) == [("jaw_infection", Level.URGENT)]


# Entries without a time of day ----------------------------------------------------------


def test_vomiting_on_two_following_days_without_times_could_be_within_24_hours():
    monday, tuesday, wednesday = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)
    assert fired(entry("vomiting", monday), entry("vomiting", tuesday)) == [
        ("raised_pressure", Level.EMERGENCY)
    ]
    assert fired(entry("vomiting", monday), entry("vomiting", wednesday)) == []


def test_an_entry_without_a_time_is_as_close_as_its_day_allows():
    monday = date(2026, 11, 2)  # could be as late as 23:59
    tuesday_8pm = datetime(2026, 11, 3, 19, 0, tzinfo=UTC)  # 20:00 in Madrid
    tuesday_2359 = datetime(2026, 11, 3, 22, 59, tzinfo=UTC)  # 24 h after Monday 23:59
    wednesday_0000 = datetime(2026, 11, 3, 23, 0, tzinfo=UTC)  # 24 h 1 min after
    for close in (tuesday_8pm, tuesday_2359):
        assert fired(entry("vomiting", monday), entry("vomiting", close)) == [
            ("raised_pressure", Level.EMERGENCY)
        ]
    assert fired(entry("vomiting", monday), entry("vomiting", wednesday_0000)) == []


def test_a_day_without_a_time_ends_at_its_own_2359_when_the_clocks_go_back():
    # 25 October 2026 lasts 25 hours in Madrid; it ends at 23:59 CET (22:59 UTC), not 23 h
    # 59 min after its midnight (21:59 UTC).
    long_day = date(2026, 10, 25)
    next_evening = datetime(2026, 10, 26, 22, 30, tzinfo=UTC)  # 23:30 on the 26th, Madrid
    assert fired(entry("vomiting", long_day), entry("vomiting", next_evening)) == [
        ("raised_pressure", Level.EMERGENCY)
    ]
    assert fired(entry("vomiting", long_day), entry("vomiting", next_evening + 30 * M)) == []


def test_an_episode_knows_the_zone_and_whether_its_start_had_a_time():
    (untimed,) = episodes(entry("seizure", date(2026, 11, 2)))
    assert (untimed.zone, untimed.time_known) == (ZONE, False)
    assert untimed.first_local() == datetime(2026, 11, 2, 0, 0, tzinfo=ZoneInfo(ZONE))
    (timed,) = episodes(entry("seizure", T0))
    assert timed.time_known
    assert timed.first_local().strftime("%Y-%m-%d %H:%M") == "2026-11-02 08:00"


# Episodes: one stretch, one episode ------------------------------------------------------


def test_entries_that_extend_a_stretch_join_its_episode():
    vomits = [entry("vomiting", T0 + n * 10 * H) for n in range(3)]
    headache = entry("headache", T0 + 50 * H, "severe")  # 30 h after the last vomit
    (episode,) = episodes(*vomits, headache)
    assert episode.entry_ids == (*(v.id for v in vomits), headache.id)
    assert episode.triggers == ("severe_headache", "repeated_vomiting", "headache_with_vomiting")
    assert episode.reason.startswith("A severe headache")  # the rule's first trigger leads
    assert (episode.first_at, episode.last_at) == (T0, T0 + 50 * H)


def test_a_sign_that_returns_after_the_join_window_is_a_new_episode():
    fevers = [entry("fever", T0), entry("fever", T0 + 48 * H), entry("fever", T0 + 96 * H + M)]
    first, second = episodes(*fevers)
    assert first.entry_ids == (fevers[0].id, fevers[1].id)
    assert second.entry_ids == (fevers[2].id,)


def test_a_second_seizure_a_day_later_is_a_new_emergency():
    seizures = [entry("seizure", T0), entry("seizure", T0 + 24 * H + M)]
    assert [e.entry_ids for e in episodes(*seizures)] == [(seizures[0].id,), (seizures[1].id,)]
    assert len(episodes(entry("seizure", T0), entry("seizure", T0 + 24 * H))) == 1


def test_an_entry_that_matches_nothing_does_not_join():
    vomits = [entry("vomiting", T0), entry("vomiting", T0 + H)]
    lone_vomit = entry("vomiting", T0 + 30 * H)  # 29 h after the last: not twice in 24 h
    (episode,) = episodes(*vomits, lone_vomit)
    assert episode.entry_ids == (vomits[0].id, vomits[1].id)


def test_different_rules_make_different_episodes_listed_in_time_order():
    fever = entry("fever", T0 + H)
    seizure = entry("seizure", T0 + H)
    eye = entry("vision_change", T0)
    assert [e.rule for e in episodes(fever, seizure, eye)] == ["eyes", "seizure", "fever_infection"]


def test_deleted_entries_raise_nothing():
    assert fired(entry("seizure", T0, deleted=True)) == []
    kept, gone = entry("vomiting", T0), entry("vomiting", T0 + H, deleted=True)
    assert fired(kept, gone) == []


def test_entries_at_the_same_instant_are_ordered_by_id():
    second, first = entry("vomiting", T0, entry_id="b"), entry("vomiting", T0, entry_id="a")
    (episode,) = episodes(second, first)
    assert episode.entry_ids == ("a", "b")


# Order does not matter -------------------------------------------------------------------

WATCHED = sorted({code for rule in RED_FLAGS.rules for code in rule.watched_symptoms()})
START_DAY = date(2026, 10, 20)


@st.composite
def diaries(
    draw: st.DrawFn, symptoms: tuple[str, ...] = (*WATCHED, "hearing_change"), days: int = 14
) -> tuple[list[SymptomEntry], list[date]]:
    count = draw(st.integers(min_value=0, max_value=25))
    entries = []
    for index in range(count):
        symptom = draw(st.sampled_from(symptoms))
        severity = draw(st.sampled_from(["mild", "moderate", "severe"]))
        minutes = draw(st.integers(min_value=0, max_value=days * 24 * 60))
        at: datetime | date = T0 + timedelta(minutes=minutes)
        if draw(st.booleans()) and draw(st.booleans()):  # a quarter without a time of day
            at = at.astimezone(ZoneInfo(ZONE)).date()
        entries.append(entry(symptom, at, severity, entry_id=f"id{index:02d}"))
    offsets = draw(st.lists(st.integers(min_value=0, max_value=20), max_size=3))
    return entries, [START_DAY + timedelta(days=d) for d in offsets]


@settings(max_examples=300, deadline=None)
@given(diary=diaries(), data=st.data())
def test_any_order_of_the_same_entries_gives_the_same_episodes(diary, data):
    entries, extractions = diary
    shuffled = data.draw(st.permutations(entries))
    shuffled_days = data.draw(st.permutations(extractions))
    assert find_episodes(RED_FLAGS, shuffled, shuffled_days) == find_episodes(
        RED_FLAGS, entries, extractions
    )


@settings(max_examples=300, deadline=None)
@given(diary=diaries(), data=st.data())
def test_an_added_entry_only_raises_episodes_it_is_part_of(diary, data):
    entries, extractions = diary
    if not entries:
        return
    new = data.draw(st.sampled_from(entries))
    rest = [e for e in entries if e is not new]
    before = find_episodes(RED_FLAGS, rest, extractions)
    after = find_episodes(RED_FLAGS, entries, extractions)
    for episode in completed_by_save(before, after):
        assert new.id in episode.entry_ids
    # Adding never ends an episode: each one before lives on in one after.
    for old in before:
        assert sum(old.shares_entries_with(e) for e in after) == 1


@settings(max_examples=200, deadline=None)
@given(diary=diaries())
def test_every_episode_holds_entries_of_its_rule_in_time_order(diary):
    entries, extractions = diary
    by_id = {e.id: e for e in entries}
    for episode in find_episodes(RED_FLAGS, entries, extractions):
        rule = RED_FLAGS.rule(episode.rule)
        members = [by_id[i] for i in episode.entry_ids]
        assert all(m.symptom in rule.watched_symptoms() for m in members)
        assert [(m.occurred_at, m.id) for m in members] == sorted(
            (m.occurred_at, m.id) for m in members
        )
        assert episode.first_at == members[0].occurred_at
        assert episode.last_at == max(m.occurred_at for m in members)
        assert episode.level is rule.level


def _span(e: SymptomEntry) -> tuple[datetime, datetime]:
    if e.time_known:
        return e.occurred_at, e.occurred_at
    next_day = start_of_local_day(e.local_date + timedelta(days=1), ZoneInfo(e.zone))
    return e.occurred_at, next_day - M


def _could_be_within(group: tuple[SymptomEntry, ...], window: timedelta) -> bool:
    """Whether moments within each entry's span could all lie within ``window``."""
    spans = [_span(e) for e in group]
    return max(s[0] for s in spans) - min(s[1] for s in spans) <= window


def brute_force_matches(entries: list[SymptomEntry], count: int) -> set[str]:
    """The raised-pressure entries straight from the rule's words, trying every group."""
    vomits = [e for e in entries if e.symptom == "vomiting"]
    headaches = [e for e in entries if e.symptom == "headache"]
    matched = {
        e.id
        for e in entries
        if e.symptom == "lethargy"
        or (e.symptom in ("headache", "vomiting") and e.severity is Severity.SEVERE)
    }
    for group in itertools.combinations(vomits, count):
        if _could_be_within(group, 24 * H):
            matched.update(e.id for e in group)
    for pair in itertools.product(headaches, vomits):
        if _could_be_within(pair, 48 * H):
            matched.update(e.id for e in pair)
    return matched


@settings(max_examples=300, deadline=None)
@given(
    diary=diaries(("vomiting", "vomiting", "headache", "lethargy"), days=5),
    count=st.sampled_from([2, 3]),
)
def test_the_sweeps_find_what_trying_every_group_finds(diary, count):
    entries, _extractions = diary
    raw = json.loads(red_flags_path(resources_dir()).read_text(encoding="utf-8"))
    pressure = next(rule for rule in raw["rules"] if rule["id"] == "raised_pressure")
    next(t for t in pressure["triggers"] if t["id"] == "repeated_vomiting")["count"] = count
    rules = parse_red_flags(raw, CATALOGUE)
    found = {
        entry_id
        for episode in find_episodes(rules, entries)
        if episode.rule == "raised_pressure"
        for entry_id in episode.entry_ids
    }
    assert found == brute_force_matches(entries, count)


# Which episode a save completed ------------------------------------------------------------


def test_the_second_vomit_completes_the_episode_and_a_third_only_joins_it():
    first = entry("vomiting", T0)
    second = entry("vomiting", T0 + 3 * H)
    third = entry("vomiting", T0 + 6 * H)
    nothing = episodes(first)
    two = episodes(first, second)
    three = episodes(first, second, third)
    assert nothing == ()
    (raised,) = completed_by_save(nothing, two)
    assert raised.entry_ids == (first.id, second.id)
    assert completed_by_save(two, three) == ()


def test_a_severe_headache_completes_an_emergency_episode_at_once():
    headache = entry("headache", T0, "severe")
    (raised,) = completed_by_save((), episodes(headache))
    assert (raised.rule, raised.level) == ("raised_pressure", Level.EMERGENCY)


def test_an_entry_that_bridges_two_episodes_raises_nothing():
    early = entry("fever", T0)
    late = entry("fever", T0 + 90 * H)
    bridge = entry("fever", T0 + 45 * H)
    before = episodes(early, late)
    after = episodes(early, late, bridge)
    assert (len(before), len(after)) == (2, 1)
    assert completed_by_save(before, after) == ()


def test_deleting_or_weakening_an_entry_raises_nothing():
    first, second, third = (entry("vomiting", T0 + n * 20 * H) for n in range(3))
    before = episodes(first, second, third)
    assert completed_by_save(before, episodes(first, third)) == ()
    milder = entry("headache", T0, "mild", entry_id="h")
    severe = entry("headache", T0, "severe", entry_id="h")
    assert completed_by_save(episodes(severe), episodes(milder)) == ()


def test_editing_an_entry_up_to_severe_raises_its_episode():
    milder = entry("headache", T0, "moderate", entry_id="h")
    severe = entry("headache", T0, "severe", entry_id="h")
    (raised,) = completed_by_save(episodes(milder), episodes(severe))
    assert raised.entry_ids == ("h",)


def test_recording_an_extraction_can_raise_an_earlier_tooth_problem():
    problem = entry("tooth_problem", date(2026, 11, 10))
    before = episodes(problem)
    after = episodes(problem, extractions=(date(2026, 11, 1),))
    (raised,) = completed_by_save(before, after)
    assert raised.rule == "jaw_infection"


def test_an_import_raises_every_new_episode_once():
    imported = [entry("seizure", T0), entry("fever", T0 + 100 * H), entry("fever", T0 + 101 * H)]
    raised = completed_by_save((), episodes(*imported))
    assert [e.rule for e in raised] == ["seizure", "fever_infection"]


def test_a_new_episode_of_another_rule_is_raised_beside_an_old_one():
    fever = entry("fever", T0)
    seizure = entry("seizure", T0 + H)
    (raised,) = completed_by_save(episodes(fever), episodes(fever, seizure))
    assert raised.rule == "seizure"


def test_undoing_a_deletion_raises_the_episode_again_so_stored_alerts_are_checked():
    seizure = entry("seizure", T0)
    alerted = episodes(seizure)
    (again,) = completed_by_save((), episodes(seizure))  # deleted, then undone
    assert any(again.shares_entries_with(old) for old in alerted)
    assert not again.shares_entries_with(episodes(entry("seizure", T0 + 72 * H))[0])
