"""House rules and privacy texts (domain.policies) and the visitor types' stored form
(domain.guests): limits exactly and the codes a screen words. Written for survivors of mutation
testing (tools/mutation.sh)."""

from __future__ import annotations

import pytest

from kiosk.domain.guests import DEFAULT_VISITOR_TYPES, VisitorType, dump_visitor_types, parse_visitor_types
from kiosk.domain.policies import POLICY_TEXT_MAX, InvalidPolicyText, validate_texts
from kiosk.domain.problems import Code


def test_a_text_at_its_limit_is_kept_one_more_character_is_refused_with_its_code():
    assert validate_texts({"da": " " + "x" * POLICY_TEXT_MAX + " ", "de": "  "}) == {"da": "x" * POLICY_TEXT_MAX}
    with pytest.raises(InvalidPolicyText) as refused:
        validate_texts({"da": "x" * (POLICY_TEXT_MAX + 1)})
    assert (refused.value.code, refused.value.params) == (Code.POLICY_TOO_LONG, {"limit": POLICY_TEXT_MAX})
    with pytest.raises(InvalidPolicyText) as refused:
        validate_texts({"da": " ", "en": ""})
    assert refused.value.code is Code.POLICY_EMPTY


def test_visitor_types_are_stored_readable_and_read_back_the_same():
    types = (*DEFAULT_VISITOR_TYPES, VisitorType("dagsgaest", {"da": "Dagsgæst på Ø"}, 15000))
    text = dump_visitor_types(types)
    assert "Dagsgæst på Ø" in text  # the host reads and edits this text: Danish letters as they are
    assert parse_visitor_types(text) == types
