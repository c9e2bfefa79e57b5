"""When to seek care: every sign of the guidance file with its level in words, what to do
and its source; the numbers to call one click away (the emergency number from Settings, the
care team's from the profile); everyday care; the Red flags history; and Print... through
the print dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from caregiver_app.core.guidance import Level
from caregiver_app.ui.pages.guidance_page import GuidancePage
from tests.ui.test_accessibility import unnamed_focusable

TEAM_PHONE = "+34 600 000 004"


@pytest.fixture
def page(services, child, events, show) -> GuidancePage:
    services.family.add_contact(child.id, role="Haematologist", name="Dr. Haddad", phone=TEAM_PHONE)
    services.family.add_contact(child.id, role="Social worker", name="Eva", email="eva@x.es")
    guidance = GuidancePage(services, events)
    guidance.set_child(child.id)
    show(guidance)
    return guidance


def test_every_sign_says_its_level_in_words_what_to_do_and_its_source(services, page):
    red_flags = services.redflags.red_flags
    items = [item for group in red_flags.groups for item in group.items]
    assert len(page.sign_texts) == len(items) >= 17
    for item, text in zip(items, page.sign_texts, strict=True):
        level, sign, action, source = text.split("\n")
        assert level == {Level.EMERGENCY: "Emergency", Level.URGENT: "Urgent"}[item.level]
        assert sign == item.sign
        assert action == f"What to do: {item.action}"
        assert source == red_flags.sources[item.source].citation
    headache = next(t for t in page.sign_texts if "A severe headache" in t)
    assert headache.startswith("Emergency\n")
    assert "What to do: Call the emergency number now." in headache


def test_the_numbers_to_call_are_one_click_away(qtbot, services, page):
    assert [button.text() for button in page.numbers.buttons] == ["112", TEAM_PHONE]
    assert not page.numbers.shown.isVisible()
    qtbot.mouseClick(page.numbers.buttons[1], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == TEAM_PHONE
    assert page.numbers.shown.isVisible()
    assert page.numbers.shown.text() == f"Haematologist (Dr. Haddad): {TEAM_PHONE}"
    assert page.numbers.note.text() == "Copied. Dial it on your phone."


def test_the_numbers_follow_settings_and_the_care_team(services, child, events, page):
    services.redflags.set_emergency_number("999")
    events.settings_changed.emit()
    assert page.numbers.buttons[0].text() == "999"
    services.family.add_contact(child.id, role="Dentist", name="Dr. Gil", phone="912 000 000")
    events.family_changed.emit()
    assert [button.text() for button in page.numbers.buttons] == [
        "999",
        "912 000 000",
        TEAM_PHONE,
    ]


def test_everyday_care_is_a_tab_of_its_own(services, page):
    assert page.tabs.tabText(page.EVERYDAY_TAB) == "Everyday care"
    page.tabs.setCurrentIndex(page.EVERYDAY_TAB)
    texts = [label.text() for label in page.tabs.currentWidget().findChildren(type(page.heading))]
    for item in services.redflags.everyday_care:
        assert item.title in texts
        assert item.text in texts


def test_the_history_lists_alerts_newest_first_and_says_when_none(services, child, page):
    page.tabs.setCurrentIndex(page.HISTORY_TAB)
    assert page.history_rows() == []
    assert page.history_note.text().startswith("No red flags so far.")
    assert not page.acknowledge_button.isEnabled()
    services.redflags.catch_up()
    for day, symptom in (("2026-11-01", "fever"), ("2026-11-20", "seizure")):
        services.diary.log(child.id, day=day, clock_time="08:00", symptom=symptom, severity="mild")
        services.redflags.sync(child.id, "save")
    page.refresh_history(child.id)
    assert [row[:4] for row in page.history_rows()] == [
        ["Yesterday, 08:00", "Emergency", "Seizure", "when it was logged"],
        ["Sunday, 1 November, 08:00", "Urgent", "Fever or infection", "when it was logged"],
    ]
    assert page.history_note.text() == (
        "2 of 2 not acknowledged yet. Choose one and press Acknowledge."
    )
    page.history_table.selectRow(1)
    assert page.acknowledge_button.isEnabled()
    page.refresh_history("another child")  # not this page's child: nothing changes
    assert page.selected_alert() is not None


def test_print_prints_the_numbers_signs_and_everyday_care(qtbot, services, page, monkeypatch):
    printed: list[str] = []

    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        "caregiver_app.ui.pages.guidance_page.QTextDocument.print_",
        lambda document, _printer: printed.append(document.toPlainText()),
    )
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    [text] = printed
    assert "When to seek care" in text
    assert "Lucía" in text
    assert f"Haematologist (Dr. Haddad): {TEAM_PHONE}" in text
    assert "Emergency number: 112" in text
    assert "A severe headache; in a baby, crying hard when the head is touched or moved." in text
    assert "Handle gently, make falls soft" in text
    assert page.feedback.text() == "Sent to the printer."


def test_cancelling_the_print_dialog_prints_nothing(qtbot, page, monkeypatch):
    printed: list[object] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(
        "caregiver_app.ui.pages.guidance_page.QTextDocument.print_",
        lambda *args: printed.append(args),
    )
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert printed == []
    assert page.feedback.text() == ""


def test_what_a_family_typed_is_printed_as_text_never_as_markup(services, child, events, page):
    services.family.add_contact(
        child.id, role="<b>Nurse</b>", name="Ana & <i>Leo</i>", phone="600 000 000"
    )
    events.family_changed.emit()
    html = page.printable_html()
    assert "&lt;b&gt;Nurse&lt;/b&gt; (Ana &amp; &lt;i&gt;Leo&lt;/i&gt;)" in html
    assert "<i>Leo</i>" not in html


def test_without_a_child_the_page_shows_the_guidance_and_the_emergency_number(
    services, events, show
):
    page = GuidancePage(services, events)
    page.set_child(None)
    show(page)
    assert [button.text() for button in page.numbers.buttons] == ["112"]
    assert page.history_rows() == []
    assert unnamed_focusable(page) == []


def test_a_long_history_lists_the_most_recent_and_says_so(services, child, page, monkeypatch):
    monkeypatch.setattr("caregiver_app.ui.pages.guidance_page.HISTORY_LIMIT", 1)
    services.redflags.catch_up()
    for day in ("2026-11-01", "2026-11-10"):
        services.diary.log(
            child.id, day=day, clock_time="08:00", symptom="seizure", severity="mild"
        )
        services.redflags.sync(child.id, "save")
    page.refresh_history()
    assert [row[0] for row in page.history_rows()] == ["Tuesday, 10 November, 08:00"]
    assert page.history_note.text() == (
        "2 of 2 not acknowledged yet. Choose one and press Acknowledge. "
        "The most recent 1 are listed."
    )
