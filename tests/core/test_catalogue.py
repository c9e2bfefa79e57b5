"""The symptom catalogue answers "is this a code?" for codes only."""

from __future__ import annotations

from caregiver_app.core.catalogue import load_catalogue
from caregiver_app.paths import symptom_catalogue_path

CATALOGUE = load_catalogue(symptom_catalogue_path())


def test_every_listed_code_is_in_the_catalogue_and_nothing_else_is():
    for code in CATALOGUE.codes():
        assert code in CATALOGUE
    assert "Fever" not in CATALOGUE
    assert " fever" not in CATALOGUE
    assert "" not in CATALOGUE
    assert None not in CATALOGUE
    assert ["fever"] not in CATALOGUE
    assert CATALOGUE.get("fever").label == "Fever"
