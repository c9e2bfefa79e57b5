<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentsModel</name>
    <message numerus="yes">
        <source>Planned, in %n days</source>
        <translation>
            <numerusform>Planned, in %n day</numerusform>
            <numerusform>Planned, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Was it done? (%n)</source>
        <translation>
            <numerusform>Was it done? (%n)</numerusform>
            <numerusform>Was it done? (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up (%n)</source>
        <translation>
            <numerusform>Coming up (%n)</numerusform>
            <numerusform>Coming up (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, newest first (%n)</source>
        <translation>
            <numerusform>History, newest first (%n)</numerusform>
            <numerusform>History, newest first (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message numerus="yes">
        <source>%n more to close under “Was it done?” below.</source>
        <translation>
            <numerusform>%n more to close under “Was it done?” below.</numerusform>
            <numerusform>%n more to close under “Was it done?” below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when} (in %n days)</source>
        <translation>
            <numerusform>{when} (in %n day)</numerusform>
            <numerusform>{when} (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksDialog</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message numerus="yes">
        <source>%Ln entries match these filters</source>
        <translation>
            <numerusform>%Ln entry matches these filters</numerusform>
            <numerusform>%Ln entries match these filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the diary</source>
        <translation>
            <numerusform>%Ln entry in the diary</numerusform>
            <numerusform>%Ln entries in the diary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days with nothing unusual</source>
        <translation>
            <numerusform>%Ln day with nothing unusual</numerusform>
            <numerusform>%Ln days with nothing unusual</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicineWords</name>
    <message numerus="yes">
        <source>{times}, every %n days</source>
        <translation>
            <numerusform>{times}, every %n day</numerusform>
            <numerusform>{times}, every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left (low)</source>
        <translation>
            <numerusform>%n left (low)</numerusform>
            <numerusform>%n left (low)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MedicinesPage</name>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dose log, {period} (%n doses)</source>
        <translation>
            <numerusform>Dose log, {period} (%n dose)</numerusform>
            <numerusform>Dose log, {period} (%n doses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refill of {name} recorded: %n doses.</source>
        <translation>
            <numerusform>Refill of {name} recorded: %n dose.</numerusform>
            <numerusform>Refill of {name} recorded: %n doses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefillDialog</name>
    <message numerus="yes">
        <source>{day}: %n doses</source>
        <translation>
            <numerusform>{day}: %n dose</numerusform>
            <numerusform>{day}: %n doses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeethPage</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n months ago</source>
        <translation>
            <numerusform>about %n month ago</numerusform>
            <numerusform>about %n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToothChart</name>
    <message numerus="yes">
        <source>%n of 20 baby teeth have come through.</source>
        <translation>
            <numerusform>%n of 20 baby teeth has come through.</numerusform>
            <numerusform>%n of 20 baby teeth have come through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not through yet although past the usual age range.</source>
        <translation>
            <numerusform>%n not through yet although past the usual age range.</numerusform>
            <numerusform>%n not through yet although past the usual age range.</numerusform>
        </translation>
    </message>
</context>
</TS>
