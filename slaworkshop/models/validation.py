"""Turn raw data into documents, with one clear message per problem, each naming its path.

Structure is checked by pydantic; what spans items (unique keys, references, the single
handoff stage) is checked here afterwards, because it needs the whole list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from slaworkshop.safe_text import printable, quoted

from .agreement import Content
from .agreement_file import FORMAT, FORMAT_VERSION, AgreementFile
from .fields import DATE_FORM, DURATION_FORM, STORED, TIME_FORM
from .raw_cross_items import Finding, raw_cross_item_problems, raw_signature_problems

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class DocumentInvalid(ValueError):
    """The data is not a valid agreement; ``problems`` has one entry per problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# pydantic names the branch of a union in an error's location; those are not paths.
_BRANCH_TAGS = {"int", "float", "str", "bool", "none", "list", "dict", "is-instance"}


def _is_branch_tag(part: str) -> bool:
    return part in _BRANCH_TAGS or "[" in part or part.startswith(("constrained-", "function-"))


def _path(prefix: str, loc: Iterable[int | str], keep_last: bool) -> str:
    parts = list(loc)
    out = prefix
    for i, part in enumerate(parts):
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        last = i == len(parts) - 1
        if _is_branch_tag(part) and not (keep_last and last):
            continue
        if part.isidentifier() and part.isascii() and len(part) <= 60:
            out += f".{part}" if out else part
        else:
            out += f"[{quoted(part)}]" if out else printable(part)
    return out


_TYPE_MESSAGES = {
    "string_type": "must be text",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "model_type": "must be a mapping of fields",
    "model_attributes_type": "must be a mapping of fields",
    "dict_type": "must be a mapping of fields",
    "missing": "is required",
    "extra_forbidden": "is not a known field",
    "finite_number": "must be a finite number",
    "string_unicode": "is not valid Unicode text (it holds a lone surrogate)",
}


_DATE, _DURATION, _TIME = DATE_FORM, DURATION_FORM, TIME_FORM
#: Fields of a written form, said when given something other than text
#: (``workshop_date: 20270112``, ``every: 14``): "must be text" named no form to write.
_FORMS = {"workshop_date": _DATE, "effective_from": _DATE, "review_by": _DATE,
          "holidays": _DATE, "within": _DURATION, "every": _DURATION, "start": _TIME,
          "end": _TIME}

_PATTERN_MESSAGES = {
    "content_sha256": "must be a SHA-256 written as 64 lowercase hexadecimal characters",
    "signed_at": "must be a timestamp such as 2026-06-12T16:00:00Z",
    "created_at": "must be a timestamp such as 2026-06-12T15:04:05Z",
    "agreement_id": "must be a UUID such as 6d1f4c0e-3a52-4c55-9d0e-5b7f2d3e9a11",
}


