"""The symptom catalogue: codes with a plain label, a one-line description and a source.

The data lives in ``resources/guidance/symptoms.json``; this module only checks and holds it."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class Source:
    key: str
    citation: str


@dataclass(frozen=True)
class SymptomKind:
    code: str
    label: str
    description: str
    group: str
    source: str  # a key of Catalogue.sources


class CatalogueError(ValueError):
    pass


@dataclass(frozen=True)
class Catalogue:
    symptoms: tuple[SymptomKind, ...]
    sources: Mapping[str, Source]

    def __iter__(self) -> Iterator[SymptomKind]:
        return iter(self.symptoms)

    @cached_property
    def _codes(self) -> frozenset[str]:
        return frozenset(kind.code for kind in self.symptoms)

    def __contains__(self, code: object) -> bool:
        # A set lookup: an import checks every row against the catalogue.
        return isinstance(code, str) and code in self._codes

    def get(self, code: str) -> SymptomKind:
        for kind in self.symptoms:
            if kind.code == code:
                return kind
        raise KeyError(code)

    def codes(self) -> list[str]:
        return [kind.code for kind in self.symptoms]


def parse_catalogue(data: object) -> Catalogue:
    if not isinstance(data, dict):
        raise CatalogueError("catalogue: top level must be an object")
    raw_sources = data.get("sources")
    raw_symptoms = data.get("symptoms")
    if not isinstance(raw_sources, dict) or not isinstance(raw_symptoms, list):
        raise CatalogueError("catalogue: needs 'sources' (object) and 'symptoms' (list)")
    sources = {str(key): Source(str(key), str(value)) for key, value in raw_sources.items()}
    kinds: list[SymptomKind] = []
    seen: set[str] = set()
    for position, item in enumerate(raw_symptoms):
        if not isinstance(item, dict):
            raise CatalogueError(f"catalogue: symptom {position} is not an object")
        try:
            kind = SymptomKind(
                code=str(item["code"]),
                label=str(item["label"]),
                description=str(item["description"]),
                group=str(item["group"]),
                source=str(item["source"]),
            )
        except KeyError as missing:
            raise CatalogueError(f"catalogue: symptom {position} lacks {missing}") from None
        if kind.code in seen:
            raise CatalogueError(f"catalogue: code {kind.code!r} appears twice")
        if kind.source not in sources:
            raise CatalogueError(f"catalogue: {kind.code} names unknown source {kind.source!r}")
        seen.add(kind.code)
        kinds.append(kind)
    return Catalogue(tuple(kinds), sources)


def load_catalogue(path: Path) -> Catalogue:
    return parse_catalogue(json.loads(path.read_text(encoding="utf-8")))
