"""Value types shared by the agreement document: keys, dates, durations, bounded text.

Each type checks exactly what DESIGN.md's config contract says about it, so that the
error a user sees names the field and the rule it broke.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zoneinfo
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
)

from .schema_patterns import DATE_BODY, DATE_SCHEMA, DURATION_SCHEMA, END, KEY_SCHEMA

#: Longest text a single field may hold. Generous for a definition or agenda; it
#: bounds what a hostile file can make us hash, store and render.
MAX_TEXT = 20_000
#: Most entries a list may hold (README); the keyed sections and every list of plain
#: values alike.
MAX_ITEMS = 10_000
#: Largest integer that survives a round trip through JSON numbers (RFC 8785, I-JSON).
MAX_SAFE_INT = 2**53 - 1

#: Control characters (C0 but tab and newline, DEL, C1), lone surrogates, noncharacters.
_CONTROL_CLASS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_CONTROL = re.compile(f"[{_CONTROL_CLASS}]")
#: What this release refused before it refused C1 controls (U+0080 to U+009F): stored
#: content is read by this rule, so a version saved with one stays readable.
_STORED_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
#: What a value of each written form must look like (also said when it is not text).
DATE_FORM = "must be a date written as YYYY-MM-DD"
DURATION_FORM = "must be an ISO 8601 duration such as PT4H, P2D or P2W"
TIME_FORM = "must be a time written as HH:MM (00:00 to 23:59)"
#: Reading stored content: ``Content.model_validate(data, context=STORED)``.
STORED = {"stored": True}
# Each pattern must match the whole value (``fullmatch``: "$" alone also matches before
# a final newline) and reads digits as ASCII 0-9 (``\d`` is any script's digit).
_KEY = re.compile(r"[a-z0-9-]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
#: A component's amount: digits, and on the smallest component present a decimal
#: fraction after a point or a comma (ISO 8601: PT1.5H, P0,5D).
_AMOUNT = r"[0-9]+(?:[.,][0-9]+)?"
_DURATION = re.compile(
    rf"P(?:(?P<y>{_AMOUNT})Y)?(?:(?P<mo>{_AMOUNT})M)?(?:(?P<w>{_AMOUNT})W)?(?:(?P<d>{_AMOUNT})D)?"
    rf"(?:T(?:(?P<h>{_AMOUNT})H)?(?:(?P<mi>{_AMOUNT})M)?(?:(?P<s>{_AMOUNT})S)?)?"
)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
#: What this release accepted before it matched whole values in ASCII digits: stored
#: content is read by these, so a version saved under the old rule stays readable.
_STORED_PATTERNS = {
    pattern: re.compile("^" + pattern.pattern.replace("[0-9]", r"\d") + "$")
    for pattern in (_KEY, _DATE, _TIME, _DURATION, _EMAIL)
}


def _is_stored(info: ValidationInfo | None) -> bool:
    return info is not None and isinstance(info.context, dict) and info.context.get("stored") is True


def _whole(pattern: re.Pattern[str], value: str, info: ValidationInfo | None) -> re.Match[str] | None:
    """``pattern`` matched against all of ``value``; stored content by the old rule."""
    if _is_stored(info):
        return _STORED_PATTERNS[pattern].match(value)
    return pattern.fullmatch(value)


#: Bidirectional embeddings and overrides: in a one-line text they make a name or label
#: read differently from what it holds ("Priya \u202eatajaraN"). Isolates (U+2066 to
#: U+2069), the safe way to set right-to-left words in a line, are allowed, as they are
#: in names within the agreement.
_DIRECTION_CONTROL = re.compile("[\u202a-\u202e]")


def control_problem(character: str) -> str:
    """What is wrong with ``character``, one that text may not hold, named by its code
    point so that it can be found in a file where it does not show."""
    point = f"U+{ord(character):04X}"
    if character == "\r":
        return f"contains a carriage return ({point}); a line break is written as \\n alone"
    if character == "\n":
        return "must be one line (it contains a line break)"
    if character == "\t":
        return f"contains a tab ({point})"
    if "\ud800" <= character <= "\udfff" or character in "\ufffe\uffff":
        return f"contains a character that is not text ({point})"
    return f"contains a control character ({point})"


def short_text_problem(value: str, max_length: int = 500) -> str | None:
    """Why ``value`` cannot be a one-line text such as a version label or a typed
    signature, or None when it can."""
    found = _CONTROL.search(value) or re.search("[\n\t]", value)
    if found:
        return control_problem(found.group())
    if _DIRECTION_CONTROL.search(value):
        return "contains a text-direction control character"
    if len(value) > max_length:
        return f"is too long (at most {max_length} characters)"
    return None


def without_refused_characters(value: str) -> str:
    """``value`` as a one-line text may hold it: controls and text-direction embeddings
    left out, line breaks and tabs made spaces (what to offer back for correcting)."""
    return _DIRECTION_CONTROL.sub("", _CONTROL.sub("", re.sub("[\n\t]", " ", value)))


def is_blank(value: str) -> bool:
    """Whether ``value`` shows nothing: only spaces and invisible format characters
    (a zero-width space, a joiner), which ``str.strip`` leaves in place."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in value)


