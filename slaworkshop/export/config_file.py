"""Read and write the config file of DESIGN.md (YAML or JSON, one structure).

Reading parses defensively (``config_parse``: the file may be hostile), then validates
and checks the recorded hash. Writing puts ``content`` in full form and quotes anything
a YAML 1.1 reader would mistype.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from slaworkshop.models import (
    AgreementFile,
    DocumentInvalid,
    Problem,
    content_sha256,
    validate_file,
)

from . import yaml12
from .config_build import build_file, dump_config, dump_json
from .config_parse import MAX_FILE_BYTES, ConfigError, NotYaml, parse_config_bytes
from .targets import file_kind

__all__ = [
    "MAX_FILE_BYTES",
    "ConfigError",
    "NotYaml",
    "build_file",
    "dump_config",
    "parse_as_exported",
    "dump_json",
    "dump_yaml",
    "parse_config_bytes",
    "read_bounded",
    "read_config",
    "read_config_file",
]

def read_config(data: bytes, name: str = "") -> AgreementFile:
    """A validated ``AgreementFile`` whose recorded hash (if any) matches its content.

    Raises ``DocumentInvalid`` (or its subclass ``ConfigError``) with one problem per
    issue, each naming its path.
    """
    document = parse_as_exported(data, name)
    recorded = document.content_sha256
    if recorded is not None:
        actual = content_sha256(document.content)
        if actual != recorded:
            raise ConfigError(
                [
                    Problem(
                        "content_sha256",
                        "does not match the content: the file was changed after it was"
                        f" exported (recorded {recorded[:12]}…, content has {actual[:12]}…);"
                        " to import the edited content, delete the content_sha256 line",
                    )
                ]
            )
    return document


#: NEL, U+2028 and U+2029 in UTF-8: line breaks to YAML 1.1, text to YAML 1.2.
_BREAKS_ONLY_IN_11 = (b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")


def parse_as_exported(data: bytes, name: str = "", *, signers_must_exist: bool = True,
                      stored: bool = False) -> AgreementFile:
    """The file, validated, read as it was written. Earlier releases wrote U+2028 as it
    was, indenting the text after it, and read it back as a line break: such a file is
    read that way when the two readings differ in that indentation alone and the
    earlier one makes its recorded hash hold, so that a signed export of such a release
    still imports and verifies. A file edited to differ otherwise (text after a U+2028
    that YAML 1.1 takes for a comment) is read as YAML 1.2 reads it (review)."""
    raw = parse_config_bytes(data, name)
    document = validate_file(raw, signers_must_exist=signers_must_exist, stored=stored)
    recorded = document.content_sha256
    if (recorded is None or content_sha256(document.content) == recorded
            or not any(b in data for b in _BREAKS_ONLY_IN_11)):
        return document
    try:
        raw_11 = parse_config_bytes(data, name, breaks_11=True)
        earlier = validate_file(raw_11, signers_must_exist=signers_must_exist,
                                stored=stored)
    except DocumentInvalid:
        return document
    if content_sha256(earlier.content) == recorded and _indented_after_breaks(raw, raw_11):
        return earlier
    return document


_INDENT_AFTER_BREAK = re.compile("([\x85\u2028\u2029])[ \t]+")


def _indented_after_breaks(read_12: Any, read_11: Any) -> bool:
    """Whether the YAML 1.2 reading is the 1.1 one with spaces after some NEL, U+2028
    or U+2029: what earlier releases' indentation after such a character gives."""
    if isinstance(read_12, str) and isinstance(read_11, str):
        return _INDENT_AFTER_BREAK.sub(r"\1", read_12) == read_11
    if isinstance(read_12, dict) and isinstance(read_11, dict):
        return read_12.keys() == read_11.keys() and all(
            _indented_after_breaks(read_12[k], read_11[k]) for k in read_12)
    if isinstance(read_12, list) and isinstance(read_11, list):
        return len(read_12) == len(read_11) and all(
            _indented_after_breaks(a, b) for a, b in zip(read_12, read_11, strict=True))
    return bool(read_12 == read_11)


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes, but no more than ``limit + 1`` of them: enough to tell that it is
    too large without holding gigabytes.

    Only a regular file is read: a named pipe would block for ever in ``open`` (so it is
    opened without blocking, then looked at), a device could be read from for ever.
    Raises ``OSError`` naming the file, e.g. "it is a named pipe, not a regular file".
    """
    # O_NONBLOCK, O_CLOEXEC and set_blocking are POSIX; Windows has no named pipes in
    # the file system to block on.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"it is {file_kind(mode)}, not a regular file", str(path))
        if hasattr(os, "O_NONBLOCK"):
            os.set_blocking(descriptor, True)
        handle = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with handle:
        return handle.read(limit + 1)


def read_config_file(path: Path) -> AgreementFile:
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except OSError as exc:
        problem = Problem("", f"cannot read {path}: {exc.strerror or exc}")
        raise ConfigError([problem]) from None
    return read_config(data, path.name)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block style; multi-line text as a literal block a person can read. libyaml's
    emitter when PyYAML has it: the pure-Python one takes a second for 2,000 terms."""


_SEXAGESIMAL = re.compile(r"^[-+]?\d[\d_]*(:[0-5]?\d)+(\.\d*)?$")


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = "|" if "\n" in value and value == value.strip(" ") else None
    if any(c in value for c in "\x85\u2028\u2029"):
        # Written as they were, YAML 1.1 writers and readers take them for line breaks
        # (PyYAML indented the text after one); escaped, every reader gets them back.
        style = '"'
    elif _SEXAGESIMAL.match(value) or not yaml12.reads_as_text(value):
        # "08:00" is a number to some YAML 1.1 readers, "1e5" and "0o17" to YAML 1.2 ones
        # (ours); PyYAML's emitter quotes only by 1.1 rules. Text must stay text.
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(document: dict[str, Any]) -> bytes:
    text = yaml.dump(
        document,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return text.encode("utf-8")
