"""Record ids: random version-4 UUIDs as 32 hex digits."""

from __future__ import annotations

import uuid

from caregiver_app.core.records import new_id


def test_new_ids_are_version_4_uuids_in_hex_and_all_different():
    ids = [new_id() for _ in range(2_000)]
    assert len(set(ids)) == len(ids)
    for record_id in ids[:200]:
        parsed = uuid.UUID(hex=record_id)
        assert parsed.hex == record_id
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