def _no_control(value: str, info: ValidationInfo) -> str:
    found = (_STORED_CONTROL if _is_stored(info) else _CONTROL).search(value)
    if found:
        raise ValueError(control_problem(found.group()))
    return value


def _key(value: str, info: ValidationInfo) -> str:
    if not _whole(_KEY, value, info):
        raise ValueError("must be lowercase letters, digits and hyphens only")
    return value


def _non_blank(value: str, info: ValidationInfo) -> str:
    # U+FEFF is blank too: a JSON Schema validator's "\\S" (ECMAScript) does not match
    # it, and a title of one looked empty everywhere (contract audit). Stored content is
    # read by the old rule.
    blank = value if _is_stored(info) else value.replace("\ufeff", "")
    if not blank.strip():
        raise ValueError("must not be empty")
    return value


def _iso_date(value: object) -> object:
    # A YAML date and quoted ISO text mean the same: both become ISO text.
    if isinstance(value, date):
        return value.isoformat()
    return value


def _check_date(value: str, info: ValidationInfo) -> str:
    if not _whole(_DATE, value, info):
        raise ValueError(DATE_FORM)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("is not a real calendar date") from None
    return value


def _check_time(value: str, info: ValidationInfo) -> str:
    if not _whole(_TIME, value, info):
        raise ValueError(TIME_FORM)
    return value


def duration_digits(value: str, info: ValidationInfo | None = None) -> dict[str, str] | None:
    """The components of an ISO 8601 duration as written ("1.5", with a comma made a
    point), or None when it is not one. Wording says these, not :func:`parse_duration`'s
    floats: "P9007199254740993D" read as 9007199254740992 days (fuzzing)."""
    match = _whole(_DURATION, value, info)
    if not match or value in ("P", "PT") or value.endswith("T"):
        return None
    present = [(name, part) for name, part in match.groupdict().items() if part is not None]
    if any(not part.isdigit() for _name, part in present[:-1]):
        return None  # a fraction belongs to the smallest component only
    return {name: part.replace(",", ".") for name, part in present}


def parse_duration(value: str, info: ValidationInfo | None = None) -> dict[str, float] | None:
    """The components of an ISO 8601 duration, or None when it is not one."""
    digits = duration_digits(value, info)
    return None if digits is None else {name: float(part) for name, part in digits.items()}


def _check_duration(value: str, info: ValidationInfo) -> str:
    parts = parse_duration(value, info)
    if parts is None:
        raise ValueError(DURATION_FORM)
    if not any(parts.values()):
        raise ValueError("must be longer than zero")
    return value


@lru_cache(maxsize=1)
def _packaged_zones() -> frozenset[str]:
    """The zone names the ``tzdata`` package lists (one small file)."""
    try:
        import tzdata
    except ImportError:
        return frozenset()
    try:
        # Read beside the package: importlib.resources costs ~7 ms of imports...
        text = Path(str(tzdata.__file__)).with_name("zones").read_text(encoding="utf-8")
    except OSError:  # ...but also reads a package installed as a zip
        from importlib import resources

        text = resources.files(tzdata).joinpath("zones").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


#: Files in the zone folders that name no place: "localtime" is whatever zone the
#: machine reading the file is set to, "Factory" a placeholder meaning "not set". The
#: zone picker leaves them out; the check still accepts them, as earlier releases did
#: (and their picker offered them), so a signed file holding one still verifies.
NOT_ZONES = frozenset({"localtime", "Factory"})


def is_time_zone(name: str) -> bool:
    """Whether ``name`` is in ``zoneinfo.available_timezones()``, without building it.

    That set opens every file under the system's zoneinfo folders to check its header,
    about 25 ms at the first document a process reads. This asks the same two sources
    about one name: the ``tzdata`` package's list, then the TZif file of exactly that
    name (same letter case) in a TZPATH folder, leaving out ``posixrules`` and the
    ``right/`` and ``posix/`` trees, as the set does.
    """
    if name in _packaged_zones():
        return True
    parts = name.split("/")
    if (name == "posixrules" or parts[0] in ("right", "posix") or "\\" in name
            or any(part in ("", ".", "..") for part in parts)):
        return False
    for root in zoneinfo.TZPATH:
        folder = os.path.join(root, *parts[:-1])
        try:
            if parts[-1] not in os.listdir(folder):  # exact case, also on macOS and Windows
                continue
            path = os.path.join(folder, parts[-1])
            if os.path.isfile(path):
                with open(path, "rb") as file:
                    if file.read(4) == b"TZif":
                        return True
        except OSError:
            continue
    return False


def _check_timezone(value: str) -> str:
    if not is_time_zone(value):
        raise ValueError("is not an IANA time zone name such as Europe/Berlin")
    return value


def _check_email(value: str, info: ValidationInfo) -> str:
    if value and not _whole(_EMAIL, value, info):
        raise ValueError("is not an e-mail address")
    return value


def _empty_is_none(value: object) -> object:
    return None if value == "" else value


def _pattern(pattern: str) -> Any:
    return Field(json_schema_extra={"pattern": pattern})


