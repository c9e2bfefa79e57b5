<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. What you saved is safe, and your unsaved entry is kept as a draft. If this happens again, please tell us what you were doing.

Details: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your child</source>
        <extracomment>The child as saved, once Save succeeded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the care team should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the name and birth date are needed. The diagnosis is filled in for you; change it if your child&apos;s report says something else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Haematologist</source>
        <extracomment>Suggestions only: the role is free text, so any other role can be typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transplant team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endocrinologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye doctor (ophthalmologist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear, nose and throat (ENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatrician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the care team</source>
        <extracomment>The contact as saved, once Save succeeded.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +34 912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital, clinic or town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2024-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick {field} from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <source>time not recorded</source>
        <extracomment>The entry id (str) of an entry row; None on a day row. The local calendar day (datetime.date) of a day row or an entry row. True on day rows. The day&apos;s summary text (&quot;3 entries&quot;, &quot;Nothing unusual&quot;) on a day row. The day&apos;s date as shown (&quot;Saturday, 21 November 2026&quot;, with &quot;Today&quot; or &quot;Yesterday&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{day} — {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary</source>
        <extracomment>How long typing in the search box waits before the diary is filtered again. Extra height of each diary row, so a row is an easy target.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the notes, e.g. nosebleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days, newest first, each with its entries. Enter edits, Delete deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters and show every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete key); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an entry to edit or delete it. Keys: Ctrl+F search, Enter edit, Delete delete, Ctrl+Z undo a delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child at the top to see their diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another symptom, a longer period or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you log on the Today page shows here, day by day, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries match these filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the diary</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with nothing unusual</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{entries}, and {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted: {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{symptom} ({severity}), {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit diary entry</source>
        <extracomment>The entry was saved (its id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what helped (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No child is called {name!r} (children: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} children are called {name!r}; rename one in the window so each name is unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file {path} cannot be read ({error}). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used ({reason}). Choose another folder, for example with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file {path} could not be opened safely (journal mode {mode}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary file {path} was written by a newer version of this app (schema {found}, this app knows up to {known}). Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child called {name} is already in this diary, so the demo family (whose child has that name) was not added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family &amp; care team</source>
        <extracomment>The family picked a child in the list; the window makes it the current child. The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet. Add the doctors, nurses and clinics you call, so their numbers are at hand when you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your child to keep their details and care team here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, born {born} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex: {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name} ({role}) from the care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is back in the care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>{field}: {problem}</source>
        <extracomment>Said before each problem where no label beside the field names it (&quot;Time&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>holds bytes that are not UTF-8 text ({bytes}); save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must name the columns, for example: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {position} has no name; name it or remove the column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a column of a symptom file (the columns are: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing (the required columns are: {need})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value that starts on this line is never closed (a missing &quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a value longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns, for example: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has {found} values but the header names {expected} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{years}, {months}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <extracomment>The child the diary was last given, in a tuple (``()``: none given yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp; care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name in Settings so entries show who wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}  ·  Times in {zone}  ·  Saved on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Autosomal recessive malignant osteopetrosis, osteoclast-poor, caused by biallelic TNFSF11 (RANKL) variants (RANKL-deficient osteopetrosis, OPTB2, OMIM #259710)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>e.g. Maria (mum)</source>
        <extracomment>Language names are written in their own language, so anyone can find theirs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer. Nothing is sent anywhere. Keep a copy of the folder somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s location is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Symptom</name>
    <message>
        <source>Vision change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fixing on faces or following objects, bumping into things, a new squint, or any other change in how your child sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wobbly eye movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wobbly, jerky or roving eye movements (nystagmus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other eye problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulging, red, sticky or sore eyes, or anything else about the eyes that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reacting to sounds or voices as before, or turning the TV up louder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ear pain or discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling at the ear, ear pain, or fluid coming from the ear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face drooping or weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side of the face droops, or the eye or mouth will not close fully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head pain; in a baby, crying when the head is touched or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sick (bringing food back up), not just a small spit-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually sleepy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much sleepier than usual, floppy, or hard to wake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irritable or unsettled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crying or fussing much more than usual, hard to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seizure (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiffening, jerking, staring spells or going blue; low calcium can cause fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitching, cramps or tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle twitching, cramps, or tingling around the mouth, hands or feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temperature of 38 °C (100.4 °F) or higher, or feeling hot and unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast, noisy or hard breathing, or pauses in breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked or runny nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stuffy, blocked or runny nose; narrow nasal passages are common in this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cough, a wound that is red, hot or has pus, or other signs of infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale or tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paler skin or lips than usual, or tiring easily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruising or bleeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruises without a knock, nosebleeds, bleeding gums, or tiny red spots on the skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in a bone or limb, or crying when a limb is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible broken bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, swelling or an odd shape after a knock or fall, or not using an arm or leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limping or moving less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limping, not using a limb, or slower to sit, crawl or walk than expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaw pain or swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, swelling or redness of the jaw or face, or pus from the gums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tooth or gum problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toothache, a broken or loose tooth, or sore, swollen gums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor feeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating or drinking much less than usual, or struggling to feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swollen, firm or tight belly (the liver and spleen can grow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you noticed; describe it in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Welcome</source>
        <extracomment>The dialog currently open over the page, if any (tests drive it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your child to start the diary. It only needs a name and a birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a symptom, e.g. fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you &amp;notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not &amp;known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else? What happened, what helped (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Ctrl+F find, Enter pick, Alt+1/2/3 how bad, Ctrl+Enter save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unusual today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark today as nothing unusual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet day is worth noting too: the doctors see the day was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is {name} today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing unusual today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}   {symptom}, {severity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;{text}&quot;. Pick &quot;{other}&quot; and say more in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to pick &quot;{first}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your entry is still here; try Save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{symptom}, {severity}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {entry}. It is back in the form if you want to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today was already marked as nothing unusual for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: nothing unusual today for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is no longer marked as nothing unusual for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a broken character (a lone surrogate); retype it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a date like 2024-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a real calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a 24-hour time like 08:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last} is before {start_field} ({first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a time zone name like Europe/Madrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before 1900; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be female, male or other (not {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use digits, spaces and + - ( ) only, like +34 912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an address like name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a symptom code in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be mild, moderate or severe (not {value!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the child&apos;s birth date ({born})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} does not exist on {date} in {zone} (the clocks went forward); check the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Caregiver Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simple diary for your child&apos;s symptoms and care team, to share with the doctors at the next visit. It takes a few seconds to note how your child is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Nothing is sent anywhere, and no account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s sex (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the diary shows who wrote what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the welcome; add your child later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my child and start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A private diary and care companion for families of a child with TNFSF11 (RANKL) osteopetrosis. With no command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the family&apos;s diary (default: your user data folder; also CAREGIVER_APP_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or list children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import records from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptom diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export records to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a realistic six-month demo family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}, born {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No children yet. Add one with: child add --name NAME --born YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {entries} for {name} ({already} already in the diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {entries} for {name} ({first} to {last}) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo family ({name}) is already here; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the demo family: {name}, born {born}, with {contacts} care team contacts, {entries} and {quiet} &quot;nothing unusual&quot; days over six months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <source>time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
