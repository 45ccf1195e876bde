"""Untrusted bytes to plain data: the defensive half of reading a config file.

A config comes from outside and may be hostile. YAML is read as YAML 1.2 with the safe
loader, so ``17:30`` and ``no`` stay text; duplicate keys and tags other than ``!!str``
on a scalar are refused, and anchors/aliases count as what they
expand to (the billion-laughs family meets the size limits). Sizes, depth and counts are
bounded while parsing, so a file built to waste time or memory is refused early, and
every refusal names the place in the file it is about.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from slaworkshop.models import Problem, printable
from slaworkshop.models.fields import MAX_ITEMS, MAX_TEXT
from slaworkshop.safe_text import quoted

from . import yaml12
from .config_errors import ConfigError, NotYaml
from .config_errors import one as _one
from .config_json import load_json as _load_json
from .config_json import parse_json as _parse_json

#: A config bigger than this is not an agreement; refuse before parsing it.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Deeper nesting than any agreement needs (content → list → item → object → list).
MAX_DEPTH = 12
#: A YAML scalar longer than this fits no field (text fields hold ``MAX_TEXT``); refusing
#: it early spares the load of a file built to waste time.
MAX_SCALAR_CHARS = 2 * MAX_TEXT

#: Far more keys than any mapping of the format has, and entries than any list may hold.
MAX_KEYS = 200
MAX_LIST = MAX_ITEMS
#: Values (texts, numbers, lists, mappings, and a mapping's keys) in one file. An
#: agreement of 2,000 terms holds about 35,000.
MAX_VALUES = 500_000

_LIBYAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Byte-order marks of the encodings a config is not in; UTF-32's before UTF-16's, which
#: they start with.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
              (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def _check_yaml_events(text: str) -> None:
    """Refuse what an agreement never needs and an attack does: tags (but ``!!str`` on a
    scalar), aliases that expand past the limits, depth.

    This first pass looks only at parser events (libyaml's, when PyYAML has it), so a
    hostile file is refused before anything is built from it. Anchors and aliases are
    YAML 1.2 and are read; an alias counts as everything its anchor holds, in values,
    depth and characters of text, so a "billion laughs" file is refused by the same
    limits as a file that writes it all out (text: the 20 MB a file may hold).
    """
    # Per open collection: is it a mapping, how many nodes it holds so far (a mapping's
    # keys and values both), the last key read in it, the key or index it sits at in
    # its parent (for the path a message names), its anchor, the value count when it
    # opened, and how deep the collections inside it go. Counted here because libyaml
    # builds a node of about 500 bytes per value: 20 MB of "{}," would take minutes and
    # gigabytes.
    open_collections: list[list[Any]] = []
    # anchor → (values, depth, characters of text) it stands for
    anchors: dict[str, tuple[int, int, int]] = {}
    values = 0
    chars = 0  # characters of text, aliases counted as what they stand for
    try:
        for event in _yaml_events(text):
            if isinstance(event, yaml.NodeEvent):
                values += 1
                if isinstance(event, yaml.AliasEvent):
                    size, depth, held = anchors.get(str(event.anchor), (1, 0, 0))
                    values += size - 1
                    chars += held
                    if len(open_collections) + depth > MAX_DEPTH:
                        raise _one("the file is nested too deeply to be an agreement")
                    if chars > MAX_FILE_BYTES:
                        raise _one(_too_much_text())
                    if open_collections:
                        open_collections[-1][6] = max(open_collections[-1][6], depth)
                elif isinstance(event, yaml.ScalarEvent):
                    chars += len(event.value)
                if values > MAX_VALUES:
                    raise _one(_too_many_values())
                if open_collections:
                    parent = open_collections[-1]
                    parent[1] += 1
                    if parent[0] and parent[1] % 2 == 1:  # a mapping's key
                        parent[2] = event.value if isinstance(event, yaml.ScalarEvent) else None
                    if parent[0] and parent[1] > 2 * MAX_KEYS:
                        raise _too_big(_too_many_keys(), _yaml_path(open_collections))
                    if not parent[0] and parent[1] > MAX_LIST:
                        raise _too_big(_too_many_entries(), _yaml_path(open_collections))
                if isinstance(event, yaml.ScalarEvent) and event.anchor:
                    anchors[str(event.anchor)] = (1, 0, len(event.value))
            tag = getattr(event, "tag", None)
            if tag is not None and not (isinstance(event, yaml.ScalarEvent) and tag == yaml12.STR):
                mark = event.start_mark
                where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
                if tag == yaml12.STR:  # on a list or a mapping
                    raise _one(f"the YAML tag !!str is for a single value, not a list or a"
                               f" mapping{where}; remove it")
                # "!" too: YAML 1.2 makes "! 60" the text "60"; PyYAML and libyaml read 60
                raise _one(f"the YAML tag {printable(tag, 80)} is not allowed in a config"
                           f"{where}; remove it")
            if isinstance(event, yaml.ScalarEvent) and len(event.value) > MAX_SCALAR_CHARS:
                if not open_collections:  # a text file, not a config (tryout: 5 MB of it)
                    raise _one("the file must hold a mapping of fields at the top; it holds"
                               f" a single text of {len(event.value):,} characters")
                message = (f"holds {len(event.value):,} characters; no field of an agreement"
                           f" takes more than {MAX_TEXT:,}")
                raise _too_big(message, _scalar_path(open_collections))
            if isinstance(event, yaml.CollectionStartEvent):
                place = None
                if open_collections:
                    parent = open_collections[-1]
                    place = parent[2] if parent[0] else parent[1] - 1
                open_collections.append([isinstance(event, yaml.MappingStartEvent), 0, None,
                                         place, event.anchor, values, 0, chars])
                if len(open_collections) > MAX_DEPTH:
                    raise _one("the file is nested too deeply to be an agreement")
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                closed = open_collections.pop()
                depth = closed[6] + 1
                if closed[4]:
                    anchors[str(closed[4])] = (values - closed[5] + 1, depth, chars - closed[7])
                if open_collections:
                    open_collections[-1][6] = max(open_collections[-1][6], depth)
    except yaml.MarkedYAMLError as exc:
        raise NotYaml([Problem("", _yaml_message(exc))]) from None
    except yaml.reader.ReaderError as exc:
        raise NotYaml([Problem("", _reader_message(exc, text))]) from None
    except yaml.YAMLError as exc:
        raise NotYaml([Problem("", f"the file is not valid YAML: {printable(str(exc), 200)}")]) from None


def _reader_message(exc: yaml.reader.ReaderError, text: str) -> str:
    """A character YAML does not allow, by its code point and place (libyaml's own words
    name a position in "<unicode string>" on a second line)."""
    where = ""
    if isinstance(exc.position, int) and 0 <= exc.position <= len(text):
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        where = f" (line {line}, column {column})"
    if isinstance(exc.character, int):
        return (f"the file is not valid YAML: it holds the character U+{exc.character:04X},"
                f" which YAML does not allow{where}")
    return f"the file is not valid YAML: {printable(str(exc.reason), 100)}{where}"


def _yaml_events(text: str) -> Iterator[Any]:
    return iter(yaml.parse(text, Loader=_LIBYAML))


#: libyaml's words for where a problem began, in a consultant's words.
_CONTEXTS = {
    "while scanning a quoted scalar": "in the quoted text",
    "while parsing a flow sequence": "in the list in brackets",
    "while parsing a flow mapping": "in the mapping in braces",
}


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    mark = exc.problem_mark or exc.context_mark
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    problem = exc.problem or exc.context or "malformed YAML"
    if "duplicate key" in str(exc):
        problem = "a mapping has the same key twice"
    elif "recursive node" in str(exc):  # PyYAML: "found unconstructable recursive node"
        return ("an alias stands for the list or mapping it is in, which would hold itself"
                f"{where}; no agreement holds itself")
    elif "duplicate anchor" in str(exc) and exc.context_mark is not None:
        # YAML 1.2 allows it; PyYAML's composer (and this release, README) does not.
        first = exc.context_mark
        return (f"an anchor is defined twice{where[:-1]}; first at line {first.line + 1},"
                f" column {first.column + 1}): give each anchor a name of its own")
    if isinstance(exc, yaml12.NotInAConfig):
        return f"{printable(problem, 200)}{where}"  # valid YAML, but not a config
    context = exc.context_mark
    if exc.problem_mark and context and exc.context and context.line != exc.problem_mark.line:
        # An unclosed quote is found only at the end of the file; say where it opened.
        opened = _CONTEXTS.get(exc.context, printable(exc.context, 60))
        where += f" {opened} that starts at line {context.line + 1}, column {context.column + 1}"
    return f"the file is not valid YAML: {problem}{where}"


def _parse_yaml(text: str, breaks_11: bool = False) -> Any:
    # U+2028 is text in YAML 1.2, not a line break (``breaks_11``: read as one, as
    # releases before 1.2's rule did).
    text, swaps = (text, {}) if breaks_11 else yaml12.with_stand_ins(text)
    try:
        _check_yaml_events(text)
        try:
            docs = yaml12.load_all(text)
        except yaml.MarkedYAMLError as exc:
            raise _one(_yaml_message(exc)) from None
        except yaml.YAMLError as exc:
            raise _one(f"the file is not valid YAML: {printable(str(exc), 200)}") from None
    except ConfigError as exc:
        if not swaps:
            raise
        words = yaml12.in_words(swaps)  # a path may quote a key holding a stand-in
        raise type(exc)([Problem(yaml12.put_back(p.path, words), yaml12.put_back(p.message, words))
                         for p in exc.problems]) from None
    if len(docs) != 1:
        raise _one("the file must hold exactly one YAML document")
    return yaml12.put_back(docs[0], swaps)


def _parse_yaml_or_json(text: str, breaks_11: bool = False) -> Any:
    """YAML, or JSON in a .yaml file that libyaml cannot parse.

    JSON is YAML 1.2, but most JSON writers escape an emoji as a surrogate pair
    (``\\ud83d\\ude00``), which libyaml refuses. Such a file is read as the JSON it is;
    everything else keeps YAML's rules, limits (checked before anything is built) and
    messages."""
    try:
        return _parse_yaml(text, breaks_11)
    except NotYaml as not_yaml:
        if text.lstrip()[:1] != "{":
            raise
        try:
            return _load_json(text)
        except (json.JSONDecodeError, ConfigError):
            raise not_yaml from None


def _path_text(places: Iterable[str | int | None]) -> str:
    """``content.terms[0].aliases`` from the keys and indexes down to a value."""
    out = ""
    for place in places:
        if place is None:
            continue
        if isinstance(place, int):
            out += f"[{place}]"
        elif place.isidentifier() and place.isascii() and len(place) <= 60:
            out += f".{place}" if out else place
        else:
            out += f"[{quoted(place)}]"  # each character that does not print escaped once
    return out


def _yaml_path(open_collections: list[list[Any]]) -> str:
    return _path_text(collection[3] for collection in open_collections)


def _scalar_path(open_collections: list[list[Any]]) -> str:
    """Where the scalar just counted sits: its key's value, or its index in a list."""
    if not open_collections:
        return ""
    parent = open_collections[-1]
    if not parent[0]:
        place: str | int | None = parent[1] - 1
    else:
        place = parent[2] if parent[1] % 2 == 0 else None  # a key itself: its mapping
    return _path_text([*(c[3] for c in open_collections), place])


def _shape_path(trail: tuple[Any, str | int] | None) -> str:
    places: list[str | int] = []
    while trail is not None:
        trail, place = trail
        places.append(place)
    return _path_text(reversed(places))


def _too_big(message: str, path: str) -> ConfigError:
    """A mapping or list beyond the limits, named by its path (the top level has none)."""
    return _one(message, path) if path else _one(f"the top level of the file {message}")


def _too_many_keys() -> str:
    return f"has more than {MAX_KEYS} keys; no part of an agreement has more"


def _too_many_entries() -> str:
    return f"has more than {MAX_LIST:,} entries; no list of an agreement has more"


def _too_much_text() -> str:
    return (f"the file's aliases stand for more than {MAX_FILE_BYTES // (1024 * 1024)} MB of text;"
            " no agreement holds as much")


def _too_many_values() -> str:
    return f"the file holds more than {MAX_VALUES:,} values; no agreement holds as many"


def _check_shape(value: Any) -> None:
    """Refuse nesting, mappings and lists far beyond any agreement before validating.

    Validation reports one problem per unknown key or bad item; a file with a million
    of them would cost minutes and gigabytes to describe. (YAML is refused by the same
    rules earlier, from its parser events, before anything is built.)
    """
    # Each entry carries its trail (parent trail, key or index), turned into a path only
    # for a message.
    stack: list[tuple[Any, int, Any]] = [(value, 1, None)]
    values = 1
    while stack:
        item, level, trail = stack.pop()
        if level > MAX_DEPTH:
            raise _one("the file is nested too deeply to be an agreement")
        if isinstance(item, dict):
            if len(item) > MAX_KEYS:
                raise _too_big(_too_many_keys(), _shape_path(trail))
            values += 2 * len(item)  # counted as YAML counts them: keys and values
            stack.extend((v, level + 1, (trail, k)) for k, v in item.items())
        elif isinstance(item, list):
            if len(item) > MAX_LIST:
                raise _too_big(_too_many_entries(), _shape_path(trail))
            values += len(item)
            stack.extend((v, level + 1, (trail, i)) for i, v in enumerate(item))
        if values > MAX_VALUES:
            raise _one(_too_many_values())


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def parse_config_bytes(data: bytes, name: str = "", *, breaks_11: bool = False) -> Any:
    """Raw data from a config's bytes; JSON by extension or by its first character.
    ``breaks_11``: YAML read with NEL, U+2028 and U+2029 as line breaks (YAML 1.1)."""
    if len(data) > MAX_FILE_BYTES:
        raise _one(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom) and _decodes(data, encoding):
            # What Windows tools often save; it would otherwise read as "binary data".
            raise _one(f"the file is {encoding} text; save it as UTF-8, the encoding of a config")
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        raise _one(
            "the file is a PDF, not a config (YAML or JSON); export the config with"
            " 'slaworkshop export --config'"
        )
    if b"\x00" in data:
        raise _one("the file holds binary data, not YAML or JSON text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # where: one stray byte (a Windows curly quote, 0x93) in a long file was hard to
        # find from "not UTF-8" alone (fuzzing)
        mark = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        at = exc.start + mark  # utf-8-sig counts from after the byte-order mark
        line = data.count(b"\n", 0, at) + 1
        line_start = max(data.rfind(b"\n", 0, at) + 1, mark)  # the mark is no column
        column = len(data[line_start:at].decode("utf-8", "replace")) + 1
        raise _one(f"the file is not UTF-8 text (byte 0x{data[at]:02X} at line {line}, column"
                   f" {column}); save it as UTF-8, the encoding of a config") from None
    if not text.strip():
        raise _one("the file is empty: a config holds format, format_version and content")
    suffix = Path(name).suffix.lower()
    as_json = suffix == ".json" or (suffix not in (".yaml", ".yml") and text.lstrip()[:1] in "{[")
    try:
        raw = _parse_json(text) if as_json else _parse_yaml_or_json(text, breaks_11)
    except RecursionError:
        raise _one("the file is nested too deeply to be an agreement") from None
    _check_shape(raw)
    return raw


__all__ = ["MAX_FILE_BYTES", "ConfigError", "NotYaml", "parse_config_bytes"]