#: Text without the characters ``_no_control`` refuses, in JSON Schema. Lone surrogates
#: are left to import: a validator that reads patterns by UTF-16 units (ECMAScript without
#: the u flag) would refuse every emoji as a pair of them.
_TEXT_SCHEMA = "^[^" + _CONTROL_CLASS.replace("\\ud800-\\udfff", "").replace("\\x", "\\u00") + "]*$"
Text = Annotated[
    str, StringConstraints(max_length=MAX_TEXT), AfterValidator(_no_control), _pattern(_TEXT_SCHEMA)
]
#: Longest name, title or label (a required text field). The PDF lays its cover, page
#: headers and signature lines out for this length (README).
MAX_NAME = 500
Name = Annotated[
    str,
    StringConstraints(max_length=MAX_NAME),
    AfterValidator(_no_control),
    AfterValidator(_non_blank),
    _pattern(r"^(?=[\s\S]*[^\s\ufeff])" + _TEXT_SCHEMA[1:]),
]
Key = Annotated[
    str, StringConstraints(min_length=1, max_length=100), AfterValidator(_key), _pattern(KEY_SCHEMA)
]
# "" means no reference, as null does.
Ref = Annotated[
    Key | None,
    BeforeValidator(_empty_is_none),
    WithJsonSchema({"anyOf": [{"type": "string", "maxLength": 100, "pattern": "^[a-z0-9-]*" + END},
                              {"type": "null"}]}),
]
IsoDate = Annotated[
    str, BeforeValidator(_iso_date), AfterValidator(_check_date), _pattern(DATE_SCHEMA)
]
OptDate = Annotated[
    IsoDate | None,
    BeforeValidator(_empty_is_none),
    WithJsonSchema({"anyOf": [{"type": "string", "pattern": f"^({DATE_BODY})?{END}"},
                              {"type": "null"}]}),
]
ClockTime = Annotated[
    str, AfterValidator(_check_time), _pattern("^([01][0-9]|2[0-3]):[0-5][0-9]" + END)
]
Duration = Annotated[
    str, StringConstraints(max_length=64), AfterValidator(_check_duration), _pattern(DURATION_SCHEMA)
]
TimeZone = Annotated[str, StringConstraints(max_length=64), AfterValidator(_check_timezone)]
#: Not "@" and not what Python's \s calls a space, spelled out: ECMAScript's \s also
#: takes U+FEFF and leaves out U+001C-U+001F and U+0085 (review).
_NOT_AT = ("[^@\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029"
           "\\u202f\\u205f\\u3000]")
Email = Annotated[
    str, StringConstraints(max_length=320), AfterValidator(_check_email),
    _pattern(f"^{END}|^{_NOT_AT}+@{_NOT_AT}+\\.{_NOT_AT}+{END}"),
]
def _as_whole_number(value: object) -> object:
    """2e15 and 60.0 have no fraction: they are whole numbers (README), read and bounded
    as such (±(2^53 − 1), not the ±10^15 of numbers with a fraction). RFC 8785 writes
    60.0 as 60 and the schema calls it an integer, so the hash and the schema never told
    them apart; now import does not either."""
    if type(value) is float and value.is_integer():
        return int(value)
    return value


SafeInt = Annotated[int, Field(ge=-MAX_SAFE_INT, le=MAX_SAFE_INT), BeforeValidator(_as_whole_number)]
#: A count (employees, a version number): the bound is on the integer itself, so the
#: published schema says "minimum": 0 (``Field(ge=0)`` on ``SafeInt | None`` wrote the
#: unknown keyword "ge" there, which JSON Schema validators ignore).
Count = Annotated[int, Field(ge=0, le=MAX_SAFE_INT), BeforeValidator(_as_whole_number)]
Number = Annotated[
    SafeInt | Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)],
    BeforeValidator(_as_whole_number),
]
TextList = Annotated[list[Text], Field(max_length=MAX_ITEMS)]

Team = Literal["marketing", "sales", "shared"]
StakeholderTeam = Literal["marketing", "sales", "leadership", "other"]
TermStatus = Literal["agreed", "disputed", "sunset"]
BuyingRole = Literal["decision_maker", "influencer", "user"]
Priority = Literal["target", "acceptable", "excluded"]
Seniority = Literal["c_level", "vp", "director", "manager", "practitioner"]
Clock = Literal["business", "calendar"]
Outcome = Literal["recycle", "disqualify", "return_to_marketing"]
RuleKind = Literal["fit", "behavior"]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
VersionStatus = Literal["draft", "saved", "proposed", "signed", "superseded"]



def _optional_choice(choice: Any) -> Any:
    """``choice`` or null; "" means null, as it does for a reference or a date (absent
    and empty mean the same, DESIGN.md), so a picklist exported empty reads back."""
    return Annotated[
        choice | None,
        BeforeValidator(_empty_is_none),
        WithJsonSchema({"anyOf": [{"type": "string", "enum": [*get_args(choice), ""]},
                                  {"type": "null"}]}),
    ]


OptTeam = _optional_choice(Team)
OptBuyingRole = _optional_choice(BuyingRole)
OptSeniority = _optional_choice(Seniority)

WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
