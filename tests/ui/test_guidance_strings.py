"""guidance_strings.py marks every text of red_flags.json and everyday_care.json for
translation; it must say exactly what the files say, as its generator would write it."""

from __future__ import annotations

import ast
from pathlib import Path

import caregiver_app.ui.guidance_strings as guidance_strings
from tests.ui.translation_marks import marked_strings

SOURCE = Path(guidance_strings.__file__)


def test_every_guidance_text_is_marked_in_file_order():
    expected = guidance_strings.guidance_texts()
    found = marked_strings(SOURCE)
    missing = [text for text in expected if ("Guidance", text) not in found]
    extra = [text for context, text in found if text not in expected or context != "Guidance"]
    assert (missing, extra) == ([], []), (
        f"run `python -m caregiver_app.ui.guidance_strings` to update {SOURCE.name}"
    )
    assert found == [("Guidance", text) for text in expected]


def test_the_file_is_what_its_generator_writes():
    current = SOURCE.read_text(encoding="utf-8")
    regenerated = guidance_strings.regenerated_source(current, guidance_strings.guidance_texts())
    assert current == regenerated, "run `python -m caregiver_app.ui.guidance_strings`"


def test_the_module_holds_the_same_strings_at_run_time():
    assert list(guidance_strings.GUIDANCE_STRINGS) == guidance_strings.guidance_texts()


def test_the_generator_writes_one_string_per_line_that_python_reads_back():
    texts = ['A "quoted" word', "a back\\slash", "ñ and “curly” quotes", "line\nbreak"]
    block = guidance_strings.generated_block(texts)
    calls = [line for line in block.splitlines() if "QT_TRANSLATE_NOOP(" in line]
    assert len(calls) == len(texts)
    tree = ast.parse(block.replace("# BEGIN GENERATED", "").replace("# END GENERATED", ""))
    values = [
        ast.literal_eval(node.args[1]) for node in ast.walk(tree) if isinstance(node, ast.Call)
    ]
    assert values == texts
