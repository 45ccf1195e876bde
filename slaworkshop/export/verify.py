"""``slaworkshop verify``: does a config or an agreement PDF still say what was signed?

For a config (YAML or JSON) the content hash is recomputed from the content in full
form and compared with the hash the file records and with the hash every signature
covers. A PDF is checked first on its raw bytes, before anything parses them: the
digest of its own bytes written into it at export (``byte_digest``) must match
them, so any change to any byte is a mismatch. Then through the config it carries as
an attachment, the hash printed in the footer of every page must be that config's
content hash, and the file must hold the one revision it was written in: an update
appended to it later (an incremental update) can paint any page over with other text,
leaving the attachment and the footers as they were. Once the digest shows the bytes
changed, the pages' text is not read: it could not change the verdict. A PDF of an
earlier release has no byte digest; it is checked as before, and the report says so.

The signatures are checked against the agreement they sign: each names a signatory of
its content, none signs twice, and a signed (or superseded) version carries the
signature of every signatory.

What is not checked: that the pages' text says what the config says. A PDF rewritten
whole, into a new single-revision file with the same attachment and footers and a
recomputed byte digest, passes; only re-rendering the config and comparing would tell,
and no key signs the file.

A config that is not a valid agreement raises ``DocumentInvalid``: that is bad input,
not a failed check; so does a PDF refused unread (encrypted, larger than any agreement
PDF, or holding far more than its agreement could fill), unless its byte digest already
shows it changed. A file that starts as a PDF does but cannot be parsed (cut short, or
damaged) is a failed check, with or without a byte digest: the file is not as it was
written, and "the PDF is damaged" says why nothing more of it was checked. Everything
else ends in a ``VerifyReport``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Literal

from slaworkshop.export import byte_digest
from slaworkshop.export.config_file import MAX_FILE_BYTES, ConfigError, parse_as_exported
from slaworkshop.models import (
    FORMAT,
    AgreementFile,
    DocumentInvalid,
    Problem,
    content_sha256,
    printable,
)

PDF_MAGIC = b"%PDF-"
#: An agreement PDF of 2,000 terms is under 1 MB; fonts are embedded as subsets.
MAX_PDF_BYTES = 100 * 1024 * 1024
#: What ``verify`` reads of a file at most: enough to refuse anything larger than either.
MAX_READ_BYTES = MAX_PDF_BYTES
#: How many hex digits of a hash a finding shows.
SHOWN = 12


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of ``verify``: ``ok`` only when something was checked and all held.

    ``findings`` are the mismatches, one sentence each; ``checked`` says what was
    checked and held; ``notes`` say what could not be checked (a PDF of an earlier
    release has no byte digest). ``content_sha256`` is the hash recomputed from the
    content (of the embedded config, for a PDF), None when there was no content to hash.
    """

    name: str
    kind: Literal["config", "pdf"]
    findings: tuple[str, ...]
    checked: tuple[str, ...]
    content_sha256: str | None
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.findings and bool(self.checked)


@dataclass
class _Notes:
    findings: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def report(self, name: str, kind: Literal["config", "pdf"], sha: str | None) -> VerifyReport:
        return VerifyReport(name, kind, tuple(self.findings), tuple(self.checked), sha,
                            tuple(self.notes))


def _short(sha: str) -> str:
    return f"{sha[:SHOWN]}…"


def _check_document(document: AgreementFile, where: str, notes: _Notes) -> str:
    """Compare the recorded hash and every signature with the content; its hash."""
    actual = content_sha256(document.content)
    recorded = document.content_sha256
    if recorded is None and not document.signatures:
        notes.findings.append(
            f"{where} records no content hash and no signatures, so there is nothing to check"
        )
    if recorded is not None:
        if recorded == actual:
            notes.checked.append(
                f"the content hash recorded in {where} matches its content ({_short(actual)})"
            )
        else:
            notes.findings.append(
                f"the content hash recorded in {where} ({_short(recorded)}) does not match"
                f" its content ({_short(actual)})"
            )
    for signature in document.signatures:
        who = signature.stakeholder
        if signature.content_sha256 == actual:
            notes.checked.append(
                f"the signature of {who} ({printable(signature.name)}) covers this content"
            )
        else:
            notes.findings.append(
                f"the signature of {who} covers content {_short(signature.content_sha256)},"
                f" not this content {_short(actual)}"
            )
    _check_signers(document, where, notes)
    return actual


#: The statuses of a version that every signatory has signed.
_SIGNED_BY_ALL = ("signed", "superseded")
#: The statuses of a version that carries no signature (a proposed one may carry some).
_UNSIGNED = ("draft", "saved")


