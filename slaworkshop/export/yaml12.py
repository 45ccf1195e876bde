"""A strict YAML 1.2 loader on libyaml's C parser.

PyYAML resolves plain scalars by YAML 1.1 rules, where ``17:30`` is a number and ``no``
is false. This loader keeps libyaml's speed but resolves by the YAML 1.2 core schema
(null, true/false, decimal/octal/hex integers, floats; everything else is text), builds
only plain mappings, lists and scalars, and refuses a mapping with the same key twice.
Tags other than ``!!str`` on a scalar never get this far, nor aliases that expand
past the size limits: ``config_parse`` refuses them first.
"""

from __future__ import annotations

import math
import re
from typing import Any

from yaml.constructor import BaseConstructor, ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

NULL = "tag:yaml.org,2002:null"
BOOL = "tag:yaml.org,2002:bool"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
STR = "tag:yaml.org,2002:str"
SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"


class Core12Resolver(BaseResolver):
    """Implicit tags of the YAML 1.2 core schema, nothing else."""


Core12Resolver.add_implicit_resolver(NULL, re.compile(r"^(?:~|null|Null|NULL|)$"),
                                     ["~", "n", "N", ""])
Core12Resolver.add_implicit_resolver(BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                     list("tTfF"))
Core12Resolver.add_implicit_resolver(
    INT, re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
Core12Resolver.add_implicit_resolver(
    FLOAT,
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
    ),
    list("-+.0123456789"),
)


#: No number in an agreement has more digits (the largest whole number has 16); Python
#: refuses to convert more than 4,300 at all.
MAX_DIGITS = 100


class NotInAConfig(ConstructorError):
    """Valid YAML that no config holds: a key that is not text (``1:``, ``null:``,
    ``[a]:``), a number of thousands of digits."""


def _shown_key(node: Node) -> str:
    """A key that is not text, as the file reads: "the number 1", "true", "null"."""
    if isinstance(node, ScalarNode):
        if node.tag in (INT, FLOAT):
            return f"the number {node.value}"
        if node.tag == BOOL:
            return str(node.value)
        return f"{node.value} (null)" if node.value else "an empty key"
    return "a list" if isinstance(node, SequenceNode) else "a mapping"


