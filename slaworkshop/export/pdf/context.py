"""What the templates see: the request's content plus the few things worked out once
(which sections appear and their numbers, who signs, names behind references)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slaworkshop.enum_words import label
from slaworkshop.models import Content, Signature, content_sha256
from slaworkshop.models.drawing import drawing_problem
from slaworkshop.safe_text import same_name

from .fetcher import MEMORY_SCHEME
from .request import PdfRequest


@dataclass(frozen=True)
class Section:
    anchor: str  # HTML id, also the template's name under sections/
    title: str
    number: int


@dataclass(frozen=True)
class Signatory:
    key: str
    name: str
    role: str
    team: str
    signature: Signature | None
    drawing_url: str | None
    covers_other_content: bool  # the signature names a different content hash
    drawing_unreadable: bool = False  # a stored drawing that cannot be printed
    #: The stakeholder the signature was made for, when it was signed under another
    #: name: the sign dialog says "the PDF will show Priya Raman as the person who
    #: signed for Head of marketing", and the PDF named Priya Raman alone (tryout).
    signed_for: str = ""


def _sections(request: PdfRequest) -> list[Section]:
    content = request.document.content
    wanted: list[tuple[str, str]] = [
        ("workshop", "Workshop details"),
        ("terms", "Terms"),
        ("stages", "Stages"),
        ("personas", "Personas"),
        ("titles", "Titles"),
        ("sla-windows", "SLA windows"),
        ("rejection-reasons", "Rejection reasons"),
        ("stakeholders", "Stakeholders"),
    ]
    if content.goals:
        wanted.append(("goals", "Goals"))
    if content.qualification is not None:
        wanted.append(("qualification", "Qualification"))
    if content.cadences:
        wanted.append(("cadences", "Cadences"))
    if request.history or request.changes is not None:
        wanted.append(("history", "Version history"))
    wanted.append(("signatures", "Signatures"))
    return [Section(anchor, title, i) for i, (anchor, title) in enumerate(wanted, start=1)]


def _signatories(request: PdfRequest, sha: str) -> list[Signatory]:
    content = request.document.content
    by_key = {s.stakeholder: s for s in request.document.signatures}
    people = [s for s in content.stakeholders if s.signatory or s.key in by_key]
    result: list[Signatory] = []
    for person in people:
        signature = by_key.get(person.key)
        drawn = signature is not None and person.key in request.drawings
        unreadable = drawn and drawing_problem(request.drawings[person.key]) is not None
        drawn = drawn and not unreadable
        result.append(
            Signatory(
                key=person.key,
                name=signature.name if signature is not None else person.name,
                role=(signature.role if signature is not None else "") or person.role,
                team=person.team,
                signature=signature,
                drawing_url=f"{MEMORY_SCHEME}:{person.key}" if drawn else None,
                covers_other_content=signature is not None and signature.content_sha256 != sha,
                drawing_unreadable=unreadable,
                signed_for=person.name if signature is not None
                and not same_name(signature.name, person.name) else "",
            )
        )
    return result


def _names(content: Content) -> dict[str, dict[str, str]]:
    return {
        "stakeholders": {s.key: s.name for s in content.stakeholders},
        "stages": {s.key: s.name for s in content.stages},
        "personas": {p.key: p.name for p in content.personas},
    }


def keywords(request: PdfRequest) -> str:
    version = request.document.version
    words = ["service-level agreement", "sales", "marketing"]
    if version is not None and version.number is not None:
        words.append(f"version {version.number}")
    elif version is not None and version.status == "draft":
        words.append("draft")
    return ", ".join(words)


def template_context(request: PdfRequest) -> dict[str, Any]:
    document = request.document
    content = document.content
    sha = content_sha256(content)
    version = document.version
    number = version.number if version is not None else None
    # Content without a version (a bare config) is as binding as a draft: not at all.
    status = (version.status if version is not None else None) or "draft"
    if number is None:
        version_line, version_phrase, subject = "Draft", "this draft", "draft"
    else:
        status_words = label(status, "version_status")
        version_line = f"Version {number} · {status_words}"
        version_phrase = f"version {number}"
        subject = f"version {number}, {status_words.lower()}"
    return {
        "content": content,
        "document": document,
        "version": version,
        "version_number": number,
        "version_status": status,
        # a copy nobody signs: the cover, the signature lines and the mark on each page
        # say so
        "working_copy": status in ("draft", "saved"),
        "version_line": version_line,
        "version_phrase": version_phrase,
        "subject": subject,
        "content_sha256": sha,
        "sections": _sections(request),
        "signatories": _signatories(request, sha),
        "names": _names(content),
        "history": list(request.history),
        "previous_signed": request.previous_signed,
        "changes": None if request.changes is None else list(request.changes),
        "keywords": keywords(request),
        "disputed_count": sum(1 for t in content.terms if t.status == "disputed"),
        "uncovered": [],  # characters no bundled font draws, see coverage.py
    }