def _check_signers(document: AgreementFile, where: str, notes: _Notes) -> None:
    """Each signature by a signatory of the content, none twice, and every signatory's
    on a signed (or superseded) version, as sign-off records them."""
    people = {person.key: person for person in document.content.stakeholders}
    counts: dict[str, int] = {}
    for signature in document.signatures:
        counts[signature.stakeholder] = counts.get(signature.stakeholder, 0) + 1
    before = len(notes.findings)
    for who, count in counts.items():
        person = people.get(who)
        if person is None:
            notes.findings.append(
                f"the signature of {who} names no stakeholder of the agreement"
            )
        elif not person.signatory:
            notes.findings.append(
                f"the signature of {who} ({printable(person.name)}) is by a stakeholder who"
                " is not a signatory of the agreement"
            )
        if count > 1:
            notes.findings.append(
                f"{where} holds {count} signatures of {who}; a signatory signs a version once"
            )
    status = document.version.status if document.version is not None else None
    signatories = [person for person in document.content.stakeholders if person.signatory]
    if status in _SIGNED_BY_ALL:
        if not signatories:
            notes.findings.append(
                f"the version is {status}, but the agreement names no signatory"
            )
        for person in signatories:
            if person.key not in counts:
                notes.findings.append(
                    f"the version is {status}, but the signature of {person.key}"
                    f" ({printable(person.name)}), a signatory, is missing"
                )
    elif status in _UNSIGNED and document.signatures:
        count = len(document.signatures)
        notes.findings.append(
            f"the version is {status}, yet it carries {count} signature{'s' if count > 1 else ''};"
            " only a proposed, signed or superseded version carries signatures"
        )
    if len(notes.findings) > before or not document.signatures:
        return
    if status in _SIGNED_BY_ALL:
        notes.checked.append(
            ("the version is signed" if status == "signed" else
             f"the version, now {status}, was signed")
            + " by every signatory of the agreement, once each, and by nobody else"
        )
    else:
        notes.checked.append("every signature is by a signatory of the agreement, once each")


def _parse_document(data: bytes, name: str) -> AgreementFile:
    """Parse and validate a config without refusing a mismatched hash (``read_config``
    would) or a signature by nobody of the agreement: the mismatch is what ``verify``
    reports. Read by the stored rules: a file signed under an earlier release's rules
    (a title of U+FEFF alone, a C1 control) still verifies (review)."""
    return parse_as_exported(data, name, signers_must_exist=False, stored=True)


def verify_config(data: bytes, name: str = "") -> VerifyReport:
    notes = _Notes()
    actual = _check_document(_parse_document(data, name), "the file", notes)
    return notes.report(name, "config", actual)


def _agreement_configs(attachments: dict[str, list[bytes]]) -> list[tuple[str, bytes]]:
    """The attached files that claim to be slaworkshop agreements."""
    found: list[tuple[str, bytes]] = []
    for file_name, contents in attachments.items():
        if not file_name.lower().endswith(".json"):
            continue
        for body in contents:
            if len(body) > MAX_FILE_BYTES:
                continue  # larger than any config: parsing it would cost gigabytes for nothing
            try:
                claims = json.loads(body).get("format") == FORMAT
            except (ValueError, AttributeError, RecursionError):
                claims = False  # an unrelated attachment, not ours to judge
            if claims:
                found.append((file_name, body))
    return found


def _other_attachments(attachments: dict[str, list[bytes]],
                       configs: list[tuple[str, bytes]]) -> list[str]:
    """The names of attached files that are not agreement configs (export attaches none:
    a second config under another name, a YAML one, would otherwise go unremarked)."""
    ours = {(file_name, id(body)) for file_name, body in configs}
    return [printable(file_name, limit=60) for file_name, contents in attachments.items()
            for body in contents if (file_name, id(body)) not in ours]


def _check_printed(printed: list[list[str]], actual: str, notes: _Notes) -> None:
    if not any(printed):
        notes.findings.append("the PDF prints no content hash in its page footers")
        return
    missing = [str(i) for i, hashes in enumerate(printed, start=1) if not hashes]
    if missing:
        notes.findings.append(
            "the content hash is missing from the footer of page " + ", ".join(missing[:10])
            + ("…" if len(missing) > 10 else "")
        )
    for sha in sorted({h for hashes in printed for h in hashes}):
        if sha == actual:
            notes.checked.append("the hash printed in the PDF equals the embedded config's")
        else:
            notes.findings.append(
                f"the hash printed in the PDF ({_short(sha)}) differs from the embedded"
                f" config's content hash ({_short(actual)})"
            )


#: Said of a PDF without a byte digest: one exported by an earlier release.
NO_BYTE_DIGEST = (
    "the PDF carries no digest of its own bytes (it was exported before slaworkshop wrote"
    " one): a change to its bytes is caught only where it changes what the other checks read"
)


#: Said instead of ``NO_BYTE_DIGEST`` of a damaged PDF: a file cut short before its
#: digest, which comes near the end, holds none.
NO_BYTE_DIGEST_DAMAGED = (
    "the PDF carries no digest of its own bytes: it was exported before slaworkshop wrote"
    " one, or it was cut short before the digest, which comes near the end of the file"
)


#: Said of a PDF whose bytes do not match their digest, once its config is checked.
PAGES_NOT_READ = (
    "the text of the pages was not read: the file's bytes already differ from the PDF"
    " as exported"
)


