"""The texts of resources/guidance/red_flags.json, everyday_care.json and the reasons in
check_intervals.json, marked for
translation so ``pyside6-lupdate`` puts them in the .ts files (context "Guidance").

Shown with ``QCoreApplication.translate("Guidance", text)`` (the ``render_*`` methods of
core/guidance.py and core/redflags.py take that function). The block below is generated:
after editing a guidance file run ``python -m caregiver_app.ui.guidance_strings``;
tests/ui/test_guidance_strings.py fails until the two agree."""

# ruff: noqa: E501  (one line per string keeps this file easy to diff against the JSON)

from __future__ import annotations

from pathlib import Path

from caregiver_app.core.messages import QT_TRANSLATE_NOOP

# BEGIN GENERATED
# fmt: off
GUIDANCE_STRINGS = (
    QT_TRANSLATE_NOOP("Guidance", "Eyes"),
    QT_TRANSLATE_NOOP("Guidance", "Any change in how your child sees: not looking at faces, not following a toy with the eyes, bumping into things, or a new squint."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today. Pressure on the nerve of the eye can sometimes be relieved when it is found early."),
    QT_TRANSLATE_NOOP("Guidance", "New wobbly, jerky or roving movements of the eyes."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today: this can be an early sign that the nerves of the eyes are being squeezed."),
    QT_TRANSLATE_NOOP("Guidance", "An eye check that found something new or not normal."),
    QT_TRANSLATE_NOOP("Guidance", "Make sure the care team hears about it today, even if the eye doctor is not part of the team."),
    QT_TRANSLATE_NOOP("Guidance", "Pressure in the head"),
    QT_TRANSLATE_NOOP("Guidance", "Much sleepier than usual, floppy, or hard to wake."),
    QT_TRANSLATE_NOOP("Guidance", "Call the emergency number now."),
    QT_TRANSLATE_NOOP("Guidance", "A severe headache; in a baby, crying hard when the head is touched or moved."),
    QT_TRANSLATE_NOOP("Guidance", "Vomiting that keeps coming back (twice or more within a day), or severe vomiting."),
    QT_TRANSLATE_NOOP("Guidance", "Headache and vomiting within two days of each other, even when each seems mild."),
    QT_TRANSLATE_NOOP("Guidance", "A doctor found swelling at the back of the eye (papilledema)."),
    QT_TRANSLATE_NOOP("Guidance", "Follow that doctor's advice, and make sure the care team hears about it today."),
    QT_TRANSLATE_NOOP("Guidance", "Jaw and teeth"),
    QT_TRANSLATE_NOOP("Guidance", "Pain, swelling or redness of the jaw or face, or pus coming from the gums."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the dental team or the care team today: an infection of the jaw bone is common and serious in this condition."),
    QT_TRANSLATE_NOOP("Guidance", "A tooth that seems infected: toothache with swelling, a bad taste, or pus."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the dental team or the care team today."),
    QT_TRANSLATE_NOOP("Guidance", "Any tooth or gum problem in the weeks after a tooth was taken out: pain, swelling, or a wound that does not heal."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the dental team or the care team today: the jaw bone can become infected after an extraction."),
    QT_TRANSLATE_NOOP("Guidance", "Fever, infection and breathing"),
    QT_TRANSLATE_NOOP("Guidance", "A fever, or your child feels hot and seems unwell."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today: infections need early treatment in this condition. If your child is also hard to wake or struggling to breathe, call the emergency number now."),
    QT_TRANSLATE_NOOP("Guidance", "Trouble breathing: fast, noisy or hard breathing, or pauses in breathing."),
    QT_TRANSLATE_NOOP("Guidance", "Bones"),
    QT_TRANSLATE_NOOP("Guidance", "A possible broken bone: pain, swelling or an odd shape after a knock or a fall, even a small one, or your child stops using an arm or a leg."),
    QT_TRANSLATE_NOOP("Guidance", "Handle your child gently and contact the care team today. The bones are dense but break easily."),
    QT_TRANSLATE_NOOP("Guidance", "Seizures and low calcium"),
    QT_TRANSLATE_NOOP("Guidance", "A seizure (fit): stiffening, jerking, staring spells, or going blue."),
    QT_TRANSLATE_NOOP("Guidance", "Call the emergency number now, and tell them that low calcium can cause seizures in this condition."),
    QT_TRANSLATE_NOOP("Guidance", "Muscle twitching or cramps, or tingling around the mouth, hands or feet."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today: these can be signs of low calcium, which can lead to seizures."),
    QT_TRANSLATE_NOOP("Guidance", "Face"),
    QT_TRANSLATE_NOOP("Guidance", "One side of the face droops, or an eye or the mouth does not close fully."),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today: thick bone can press on the nerve that moves the face."),
    QT_TRANSLATE_NOOP("Guidance", "Change in the eyes"),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today and tell them what you noticed."),
    QT_TRANSLATE_NOOP("Guidance", "A change in your child's sight was logged; pressure on the nerve of the eye can sometimes be relieved when it is found early."),
    QT_TRANSLATE_NOOP("Guidance", "Wobbly eye movements were logged; they can be an early sign that the nerves of the eyes are being squeezed."),
    QT_TRANSLATE_NOOP("Guidance", "Raised pressure in the head"),
    QT_TRANSLATE_NOOP("Guidance", "Call the emergency number now and say that your child has osteopetrosis."),
    QT_TRANSLATE_NOOP("Guidance", "Unusual sleepiness was logged; in this condition it can be a sign of raised pressure inside the head."),
    QT_TRANSLATE_NOOP("Guidance", "A severe headache was logged; it can be a sign of raised pressure inside the head."),
    QT_TRANSLATE_NOOP("Guidance", "Severe vomiting was logged; it can be a sign of raised pressure inside the head."),
    QT_TRANSLATE_NOOP("Guidance", "Vomiting was logged {count} times within {hours} hours; vomiting that keeps coming back can be a sign of raised pressure inside the head."),
    QT_TRANSLATE_NOOP("Guidance", "Headache and vomiting were both logged within {hours} hours; together they can be a sign of raised pressure inside the head."),
    QT_TRANSLATE_NOOP("Guidance", "Possible jaw infection"),
    QT_TRANSLATE_NOOP("Guidance", "Jaw pain or swelling was logged; an infection of the jaw bone is common and serious in this condition."),
    QT_TRANSLATE_NOOP("Guidance", "A tooth or gum problem was logged within {days} days after a tooth was taken out; the jaw bone can become infected after an extraction."),
    QT_TRANSLATE_NOOP("Guidance", "Fever or infection"),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today. If your child is also hard to wake or struggling to breathe, call the emergency number now."),
    QT_TRANSLATE_NOOP("Guidance", "A fever was logged; infections need early treatment in this condition."),
    QT_TRANSLATE_NOOP("Guidance", "Trouble breathing"),
    QT_TRANSLATE_NOOP("Guidance", "Trouble breathing was logged; a child who struggles to breathe needs help at once."),
    QT_TRANSLATE_NOOP("Guidance", "Possible broken bone"),
    QT_TRANSLATE_NOOP("Guidance", "Handle your child gently and contact the care team today."),
    QT_TRANSLATE_NOOP("Guidance", "A possible broken bone was logged; in this condition the bones are dense but break easily."),
    QT_TRANSLATE_NOOP("Guidance", "Seizure"),
    QT_TRANSLATE_NOOP("Guidance", "A seizure was logged; a seizure needs help at once, and in this condition low calcium can cause one."),
    QT_TRANSLATE_NOOP("Guidance", "Possible low calcium"),
    QT_TRANSLATE_NOOP("Guidance", "Contact the care team today."),
    QT_TRANSLATE_NOOP("Guidance", "Twitching, cramps or tingling was logged; these can be signs of low calcium, which can lead to seizures."),
    QT_TRANSLATE_NOOP("Guidance", "Weakness of the face"),
    QT_TRANSLATE_NOOP("Guidance", "Weakness or drooping of the face was logged; thick bone can press on the nerve that moves the face."),
    QT_TRANSLATE_NOOP("Guidance", "Everyday care"),
    QT_TRANSLATE_NOOP("Guidance", "Handle gently, make falls soft"),
    QT_TRANSLATE_NOOP("Guidance", "Ask the physiotherapist to show everyone who looks after your child safe ways to lift, carry and move them. Soft flooring, guard rails and protective gear make falls and knocks less harmful: the bones are dense but break easily."),
    QT_TRANSLATE_NOOP("Guidance", "Protect the teeth"),
    QT_TRANSLATE_NOOP("Guidance", "Brush every day, keep the regular dental check-ups and follow the dental team's prevention plan. Avoid taking out teeth unless it is really needed, and make sure every dentist knows the diagnosis first: the jaw bone can become infected after an extraction."),
    QT_TRANSLATE_NOOP("Guidance", "Gentle play, no contact sports"),
    QT_TRANSLATE_NOOP("Guidance", "Choose calm, gentle play. Avoid contact sports and rough or high-impact games: they risk broken bones and injuries to the head."),
    QT_TRANSLATE_NOOP("Guidance", "Vaccines on time, infections early"),
    QT_TRANSLATE_NOOP("Guidance", "Keep vaccines on time, as the care team advises, and tell the care team early about any infection of the chest, ears, skin or teeth: early treatment protects the bone marrow and the jaw."),
    QT_TRANSLATE_NOOP("Guidance", "Good food, no extra supplements"),
    QT_TRANSLATE_NOOP("Guidance", "Offer balanced meals with enough energy and protein, iron-rich foods such as meat and beans, fruit, vegetables and plenty to drink. Give no vitamins or other supplements unless the care team has planned them: too much can do harm in this condition."),
    QT_TRANSLATE_NOOP("Guidance", "Keep the eye and hearing checks"),
    QT_TRANSLATE_NOOP("Guidance", "Go to every planned eye and hearing check, even when all seems well: they find pressure on the nerves early, while something can still be done."),
    QT_TRANSLATE_NOOP("Guidance", "When to call"),
    QT_TRANSLATE_NOOP("Guidance", "Call the emergency number now for a sign marked Emergency, and contact the care team the same day for a sign marked Urgent. When you are unsure, call: asking early is always right. Keep the care team's numbers and the emergency information at home, in the car and at school, where everyone who looks after your child can find them."),
    QT_TRANSLATE_NOOP("Guidance", "Frequent eye exams, including visual evoked potentials (VEP), which often show optic nerve trouble before the eye exam or the scans do, catch nerve compression while treatment can still protect sight."),
    QT_TRANSLATE_NOOP("Guidance", "Early and repeated hearing tests (BAER in infants) find hearing loss from nerve compression early, when hearing aids and other help work best."),
    QT_TRANSLATE_NOOP("Guidance", "Frequent dental follow-up within a prevention program (fluoride, sealants, hygiene) lowers the risk of tooth infection spreading into the jaw bone."),
    QT_TRANSLATE_NOOP("Guidance", "Blood counts (marrow crowded by dense bone can cause anemia and low platelets) and calcium, phosphate, PTH and vitamin D (low calcium can cause seizures)."),
    QT_TRANSLATE_NOOP("Guidance", "Weight, length and head circumference: stunted growth is part of the condition (and a large head is among its signs), so the care team follows the child's own curves."),
)
# fmt: on
# END GENERATED


def guidance_texts() -> list[str]:
    """Every text of the two guidance files, in file order, each once."""
    from caregiver_app.core.catalogue import load_catalogue
    from caregiver_app.core.guidance import everyday_care_path, load_everyday_care
    from caregiver_app.core.redflags import load_red_flags, red_flags_path
    from caregiver_app.paths import resources_dir, symptom_catalogue_path

    catalogue = load_catalogue(symptom_catalogue_path())
    red_flags = load_red_flags(red_flags_path(resources_dir()), catalogue)
    everyday = load_everyday_care(everyday_care_path(resources_dir()))
    return list(dict.fromkeys([*red_flags.texts(), *everyday.texts(), *check_reasons()]))


def check_reasons() -> list[str]:
    """Why each routine check matters (resources/guidance/check_intervals.json)."""
    import json

    from caregiver_app.paths import resources_dir

    data = json.loads(
        (resources_dir() / "guidance" / "check_intervals.json").read_text(encoding="utf-8")
    )
    return [item["why"] for item in data["checks"] if item.get("why")]


def generated_block(texts: list[str]) -> str:
    import json

    lines = ["# BEGIN GENERATED", "# fmt: off", "GUIDANCE_STRINGS = ("]
    # JSON's string syntax is a subset of Python's: double quotes, the same escapes.
    lines += [
        f'    QT_TRANSLATE_NOOP("Guidance", {json.dumps(t, ensure_ascii=False)}),' for t in texts
    ]
    lines += [")", "# fmt: on", "# END GENERATED"]
    return "\n".join(lines)


def regenerated_source(source: str, texts: list[str]) -> str:
    head, rest = source.split("# BEGIN GENERATED", 1)
    _block, tail = rest.split("# END GENERATED", 1)
    return head + generated_block(texts) + tail


def main() -> None:
    path = Path(__file__)
    path.write_text(
        regenerated_source(path.read_text(encoding="utf-8"), guidance_texts()), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
