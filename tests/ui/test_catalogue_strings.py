"""catalogue_strings.py marks every symptom label and description for translation; it must
say exactly what resources/guidance/symptoms.json says, in the same order."""

from __future__ import annotations

import json
from pathlib import Path

import caregiver_app.ui.catalogue_strings as catalogue_strings
from caregiver_app.paths import symptom_catalogue_path
from tests.ui.translation_marks import marked_strings

SOURCE = Path(catalogue_strings.__file__)


def test_every_label_and_description_is_marked_in_catalogue_order():
    data = json.loads(symptom_catalogue_path().read_text(encoding="utf-8"))
    expected = [
        ("Symptom", symptom[key])
        for symptom in data["symptoms"]
        for key in ("label", "description")
    ]
    found = marked_strings(SOURCE)
    missing = [text for _context, text in expected if ("Symptom", text) not in found]
    extra = [text for _context, text in found if ("Symptom", text) not in expected]
    assert (missing, extra) == ([], []), f"update {SOURCE.name} to match symptoms.json"
    assert found == expected


def test_the_module_holds_the_same_strings_at_run_time(services):
    expected = [text for kind in services.catalogue for text in (kind.label, kind.description)]
    assert list(catalogue_strings.SYMPTOM_STRINGS) == expected


def test_each_string_is_on_one_line():
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    calls = [line for line in lines if "QT_TRANSLATE_NOOP(" in line and "import" not in line]
    assert all(line.rstrip().endswith("),") for line in calls)
    assert len(calls) == len(marked_strings(SOURCE))
