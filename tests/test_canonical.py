"""The fast canonical JSON path writes exactly what the RFC 8785 reference writes."""

from __future__ import annotations

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from slaworkshop.models.canonical import canonical_bytes

# Any text a field can hold: every code point except lone surrogates (refused on input).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
KEYS = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=12)
SCALARS = st.none() | st.booleans() | TEXT | st.integers(-(2**53) + 1, 2**53 - 1)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=600, deadline=None)
@given(JSON)
def test_fast_path_equals_rfc8785_reference(data: object) -> None:
    assert canonical_bytes(data) == rfc8785.dumps(data)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_numbers_with_fractions_take_the_reference_path(number: float) -> None:
    assert canonical_bytes({"target": number}) == rfc8785.dumps({"target": number})


def test_control_characters_and_line_separators_are_escaped_alike() -> None:
    data = {"a": "tab\there \x01 \x1f \x7f \u2028 \u2029 \"quoted\" back\\slash é 😀"}
    assert canonical_bytes(data) == rfc8785.dumps(data)


def test_every_field_that_admits_a_float_is_checked_by_the_content_path() -> None:
    import typing

    from slaworkshop.models import Content, canonical_json, full_form, validate_content

    def float_fields(model: type, path: str = "") -> set[str]:
        found: set[str] = set()
        for name, field in model.model_fields.items():
            text = repr(field.annotation)
            if "float" in text:
                found.add(path + name)
            for arg in typing.get_args(field.annotation) or (field.annotation,):
                inner = typing.get_args(arg) or (arg,)
                for candidate in inner:
                    if isinstance(candidate, type) and hasattr(candidate, "model_fields"):
                        found |= float_fields(candidate, f"{path}{name}.")
        return found

    assert float_fields(Content) == {
        "goals.target", "qualification.mql_threshold", "qualification.rules.points",
    }
    content = validate_content(
        {
            "title": "T", "organization": "O",
            "goals": [{"key": "g", "statement": "S", "target": 1e-5}],
            "qualification": {"mql_threshold": 60.0,
                              "rules": [{"key": "r", "criterion": "C", "kind": "fit", "points": 2.5}]},
        }
    )
    assert canonical_json(content) == rfc8785.dumps(full_form(content))
    assert b'"target":0.00001' in canonical_json(content)


#: Each content holds a number with a fraction in one field only, so the content path
#: must see that very field to take the RFC 8785 writer.
ONE_FLOAT_FIELD = {
    "goals[].target": lambda number: {
        "goals": [{"key": "g", "statement": "S", "target": number},
                  {"key": "h", "statement": "H", "target": 3}],
        "qualification": {"mql_threshold": 60,
                          "rules": [{"key": "r", "criterion": "C", "kind": "fit", "points": 2}]},
    },
    "qualification.mql_threshold": lambda number: {
        "goals": [{"key": "g", "statement": "S", "target": 120}],
        "qualification": {"mql_threshold": number,
                          "rules": [{"key": "r", "criterion": "C", "kind": "fit", "points": 2}]},
    },
    "qualification.rules[].points": lambda number: {
        "goals": [{"key": "g", "statement": "S", "target": 120}],
        "qualification": {"mql_threshold": 60,
                          "rules": [{"key": "r", "criterion": "C", "kind": "fit", "points": 2},
                                    {"key": "s", "criterion": "D", "kind": "behavior",
                                     "points": number}]},
    },
}


@pytest.mark.parametrize("field", list(ONE_FLOAT_FIELD))
def test_a_fraction_in_any_one_number_field_is_written_as_rfc8785_writes_it(field: str) -> None:
    # Python's JSON writes 1e-05 where RFC 8785 (ECMAScript) writes 0.00001: a hash
    # taken the fast way would differ from every other RFC 8785 implementation's.
    import hashlib

    from slaworkshop.models import canonical_json, content_sha256, full_form, validate_content

    for number, written in ((1e-05, b"0.00001"), (123456789.125, b"123456789.125"),
                            (-2.5e-07, b"-2.5e-7")):
        content = validate_content({"title": "T", "organization": "O",
                                    **ONE_FLOAT_FIELD[field](number)})
        expected = rfc8785.dumps(full_form(content))
        assert canonical_json(content) == expected, (field, number)
        assert written in expected
        assert content_sha256(content) == hashlib.sha256(expected).hexdigest(), (field, number)
