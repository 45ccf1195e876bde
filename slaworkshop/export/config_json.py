"""A config written in JSON, read defensively: a key read twice, ``NaN`` and numbers of
hundreds of digits are refused by the reader's hooks, each named with its place in the
file (``json_places``); a syntax error names its line.
"""

from __future__ import annotations

import json
import re
from typing import Any

from slaworkshop.models import printable

from . import json_places, yaml12
from .config_errors import ConfigError
from .config_errors import one as _one

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class _RefusedKey(ConfigError):
    """An object's key the JSON reader's hook refused (read twice, not Unicode)."""


class _RefusedNumber(ConfigError):
    """``NaN``, ``Infinity`` or an integer of too many digits in JSON."""


def _json_depth_guard(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _one(f"a JSON object has the key {printable(key)!r} twice", kind=_RefusedKey)
        if not key.isascii() and _LONE_SURROGATE.search(key):
            # "\ud800" is legal JSON escaping but no text; validation could not name the key.
            raise _one(f"a JSON object has the key {printable(repr(key))}, which is not valid"
                       " Unicode text", kind=_RefusedKey)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise _one(f"the file is not valid JSON: {name} is not a number", kind=_RefusedNumber)


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > yaml12.MAX_DIGITS:
        raise _one(yaml12.too_many_digits(digits), kind=_RefusedNumber)
    return int(text)


#: The largest JSON text read a second time to say where a key was refused: Python's own
#: reader takes about half a second a megabyte, and a 20 MB file of tiny objects took
#: ten seconds more than its first reading (review). Real agreements are under 1 MB.
MAX_PLACED_JSON = 1_000_000

_JSON_OPTIONS: dict[str, Any] = {"parse_constant": _reject_constant, "parse_int": _bounded_int}


def load_json(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_json_depth_guard, **_JSON_OPTIONS)


def _placed(text: str, refused: ConfigError) -> ConfigError:
    """The hook's refusal with the place in the file it is about, as YAML's say it."""
    if isinstance(refused, _RefusedKey):
        if len(text) > MAX_PLACED_JSON:
            return refused  # the pure-Python reader would take seconds: said without a place
        index = json_places.refused_object(text, _json_depth_guard, _RefusedKey, **_JSON_OPTIONS)
        where = "in the object that starts at "
    elif isinstance(refused, _RefusedNumber):
        index = json_places.first_refused_number(text, yaml12.MAX_DIGITS)
        where = ""
    else:
        return refused
    if index is None:
        return refused
    [problem] = refused.problems
    return _one(f"{problem.message} ({where}{json_places.line_column(text, index)})", problem.path)


def parse_json(text: str) -> Any:
    try:
        return load_json(text)
    except json.JSONDecodeError as exc:
        raise _one(
            f"the file is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ConfigError as exc:
        raise _placed(text, exc) from None