class StrictConstructor(BaseConstructor):
    """Plain data only; a duplicate mapping key is an error, not a silent overwrite."""

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                # Refused here, not by validation: 1 and true would be one dict key.
                raise NotInAConfig(
                    None, None, f"a field name must be text, not {_shown_key(key_node)}",
                    key_node.start_mark,
                )
            if key in mapping:
                raise ConstructorError(
                    None, None, "a mapping has the same key twice", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _scalar(constructor: StrictConstructor, node: Node) -> str:
    assert isinstance(node, ScalarNode)
    return str(node.value)


def too_many_digits(digits: int) -> str:
    return (
        f"the file holds a number of {digits:,} digits; no number in an agreement has more"
        f" than {MAX_DIGITS}"
    )


def _int(constructor: StrictConstructor, node: Node) -> int:
    text = _scalar(constructor, node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    digits = len(text.lstrip("+-"))
    if digits > MAX_DIGITS:
        raise NotInAConfig(None, None, too_many_digits(digits), node.start_mark)
    return int(text, 10)


def _float(constructor: StrictConstructor, node: Node) -> float:
    text = _scalar(constructor, node).lower()
    if text.endswith(".inf"):
        return -math.inf if text.startswith("-") else math.inf
    if text == ".nan":
        return math.nan
    return float(text)


def _seq(constructor: StrictConstructor, node: Node) -> list[Any]:
    assert isinstance(node, SequenceNode)
    return [constructor.construct_object(child, deep=True) for child in node.value]


def _map(constructor: StrictConstructor, node: Node) -> dict[Any, Any]:
    return constructor.construct_mapping(node, deep=True)


def _refuse(constructor: StrictConstructor, node: Node) -> Any:
    raise ConstructorError(None, None, f"the tag {node.tag} is not allowed", node.start_mark)


def _null(constructor: StrictConstructor, node: Node) -> None:
    return None


def _bool(constructor: StrictConstructor, node: Node) -> bool:
    return _scalar(constructor, node).lower() == "true"


_BUILDERS = {NULL: _null, BOOL: _bool, INT: _int, FLOAT: _float, STR: _scalar, SEQ: _seq,
             MAP: _map, None: _refuse}
for _tag, _build in _BUILDERS.items():
    # PyYAML's stubs expect the assembled Loader class here; ours is assembled below.
    StrictConstructor.add_constructor(_tag, _build)  # type: ignore[type-var]


try:
    from yaml.cyaml import CParser  # type: ignore[attr-defined]  # not in cyaml's __all__
    WITH_LIBYAML = True
except ImportError:  # PyYAML built without libyaml
    WITH_LIBYAML = False

if WITH_LIBYAML:

    class Yaml12Loader(CParser, StrictConstructor, Core12Resolver):
        """libyaml's parser and composer with our resolver and constructor."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            StrictConstructor.__init__(self)
            Core12Resolver.__init__(self)

else:  # the same rules in pure Python, about ten times slower

    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class Yaml12Loader(  # type: ignore[no-redef]
        Reader, Scanner, Parser, Composer, StrictConstructor, Core12Resolver
    ):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)
            StrictConstructor.__init__(self)
            Core12Resolver.__init__(self)


_RESOLVER = Core12Resolver()


def reads_as_text(value: str) -> bool:
    """Whether ``value``, written as a plain scalar, is read back as text (and not as a
    number, a boolean or null) by this loader."""
    tag = _RESOLVER.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == STR)


#: Characters YAML 1.1 reads as line breaks and YAML 1.2 as text. libyaml folded a NEL
#: inside quotes into a space (so a refused C1 control went in unseen) and refused
#: U+2028 in a plain scalar at a line the file does not have. They are parsed through
#: stand-ins from the private use area that the file does not hold, then put back.
_BREAKS_ONLY_IN_11 = "\x85\u2028\u2029"


#: Stand-ins come from the last private use plane: no text of an agreement uses it.
_STAND_INS = range(0x100000, 0x10FFFE)
_ESCAPED_POINT = re.compile(r"\\U([0-9a-fA-F]{8})")


def with_stand_ins(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with each YAML 1.1-only line break swapped for a stand-in, and the
    stand-ins (stand-in → character) for ``put_back``. A stand-in is a character the
    file neither holds nor names with an escape ("\\U00100000"), so no text of the
    file can turn into the character it stands for."""
    found = [c for c in _BREAKS_ONLY_IN_11 if c in text]
    if not found:
        return text, {}
    taken = set(text) | {chr(int(h, 16)) for h in _ESCAPED_POINT.findall(text)
                         if int(h, 16) in _STAND_INS}
    free = (chr(point) for point in _STAND_INS if chr(point) not in taken)
    swaps: dict[str, str] = {}
    for character in found:
        stand_in = next(free, None)
        if stand_in is None:  # every one of 65,534 taken: left as libyaml reads it
            break
        swaps[stand_in] = character
        text = text.replace(character, stand_in)
    return text, swaps


def in_words(swaps: dict[str, str]) -> dict[str, str]:
    """The stand-ins as messages write them ("\\U00100000") → the characters', for a
    message that quotes the file: a path holding a key with one."""
    return {**swaps, **{f"\\U{ord(s):08x}": f"\\u{ord(c):04x}" for s, c in swaps.items()}}


def put_back(value: Any, swaps: dict[str, str]) -> Any:
    """``value`` (text, lists and mappings of them) with the stand-ins put back."""
    if not swaps:
        return value
    if isinstance(value, str):
        for stand_in, character in swaps.items():
            value = value.replace(stand_in, character)
        return value
    if isinstance(value, list):
        return [put_back(item, swaps) for item in value]
    if isinstance(value, dict):
        return {put_back(key, swaps): put_back(item, swaps) for key, item in value.items()}
    return value


def load_all(text: str) -> list[Any]:
    """Every document in ``text``; raises ``yaml.YAMLError`` on malformed input."""
    loader = Yaml12Loader(text)
    try:
        return list(loader.construct_document(node) for node in _nodes(loader))
    finally:
        loader.dispose()


def _nodes(loader: Any) -> Any:
    while loader.check_node():
        yield loader.get_node()