def _check_bytes(data: bytes, notes: _Notes) -> bool:
    """The PDF's digest of its own bytes, first and before anything parses them; whether
    it was found and does not match (the bytes were changed)."""
    digest = byte_digest.check(data)
    if not digest.found:
        notes.notes.append(NO_BYTE_DIGEST)
        return False
    if digest.problem is not None:
        notes.findings.append(f"the PDF was changed after export: {digest.problem}")
        return True
    notes.checked.append(
        f"the PDF's bytes match the digest written into it at export ({_short(digest.digest or '')})"
    )
    return False


def verify_pdf(data: bytes, name: str = "") -> VerifyReport:
    # pypdf is needed only here; a config can be verified without it.
    from slaworkshop.export.pdf.reader import (
        DamagedPdf,
        UnreadablePdf,
        footer_hashes,
        later_revision,
        open_pdf,
    )

    if len(data) > MAX_PDF_BYTES:
        raise ConfigError(
            [Problem("", f"the PDF is larger than {MAX_PDF_BYTES // (1024 * 1024)} MB, far larger"
                         " than any agreement PDF")]
        )
    notes = _Notes()
    bytes_changed = _check_bytes(data, notes)

    def unreadable(exc: UnreadablePdf, *then: str) -> VerifyReport:
        # A PDF refused unread (encrypted, beyond the bounds) is bad input, unless the
        # digest already shows it changed after export. A PDF that cannot be parsed is
        # not as it was written: the check failed, whatever else is known of the file.
        damaged = isinstance(exc, DamagedPdf)
        if not (damaged or bytes_changed):
            raise ConfigError([Problem("", str(exc))]) from None
        notes.findings.append(str(exc))
        notes.findings.extend(then)
        if damaged:
            notes.notes[:] = [NO_BYTE_DIGEST_DAMAGED if note == NO_BYTE_DIGEST else note
                              for note in notes.notes]
        return notes.report(name, "pdf", None)

    changed = later_revision(data)
    revisions = () if changed is None else (
        f"the PDF was changed after it was written: {changed}; its pages may no longer"
        " show what was signed",
    )
    try:
        pdf = open_pdf(data)
    except UnreadablePdf as exc:
        return unreadable(exc, *revisions)
    notes.findings.extend(revisions)
    configs = _agreement_configs(pdf.attachments)
    if not configs:
        notes.findings.append(
            "the PDF carries no embedded agreement config, so there is nothing to check"
        )
        return notes.report(name, "pdf", None)
    if len(configs) > 1:
        notes.findings.append(
            f"the PDF carries {len(configs)} agreement configs; an agreement PDF carries one"
        )
    others = _other_attachments(pdf.attachments, configs)
    if others:
        notes.findings.append(
            f"the PDF carries {len(others)} attached file{'s' if len(others) > 1 else ''}"
            f" besides its config ({', '.join(others[:3])}{', …' if len(others) > 3 else ''});"
            " an agreement PDF carries its config alone"
        )
    file_name, body = configs[0]
    try:
        document = _parse_document(body, file_name)
    except DocumentInvalid as exc:
        notes.findings.append(
            f"the embedded config {printable(file_name)} is not a valid agreement:"
            f" {exc.problems[0]}"
        )
        return notes.report(name, "pdf", None)
    actual = _check_document(document, "the embedded config", notes)
    if bytes_changed:
        # Whatever the pages print, the file is not the one exported; reading their text
        # is most of verify's time and could not change the verdict.
        notes.notes.append(PAGES_NOT_READ)
        return notes.report(name, "pdf", actual)
    # The pages are read last, within what an agreement of this config's size fills.
    try:
        printed = footer_hashes(pdf, len(body))
    except UnreadablePdf as exc:
        return unreadable(exc)
    _check_printed(printed, actual, notes)
    if changed is None:
        notes.checked.append("the PDF holds the one revision it was written in (no later update)")
    return notes.report(name, "pdf", actual)


def _damaged_magic(data: bytes) -> bool:
    """The file starts with ``%PDF-`` but for one byte."""
    head = data[: len(PDF_MAGIC)]
    if len(head) != len(PDF_MAGIC):
        return False
    return sum(a != b for a, b in zip(head, PDF_MAGIC, strict=True)) == 1


def verify_bytes(data: bytes, name: str = "") -> VerifyReport:
    """Verify a config (YAML or JSON) or an agreement PDF, told apart by the PDF magic."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[: len(PDF_MAGIC)] == PDF_MAGIC:
        return verify_pdf(data, name)
    if _damaged_magic(data) and byte_digest.check(data).found:
        # One of our PDFs with a byte of its first line changed: a failed check.
        return verify_pdf(data, name)
    if name.lower().endswith(".pdf"):
        # Read as a config, a damaged PDF would be told it lacks "format" or is binary data.
        raise ConfigError(
            [Problem("", f"{printable(name)} is not a PDF: it does not start with {PDF_MAGIC.decode()}")]
        )
    return verify_config(data, name)
