"""In a frozen build, resources and translations come from the bundle (sys._MEIPASS), where
packaging/caregiver_app.spec puts them, before any folder next to the code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from caregiver_app import paths


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PyInstaller bundle folder as the spec lays it out."""
    root = tmp_path / "_internal"
    for name in ("resources", "translations"):
        (root / "caregiver_app" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(root), raising=False)
    return root


def test_a_frozen_app_reads_its_bundled_resources_and_translations(bundle):
    assert paths.resources_dir() == bundle / "caregiver_app" / "resources"
    assert paths.translations_dir() == bundle / "caregiver_app" / "translations"
    assert paths.symptom_catalogue_path() == (
        bundle / "caregiver_app" / "resources" / "guidance" / "symptoms.json"
    )


def test_a_bundle_without_the_folder_falls_back_to_the_package(bundle):
    (bundle / "caregiver_app" / "translations").rmdir()
    assert paths.translations_dir() != bundle / "caregiver_app" / "translations"
    assert (paths.translations_dir() / "caregiver_app_es.ts").exists()


def test_without_a_bundle_the_checkout_is_used(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert (paths.resources_dir() / "guidance" / "symptoms.json").exists()
