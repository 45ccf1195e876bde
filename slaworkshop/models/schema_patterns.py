"""The published JSON Schema's patterns for the written forms (no validation here:
``fields`` validates and gives the messages)."""

from __future__ import annotations

#: The same rules for the published JSON Schema (``fields`` gives the messages).
#: Real calendar dates and time zones are checked by import only. Each pattern means the
#: same in ECMAScript, JSON Schema's dialect, and in Python's ``re.search`` (the
#: ``jsonschema`` package): digits are written [0-9] (Python's \d is any script's
#: digit), and the end is :data:`END` (Python's $ also matches before a final newline).
#: Under Python, "PT4H\n" and "PT٤H" passed the schema that import refuses (audit).
END = r"(?![\s\S])"
KEY_SCHEMA = "^[a-z0-9-]+" + END
DATE_BODY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
DATE_SCHEMA = f"^{DATE_BODY}{END}"


def _amount_schema(unit: str) -> str:
    """A component's amount: digits, and a fraction only when its unit ends the value."""
    return f"[0-9]+([.,][0-9]+(?={unit}{END}))?{unit}"


#: Some digit other than 0: a duration longer than zero (P0D and PT0.0H are refused).
DURATION_SCHEMA = (
    f"^P(?=[^1-9]*[1-9])({_amount_schema('Y')})?({_amount_schema('M')})?"
    f"({_amount_schema('W')})?({_amount_schema('D')})?"
    f"(T(?=[0-9])({_amount_schema('H')})?({_amount_schema('M')})?({_amount_schema('S')})?)?{END}"
)


def schema_pattern(pattern: str) -> str:
    """``pattern`` (anchored with ^ and $) with the end that means the same in both
    dialects."""
    return pattern.removesuffix("$") + END
