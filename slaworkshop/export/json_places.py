"""Where in a JSON text one of our refusals sits.

Python's JSON reader calls its hooks (for an object's keys, ``NaN``, an integer) without
saying where in the text it is, so a file refused by one of them was named without a
line, unlike every YAML refusal. These functions run only once a file has been refused:
they read it again to find the place. JSON is read from left to right and a reader stops
at its first refusal, so the first place of the kind refused is the place.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from json.decoder import JSONObject  # type: ignore[attr-defined]  # not in typeshed
from json.scanner import py_make_scanner  # type: ignore[attr-defined]
from typing import Any

# Outside strings, JSON holds punctuation, literals and numbers. A text is matched whole
# from its opening quote, so nothing inside one is taken for a token.
_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|(?P<constant>NaN|-?Infinity)'
    r"|-?(?P<digits>\d+)(?P<fraction>\.\d+)?(?P<exponent>[eE][-+]?\d+)?",
    re.DOTALL,
)


def line_column(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


def first_refused_number(text: str, max_digits: int) -> int | None:
    """Where the first ``NaN``, ``Infinity`` or ``-Infinity``, or the first integer (no
    fraction, no exponent) of more than ``max_digits`` digits, outside a string starts."""
    for match in _TOKEN.finditer(text):
        if match["constant"]:
            return match.start()
        digits = match["digits"]
        if digits and len(digits) > max_digits and not (match["fraction"] or match["exponent"]):
            return match.start()
    return None


def refused_object(text: str, pairs_hook: Callable[[list[tuple[str, Any]]], Any],
                   refusal: type[Exception], **options: Any) -> int | None:
    """Where the object that ``pairs_hook`` refuses (raising ``refusal``) opens.

    The text is read again by the JSON module's own pure-Python reader, whose object
    reader can be replaced, so each object's hook knows where its brace is."""
    found: list[int] = []

    def parse_object(s_and_end: tuple[str, int], strict: bool, scan_once: Any,
                     object_hook: Any, object_pairs_hook: Any, memo: Any = None) -> Any:
        brace = s_and_end[1] - 1

        def hook(pairs: list[tuple[str, Any]]) -> Any:
            try:
                return pairs_hook(pairs)
            except refusal:
                found.append(brace)
                raise

        return JSONObject(s_and_end, strict, scan_once, object_hook, hook, memo)

    decoder = json.JSONDecoder(object_pairs_hook=pairs_hook, **options)
    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    decoder.scan_once = py_make_scanner(decoder)  # type: ignore[attr-defined]
    # The refusal itself is reported by the caller; here only its place counts.
    with contextlib.suppress(refusal, ValueError, RecursionError):
        decoder.decode(text)
    return found[0] if found else None
