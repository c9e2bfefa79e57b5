"""The guide: a short help for a tired parent, in topics (first steps, logging, medicines,
reminders, reports, backups, keys, privacy), opened from Help in the menu bar or with F1.

Each paragraph is its own ``self.tr()`` text, so a translator sees one short idea at a time;
the HTML around them is built here and every text is escaped, the real data and backup
folders included. Nothing is ever fetched: the text browser follows no link and loads no
resource. The guide describes what the window does today; when a page changes, its topic
here changes with it (tests/ui/dialogs/test_help_dialog.py ties the section names and keys
to the window's)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caregiver_app import APP_DISPLAY_NAME
from caregiver_app.core.messages import QT_TRANSLATE_NOOP
from caregiver_app.i18n import translate
from caregiver_app.services.app import AppServices
from caregiver_app.services.backups import KEEP_DAILY, KEEP_MONTHLY
from caregiver_app.ui.bidi import left_to_right
from caregiver_app.ui.labels import symptom_label_for
from caregiver_app.ui.pages.today_page import OTHER_SYMPTOM
from caregiver_app.ui.widgets.basics import big_button, scaled_font

#: The window's sections in the order of Ctrl+1 to Ctrl+8, in the window's own words.
SECTION_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    QT_TRANSLATE_NOOP("MainWindow", "Diary"),
    QT_TRANSLATE_NOOP("MainWindow", "Medicines"),
    QT_TRANSLATE_NOOP("MainWindow", "Appointments"),
    QT_TRANSLATE_NOOP("MainWindow", "Teeth"),
    QT_TRANSLATE_NOOP("MainWindow", "When to seek care"),
    QT_TRANSLATE_NOOP("MainWindow", "Family & care team"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)


class HelpTopic(IntEnum):
    FIRST_STEPS = 0
    LOGGING = 1
    MEDICINES = 2
    REMINDERS = 3
    REPORTS = 4
    BACKUPS = 5
    KEYS = 6
    PRIVACY = 7


def key_text(keys: str) -> str:
    """A shortcut as this system writes it ("Ctrl+P")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _paragraphs(texts: Iterable[str]) -> str:
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def _items(texts: Iterable[str], *, numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    body = "".join(f"<li>{escape(text)}</li>" for text in texts)
    return f"<{tag}>{body}</{tag}>"


def _key_table(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>" for keys, what in rows
    )
    return f'<table cellspacing="0" cellpadding="4">{body}</table>'


class HelpDialog(QDialog):
    """The guide; not modal, so it can stay open beside the window while the family tries
    what it says. :meth:`show_topic` turns to a topic."""

    def __init__(
        self,
        services: AppServices,
        topic: HelpTopic = HelpTopic.FIRST_STEPS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("{app}: guide").format(app=APP_DISPLAY_NAME))
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 74, em * 50)

        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.topics.setFont(scaled_font(self.topics, 1.1))
        self.topics.setSpacing(2)
        self.topics.addItems([self.topic_title(item) for item in HelpTopic])
        self.topics.setFixedWidth(
            max(self.topics.fontMetrics().horizontalAdvance(self.topic_title(t)) for t in HelpTopic)
            + 40
        )
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Guide text"))
        self.text.setOpenLinks(False)  # no link is followed, nothing is loaded
        self.text.setOpenExternalLinks(False)
        self.text.setFont(scaled_font(self.text, 1.1))
        self.close_button = big_button(self.tr("Close"), self.tr("Close the guide"))
        self.close_button.clicked.connect(self.close)

        columns = QHBoxLayout()
        columns.addWidget(self.topics)
        columns.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.topics.currentRowChanged.connect(self._topic_chosen)
        self.show_topic(topic)
        self.topics.setFocus(Qt.FocusReason.OtherFocusReason)

    # Turning pages -----------------------------------------------------------------------

    def show_topic(self, topic: HelpTopic) -> None:
        if self.topics.currentRow() == int(topic):
            return
        self.topics.setCurrentRow(int(topic))  # the text follows (currentRowChanged)

    def current_topic(self) -> HelpTopic:
        return HelpTopic(max(self.topics.currentRow(), 0))

    def _topic_chosen(self, row: int) -> None:
        if row < 0:
            return
        topic = HelpTopic(row)
        self.text.setAccessibleDescription(self.topic_title(topic))
        self.text.setHtml(self.topic_html(topic))
        # Right to left where the window is (Arabic): the paragraphs follow it.
        option = self.text.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        self.text.document().setDefaultTextOption(option)

    # Words -------------------------------------------------------------------------------

    def topic_title(self, topic: HelpTopic) -> str:
        titles = {
            HelpTopic.FIRST_STEPS: self.tr("First steps"),
            HelpTopic.LOGGING: self.tr("Noting how your child is"),
            HelpTopic.MEDICINES: self.tr("Medicines and doses"),
            HelpTopic.REMINDERS: self.tr("Reminders and checks"),
            HelpTopic.REPORTS: self.tr("Reports for the doctors"),
            HelpTopic.BACKUPS: self.tr("Backups"),
            HelpTopic.KEYS: self.tr("Keyboard"),
            HelpTopic.PRIVACY: self.tr("Privacy"),
        }
        return titles[topic]

    def topic_html(self, topic: HelpTopic) -> str:
        builders = {
            HelpTopic.FIRST_STEPS: self._first_steps,
            HelpTopic.LOGGING: self._logging,
            HelpTopic.MEDICINES: self._medicines,
            HelpTopic.REMINDERS: self._reminders,
            HelpTopic.REPORTS: self._reports,
            HelpTopic.BACKUPS: self._backups,
            HelpTopic.KEYS: self._keys,
            HelpTopic.PRIVACY: self._privacy,
        }
        return f"<h2>{escape(self.topic_title(topic))}</h2>{builders[topic]()}"

    def section_names(self) -> list[str]:
        """The window's sections, Ctrl+1 first, as the window names them."""
        return [translate("MainWindow", name) for name in SECTION_NAMES]

    def _first_steps(self) -> str:
        sections = ", ".join(self.section_names())
        return (
            _paragraphs(
                [
                    self.tr(
                        "This app is a diary of how your child is, with their medicines, "
                        "appointments and teeth, to show the doctors at the next visit. It never "
                        "suggests a medicine or a dose: it keeps what the care team prescribed."
                    ),
                ]
            )
            + _items(
                [
                    self.tr(
                        "Add your child on the Today page: a name and a birth date are enough. "
                        "More children can be added in Family & care team; the child shown is "
                        "then chosen at the top of the window."
                    ),
                    self.tr(
                        "In Settings, write your name under “Who is logging”, so each entry says "
                        "who wrote it. Check the family's time zone and the emergency number."
                    ),
                    self.tr(
                        "In Family & care team, add the people who look after your child, and fill "
                        "in “Emergency information…” with them."
                    ),
                    self.tr(
                        "In Medicines, add each medicine as the care team prescribed it, with its "
                        "times. Its doses then appear on the Today page."
                    ),
                    self.tr(
                        "In Appointments, add the next visits. The app reminds you of them and of "
                        "the routine checks."
                    ),
                ],
                numbered=True,
            )
            + _paragraphs(
                [
                    self.tr(
                        "The sections are on the left: {sections}. Ctrl+1 to Ctrl+8 open them."
                    ).format(sections=sections),
                    self.tr("Everything is saved on this computer only (see Privacy)."),
                ]
            )
        )

    def _logging(self) -> str:
        return (
            _paragraphs(
                [
                    self.tr(
                        "The Today page notes how your child is in a few seconds, in three steps:"
                    ),
                ]
            )
            + _items(
                [
                    self.tr(
                        "What did you notice? Type a few letters of it in the box (for example "
                        "“fev”) and press Enter, or click the symptom. Nothing fits? Pick "
                        "“{other}” and say more in the notes."
                    ).format(other=symptom_label_for(self._services.catalogue, OTHER_SYMPTOM)),
                    self.tr("How bad? Mild, Moderate or Severe (Alt+1, Alt+2, Alt+3)."),
                    self.tr("Save (Ctrl+Enter). “Saved” appears with Undo, in case of a mistake."),
                ],
                numbered=True,
            )
            + _paragraphs(
                [
                    self.tr(
                        "With “Now” ticked, the entry gets the time you save it. Untick it to give "
                        "another day or time, or tick “Time not known”. The notes are optional: "
                        "what happened, what helped."
                    ),
                    self.tr(
                        "A calm day is worth noting too: press “Nothing unusual today”, and the "
                        "doctors see that the day was checked."
                    ),
                    self.tr(
                        "What you type is kept while you type, even if the computer switches off, "
                        "until you save it."
                    ),
                    self.tr(
                        "Some signs need a doctor today, or at once. When an entry shows one (a "
                        "fever, for example), a window says what to do and whom to call. “When to "
                        "seek care” lists these signs and keeps the history of these alerts."
                    ),
                    self.tr(
                        "The Diary shows every entry, newest first. Filter by symptom, period or "
                        "words in the notes; “Edit entry…” corrects one, “Delete entry” removes it "
                        "(Undo or Ctrl+Z brings it back)."
                    ),
                ]
            )
        )

    def _medicines(self) -> str:
        return (
            _paragraphs(
                [
                    self.tr(
                        "Today's doses are on the Today page and at the top of Medicines, each "
                        "with its time and how it went: given, given late, skipped, not yet, due "
                        "now or overdue."
                    ),
                ]
            )
            + _items(
                [
                    self.tr(
                        "Given: the dose was given now, by the person named in Settings. Undo "
                        "takes it back."
                    ),
                    self.tr("Skip…: the dose was not given; say why."),
                    self.tr(
                        "Change…: correct a dose already recorded (another time, another person)."
                    ),
                ]
            )
            + _paragraphs(
                [
                    self.tr(
                        "In Medicines, add, edit, refill, log a dose or stop a medicine; a stopped "
                        "medicine keeps its history. A note says when a medicine is running low."
                    ),
                    self.tr(
                        "The app keeps what the care team prescribed. It never suggests a medicine "
                        "or a dose: ask the care team about any change."
                    ),
                ]
            )
        )

    def _reminders(self) -> str:
        return _paragraphs(
            [
                self.tr(
                    "The app reminds you of medicine doses, of appointments (the evening "
                    "before, and a few hours before) and of routine checks (a few days before "
                    "they are due, on the day, and every week while overdue)."
                ),
                self.tr(
                    "Reminders are listed on the Today page, under “Reminders”: Given or Skip "
                    "for a dose, Snooze (in 1 hour, or tomorrow morning) and Dismiss. Where "
                    "your desktop shows notifications, one appears as well."
                ),
                self.tr(
                    "Reminders come only while the app is open. When you open it, what came "
                    "due while it was closed is listed at the top of the Today page until you "
                    "press “Seen”."
                ),
                self.tr(
                    "The routine checks (eyes, hearing, teeth, blood tests, growth) are on the "
                    "Today page with when each is due; an overdue check says “Overdue”. "
                    "“Checks…” sets how often each is due and records a check done."
                ),
                self.tr(
                    "In Settings, under Reminders, choose how many days before a check and how "
                    "many hours before an appointment, and whether each dose reminds."
                ),
            ]
        )

    def _reports(self) -> str:
        return _paragraphs(
            [
                self.tr(
                    "Before a visit, press {keys} (or “Export a visit summary…” in "
                    "Appointments). Choose the child, the specialty the visit is for, the "
                    "period (since the last visit of that specialty, the last 3 months, or "
                    "your own dates), the parts to print after page one, and the paper."
                ).format(keys=key_text("Ctrl+P")),
                self.tr(
                    "“Save PDF…” saves it and opens it in your PDF viewer; “Print…” sends it to "
                    "a printer."
                ),
                self.tr(
                    "Page one gives the doctor the essentials in a minute: red-flag episodes, "
                    "current medicines, routine checks, coming appointments, your questions "
                    "and how complete the diary is. Every diary entry with its notes is "
                    "printed only if you tick it."
                ),
                self.tr(
                    "For emergencies, press {keys} (or “Emergency sheet (PDF)…” in Family & "
                    "care team): one page for emergency staff with the diagnosis, the key "
                    "cautions, medicines and allergies, your child's usual state, procedures "
                    "to avoid and whom to call. Fill in “Emergency information…” with the care "
                    "team first, and keep a printed copy in the bag and in the car."
                ).format(keys=key_text("Ctrl+E")),
            ]
        )

    def _backups(self) -> str:
        backups = self._services.backups
        return (
            _paragraphs(
                [
                    self.tr(
                        "Each entry is written to the disk when you save it. The diary is one file "
                        "in this folder: {folder}"
                    ).format(folder=left_to_right(str(self._services.data_dir))),
                    self.tr(
                        "A backup is made every day while the app is open, in {folder}. The "
                        "backups of the last {days} days, and one for each of the last {months} "
                        "months, are kept. Backups you make yourself are never deleted."
                    ).format(
                        folder=left_to_right(str(backups.folder())),
                        days=KEEP_DAILY,
                        months=KEEP_MONTHLY,
                    ),
                ]
            )
            + _items(
                [
                    self.tr("Settings, Backups, “Back up now” (or Help, About): a backup now."),
                    self.tr(
                        "Settings, Backups, “Also copy them to”: choose a USB stick or an external "
                        "disk, so a lost or broken laptop does not take the diary with it."
                    ),
                    self.tr(
                        "Settings, Backups, “Restore from a backup…”: puts the diary back as it "
                        "was. The diary as it is now is kept as a backup first, so a restore can "
                        "be undone."
                    ),
                ]
            )
            + _paragraphs(
                [
                    self.tr(
                        "Do not keep the data folder in Dropbox, OneDrive, iCloud or on a network "
                        "share: they can damage the diary. Copy a backup there instead, if you "
                        "like."
                    ),
                    self.tr(
                        "If the diary file is ever damaged, the app sets it aside (it never "
                        "deletes it) and offers your newest good backup."
                    ),
                ]
            )
        )

    def _keys(self) -> str:
        rows: list[tuple[str, str]] = [
            (key_text(f"Ctrl+{number}"), name)
            for number, name in enumerate(self.section_names(), start=1)
        ]
        rows += [
            (key_text("F1"), self.tr("This guide")),
            (key_text("Ctrl+F"), self.tr("Find a symptom (Today), find in the notes (Diary)")),
            (self.tr("Enter"), self.tr("Pick the first symptom found (Today)")),
            (
                self.tr("{mild}, {moderate}, {severe}").format(
                    mild=key_text("Alt+1"), moderate=key_text("Alt+2"), severe=key_text("Alt+3")
                ),
                self.tr("Mild, Moderate, Severe (Today)"),
            ),
            (key_text("Ctrl+Enter"), self.tr("Save the entry (Today, and the appointment form)")),
            (key_text("Ctrl+S"), self.tr("Save (Today, Settings)")),
            (key_text("Ctrl+P"), self.tr("Visit summary (PDF)")),
            (key_text("Ctrl+E"), self.tr("Emergency information sheet (PDF)")),
            (key_text("Ctrl+N"), self.tr("Add an appointment, or a dental record (Teeth)")),
            (key_text("Ctrl+Z"), self.tr("Undo a delete (Diary, Medicines, Appointments, Teeth)")),
            (key_text("Del"), self.tr("Delete the chosen line")),
            (
                self.tr("Tab, Shift+Tab"),
                self.tr("Next, previous field or button"),
            ),
            (self.tr("Space"), self.tr("Press the button that has the focus")),
            (
                self.tr("Alt + underlined letter"),
                self.tr("Go to that field or press that button"),
            ),
            (key_text("Esc"), self.tr("Clear the search; close a window")),
        ]
        return _paragraphs(
            [self.tr("The whole app works with the keyboard alone. The keys:")]
        ) + _key_table(rows)

    def _privacy(self) -> str:
        backups = self._services.backups
        extra = backups.extra_folder()
        where_backups = (
            self.tr("Backups are in {folder}, and copies in {extra}, the folder you chose.").format(
                folder=left_to_right(str(backups.folder())), extra=left_to_right(str(extra))
            )
            if extra is not None
            else self.tr("Backups are in {folder}, on this computer too.").format(
                folder=left_to_right(str(backups.folder()))
            )
        )
        return _paragraphs(
            [self.tr("Your diary stays on this computer. Nothing is sent anywhere.")]
        ) + _items(
            [
                self.tr(
                    "Everything you write is kept in one file in {folder}. Only your user "
                    "account on this computer can read it."
                ).format(folder=left_to_right(str(self._services.data_dir))),
                where_backups,
                self.tr(
                    "The app never connects to the internet. There is no account and no "
                    "sign-in, no advertising, and no tracking or usage statistics."
                ),
                self.tr(
                    "A PDF you save or print holds what you chose: your child's name and birth "
                    "date, the diagnosis, the symptoms and notes of the period, medicines and "
                    "doses, appointments, dental care, and on the emergency sheet the care "
                    "team's names and numbers. You decide whom to give it to; once it leaves "
                    "the app, keep it as you would any medical paper."
                ),
                self.tr(
                    "Anyone who can use your account on this computer can open the app and "
                    "read the diary: lock the computer when you leave it."
                ),
                self.tr(
                    "A log of problems inside the app is kept in the data folder; it never "
                    "holds what you write."
                ),
                self.tr(
                    "Removing the app leaves the diary in its folder. To delete the diary, "
                    "delete that folder (keep a backup first if you may want it again)."
                ),
            ]
        )