def _bound(value: object) -> object:
    """A limit as a person writes it: 1000000000000000, not 1000000000000000.0."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _is_type_error(kind: str) -> bool:
    return kind.endswith("_type") or kind == "int_from_float"


def _message(error: Any) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    loc = error.get("loc") or ()
    if "input" in error and error["input"] is None and loc and isinstance(loc[-1], str) and (
        _is_type_error(kind) or kind == "literal_error"
    ):
        # null is a field's empty value; an optional one takes it before this check,
        # so a required field given null is simply missing.
        return _TYPE_MESSAGES["missing"]
    if kind == "string_type":
        field = next((p for p in reversed(loc) if isinstance(p, str) and not _is_branch_tag(p)),
                     None)
        if field in _FORMS:
            return _FORMS[field]
    if kind in _TYPE_MESSAGES:
        return _TYPE_MESSAGES[kind]
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "literal_error":
        return "must be " + str(ctx.get("expected", "")).replace("'", "") + (
            f", not {quoted(error['input'])}" if isinstance(error.get("input"), str) else ""
        )
    if kind == "string_too_long":
        return f"is too long (at most {ctx.get('max_length')} characters)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_long":
        return f"has too many entries (at most {ctx.get('max_length')})"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entry"
    if kind == "string_pattern_mismatch":
        return _PATTERN_MESSAGES.get(str(error["loc"][-1]), "is not in the expected form")
    if kind in ("greater_than_equal", "greater_than"):
        return f"must be at least {_bound(ctx.get('ge', ctx.get('gt')))}"
    if kind in ("less_than_equal", "less_than"):
        return f"must be at most {_bound(ctx.get('le', ctx.get('lt')))}"
    msg = str(error["msg"])
    return msg.replace("Input should be", "must be")


def _problems_from(exc: ValidationError, prefix: str) -> list[Problem]:
    seen: dict[str, Problem] = {}
    first_kind: dict[str, str] = {}
    kinds: dict[str, set[str]] = {}
    for error in exc.errors(include_url=False):
        path = _path(prefix, error["loc"], keep_last=error["type"] == "extra_forbidden")
        kinds.setdefault(path, set()).add(error["type"])
        # A union reports once per branch; the user needs one sentence per field: the
        # branch that took the value's type and refused the value itself says why (a
        # number field given NaN or 1e400 is not "must be a whole number").
        if path not in seen or (
            _is_type_error(first_kind[path]) and not _is_type_error(error["type"])
        ):
            seen[path] = Problem(path, _message(error))
            first_kind[path] = error["type"]
        if {"int_type", "float_type"} <= kinds[path] or {"int_from_float", "float_type"} <= kinds[path]:
            seen[path] = Problem(path, "must be a number")
    return list(seen.values())


def _check_model(
    model: type[M], data: Any, prefix: str, also: Callable[[], list[Finding]] | None = None,
    context: dict[str, Any] | None = None,
) -> M:
    """``data`` as a ``model``, or ``DocumentInvalid`` with every structural problem and
    then what ``also`` finds (the cross-item rules on the raw data) on paths not yet
    named: one message per problem, not only the first kind. ``also`` runs only on
    failure, so a valid document (every autosave) never pays for it."""
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        problems = _problems_from(exc, prefix)
        named = {p.path for p in problems}
        found = also() if also is not None else []
        problems += [Problem(path, message) for path, message in found if path not in named]
        raise DocumentInvalid(problems) from None
    except RecursionError:
        raise DocumentInvalid([Problem(prefix, "is nested too deeply")]) from None


def _found(findings: list[Finding]) -> list[Problem]:
    return [Problem(path, message) for path, message in findings]


def cross_item_problems(content: Content, prefix: str = "content") -> list[Problem]:
    """Unique keys, references to existing keys, at most one handoff stage.

    The rules live in ``raw_cross_items``, which reads them from plain data: the same
    rules speak whether or not the rest of the file is valid. Validation runs them on
    the data it was given; this reads them from a model.
    """
    return _found(raw_cross_item_problems(content.model_dump(), prefix))


def validate_content(data: Any, prefix: str = "content") -> Content:
    """A ``Content`` from raw data, or ``DocumentInvalid`` listing every problem."""
    if not isinstance(data, dict):
        raise DocumentInvalid([Problem(prefix, "must be a mapping of fields")])
    content = _check_model(Content, data, prefix, lambda: raw_cross_item_problems(data, prefix))
    problems = _found(raw_cross_item_problems(data, prefix))
    if problems:
        raise DocumentInvalid(problems)
    return content


def validate_file(data: Any, *, signers_must_exist: bool = True,
                  stored: bool = False) -> AgreementFile:
    """An ``AgreementFile`` from a parsed config, or ``DocumentInvalid``.

    A signature naming no stakeholder of the content is a problem of the file unless
    ``signers_must_exist`` is False: ``verify`` reports it as a failed check instead.
    ``stored``: read by the rules content was stored under (``fields.STORED``), as
    ``verify`` reads a file signed under an earlier release's rules.
    """
    if not isinstance(data, dict):
        raise DocumentInvalid([Problem("", "the file must hold a mapping of fields at the top")])
    if data.get("format") != FORMAT:
        raise DocumentInvalid(
            [Problem("format", f"must be {FORMAT!r}: this is not a slaworkshop agreement file")]
        )
    version = data.get("format_version")
    # 1.0 is the whole number 1, as for every other whole number (and for the JSON
    # Schema's "integer"); True == 1 in Python, but it is a flag, not a number.
    if type(version) is float and version.is_integer():
        version = int(version)
        data = {**data, "format_version": version}
    if type(version) is not int or version != FORMAT_VERSION:
        shown = (quoted(version) if isinstance(version, str) else
                 str(version).lower() if isinstance(version, bool)
                 else printable(str(version)))  # written as the file writes it: true
        message = (
            "is required" if version is None  # absent, or null: its empty value
            else f"{shown} is not supported: this release reads format_version"
            f" {FORMAT_VERSION} (a whole number)"
        )
        problems = [Problem("format_version", message)]
        if "content" not in data:  # both missing: say both at once
            problems.append(Problem("content", "is required"))
        raise DocumentInvalid(problems)
    def problems_of_items() -> list[Finding]:
        signers = raw_signature_problems(data) if signers_must_exist else []
        return raw_cross_item_problems(data.get("content")) + signers

    document = _check_model(AgreementFile, data, "", problems_of_items,
                            STORED if stored else None)
    problems = _found(problems_of_items())
    if problems:
        raise DocumentInvalid(problems)
    return document
