"""Symptom labels and descriptions from resources/guidance/symptoms.json, marked for
translation so ``pyside6-lupdate`` puts them in the .ts files (context "Symptom").

Shown with ``QCoreApplication.translate("Symptom", kind.label)``. When the catalogue changes,
update this file too: tests/ui/test_catalogue_strings.py fails until both agree."""

# ruff: noqa: E501  (one line per string keeps this file easy to diff against the JSON)

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

# fmt: off
SYMPTOM_STRINGS = (
    QT_TRANSLATE_NOOP("Symptom", "Vision change"),
    QT_TRANSLATE_NOOP("Symptom", "Not fixing on faces or following objects, bumping into things, a new squint, or any other change in how your child sees."),
    QT_TRANSLATE_NOOP("Symptom", "Wobbly eye movements"),
    QT_TRANSLATE_NOOP("Symptom", "New wobbly, jerky or roving eye movements (nystagmus)."),
    QT_TRANSLATE_NOOP("Symptom", "Other eye problem"),
    QT_TRANSLATE_NOOP("Symptom", "Bulging, red, sticky or sore eyes, or anything else about the eyes that worries you."),
    QT_TRANSLATE_NOOP("Symptom", "Hearing change"),
    QT_TRANSLATE_NOOP("Symptom", "Not reacting to sounds or voices as before, or turning the TV up louder."),
    QT_TRANSLATE_NOOP("Symptom", "Ear pain or discharge"),
    QT_TRANSLATE_NOOP("Symptom", "Pulling at the ear, ear pain, or fluid coming from the ear."),
    QT_TRANSLATE_NOOP("Symptom", "Face drooping or weak"),
    QT_TRANSLATE_NOOP("Symptom", "One side of the face droops, or the eye or mouth will not close fully."),
    QT_TRANSLATE_NOOP("Symptom", "Headache"),
    QT_TRANSLATE_NOOP("Symptom", "Head pain; in a baby, crying when the head is touched or moved."),
    QT_TRANSLATE_NOOP("Symptom", "Vomiting"),
    QT_TRANSLATE_NOOP("Symptom", "Being sick (bringing food back up), not just a small spit-up."),
    QT_TRANSLATE_NOOP("Symptom", "Unusually sleepy"),
    QT_TRANSLATE_NOOP("Symptom", "Much sleepier than usual, floppy, or hard to wake."),
    QT_TRANSLATE_NOOP("Symptom", "Irritable or unsettled"),
    QT_TRANSLATE_NOOP("Symptom", "Crying or fussing much more than usual, hard to settle."),
    QT_TRANSLATE_NOOP("Symptom", "Seizure (fit)"),
    QT_TRANSLATE_NOOP("Symptom", "Stiffening, jerking, staring spells or going blue; low calcium can cause fits."),
    QT_TRANSLATE_NOOP("Symptom", "Twitching, cramps or tingling"),
    QT_TRANSLATE_NOOP("Symptom", "Muscle twitching, cramps, or tingling around the mouth, hands or feet."),
    QT_TRANSLATE_NOOP("Symptom", "Fever"),
    QT_TRANSLATE_NOOP("Symptom", "A temperature of 38 °C (100.4 °F) or higher, or feeling hot and unwell."),
    QT_TRANSLATE_NOOP("Symptom", "Breathing difficulty"),
    QT_TRANSLATE_NOOP("Symptom", "Fast, noisy or hard breathing, or pauses in breathing."),
    QT_TRANSLATE_NOOP("Symptom", "Blocked or runny nose"),
    QT_TRANSLATE_NOOP("Symptom", "A stuffy, blocked or runny nose; narrow nasal passages are common in this condition."),
    QT_TRANSLATE_NOOP("Symptom", "Signs of infection"),
    QT_TRANSLATE_NOOP("Symptom", "A cough, a wound that is red, hot or has pus, or other signs of infection."),
    QT_TRANSLATE_NOOP("Symptom", "Pale or tired"),
    QT_TRANSLATE_NOOP("Symptom", "Paler skin or lips than usual, or tiring easily."),
    QT_TRANSLATE_NOOP("Symptom", "Bruising or bleeding"),
    QT_TRANSLATE_NOOP("Symptom", "Bruises without a knock, nosebleeds, bleeding gums, or tiny red spots on the skin."),
    QT_TRANSLATE_NOOP("Symptom", "Bone pain"),
    QT_TRANSLATE_NOOP("Symptom", "Pain in a bone or limb, or crying when a limb is moved."),
    QT_TRANSLATE_NOOP("Symptom", "Possible broken bone"),
    QT_TRANSLATE_NOOP("Symptom", "Pain, swelling or an odd shape after a knock or fall, or not using an arm or leg."),
    QT_TRANSLATE_NOOP("Symptom", "Limping or moving less"),
    QT_TRANSLATE_NOOP("Symptom", "Limping, not using a limb, or slower to sit, crawl or walk than expected."),
    QT_TRANSLATE_NOOP("Symptom", "Jaw pain or swelling"),
    QT_TRANSLATE_NOOP("Symptom", "Pain, swelling or redness of the jaw or face, or pus from the gums."),
    QT_TRANSLATE_NOOP("Symptom", "Tooth or gum problem"),
    QT_TRANSLATE_NOOP("Symptom", "Toothache, a broken or loose tooth, or sore, swollen gums."),
    QT_TRANSLATE_NOOP("Symptom", "Poor feeding"),
    QT_TRANSLATE_NOOP("Symptom", "Eating or drinking much less than usual, or struggling to feed."),
    QT_TRANSLATE_NOOP("Symptom", "Swollen belly"),
    QT_TRANSLATE_NOOP("Symptom", "A swollen, firm or tight belly (the liver and spleen can grow)."),
    QT_TRANSLATE_NOOP("Symptom", "Something else"),
    QT_TRANSLATE_NOOP("Symptom", "Anything else you noticed; describe it in the notes."),
)
# fmt: on
