"""The agreement document: types, validation, canonical JSON and hash. No Qt, no SQL."""

from slaworkshop.safe_text import printable

from .agreement import KEYED_SECTIONS, Content
from .agreement_file import FORMAT, FORMAT_VERSION, AgreementFile, Signature, VersionInfo
from .canonical import canonical_json, content_sha256, full_form
from .readiness import CORE_SECTIONS, ReadinessProblem, readiness_problems
from .validation import DocumentInvalid, Problem, validate_content, validate_file

__all__ = [
    "CORE_SECTIONS",
    "FORMAT",
    "FORMAT_VERSION",
    "KEYED_SECTIONS",
    "AgreementFile",
    "Content",
    "DocumentInvalid",
    "Problem",
    "ReadinessProblem",
    "Signature",
    "VersionInfo",
    "canonical_json",
    "content_sha256",
    "full_form",
    "printable",
    "readiness_problems",
    "validate_content",
    "validate_file",
]
