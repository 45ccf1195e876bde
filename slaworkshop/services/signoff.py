"""Propose a version for signature and record signatures on it.

A signature names the exact content it covers by its hash. When every signatory has
signed, the version is ``signed`` and the one signed before it ``superseded``.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaworkshop.safe_text import same_name
from slaworkshop.store import NotFound, Refused
from slaworkshop.store import repository as repo
from slaworkshop.store.records import SignatureRecord

from .agreements import AgreementService, check_short_text
from .refusals import NotReady


@dataclass(frozen=True)
class SignResult:
    number: int
    status: str  # "proposed" while signatures are missing, then "signed"
    waiting_for: tuple[str, ...]  # stakeholder keys still to sign


class SignOffService:
    def __init__(self, agreements: AgreementService) -> None:
        self.agreements = agreements
        self.store = agreements.store
        self.actor = agreements.actor

    def propose(self, agreement_id: str, number: int | None = None) -> int:
        """Freeze version ``number`` (default: the latest) for signature."""
        with self.store.transaction() as conn:
            repo.lock_agreement(conn, agreement_id)
            if number is None:
                number = repo.latest_number(conn, agreement_id)
                if number is None:
                    raise Refused("the agreement has no saved version to propose; save one first")
            record = repo.get_version(conn, agreement_id, number)
            if record.status == "proposed":
                return number
            if record.status != "saved":
                raise Refused(
                    f"version {number} is {record.status}; only a saved version can be proposed"
                )
            from slaworkshop.models import readiness_problems

            problems = readiness_problems(repo.version_content(conn, agreement_id, number))
            if problems:
                raise NotReady(problems)
            for earlier in repo.versions_with_status(conn, agreement_id, "proposed"):
                withdrawn = repo.get_version(conn, agreement_id, earlier).signatures
                repo.delete_signatures(conn, agreement_id, earlier)
                repo.set_status(conn, agreement_id, earlier, "saved")
                repo.audit(
                    conn, agreement_id, "returned_to_saved", actor=self.actor,
                    version_number=earlier, replaced_by=number,
                    withdrawn_signatures=[
                        {"stakeholder": s.stakeholder, "name": s.name,
                         "signed_at": s.signed_at.isoformat()}
                        for s in withdrawn
                    ],
                )
            repo.set_status(conn, agreement_id, number, "proposed")
            repo.audit(
                conn, agreement_id, "proposed", actor=self.actor, version_number=number,
                content_sha256=record.content_sha256,
            )
            return number

    def sign(
        self,
        agreement_id: str,
        stakeholder: str,
        *,
        number: int | None = None,
        name: str | None = None,
        drawing_png: bytes | None = None,
    ) -> SignResult:
        """Record ``stakeholder``'s signature on the proposed version. A drawing must be
        a PNG the PDF can print (``models.drawing``): it can never be replaced."""
        if drawing_png is not None:
            from slaworkshop.models.drawing import DrawingError, clean_drawing

            try:
                drawing_png = clean_drawing(drawing_png)
            except DrawingError as exc:
                raise Refused(f"the drawn signature {exc}; nothing was signed. Draw it"
                              " again, or sign with the typed name alone") from None
        with self.store.transaction() as conn:
            repo.lock_agreement(conn, agreement_id)
            if number is None:
                proposed = repo.versions_with_status(conn, agreement_id, "proposed")
                if not proposed:
                    raise Refused("no version of the agreement is proposed for signature")
                number = proposed[-1]
            record = repo.get_version(conn, agreement_id, number)
            if record.status != "proposed":
                raise Refused(
                    f"version {number} is {record.status}; only a proposed version can be signed"
                )
            content = repo.version_content(conn, agreement_id, number)
            people = {s.key: s for s in content.stakeholders}
            person = people.get(stakeholder)
            signatories = ", ".join(s.key for s in content.stakeholders if s.signatory)
            who_signs = f"; the signatories are {signatories}" if signatories else ""
            if person is None:
                raise NotFound(f"{stakeholder!r:.60} is not a stakeholder of version {number}"
                               + who_signs)
            if not person.signatory:
                raise Refused(f"{person.name} ({stakeholder}) is not a signatory of this agreement"
                              + who_signs)
            if any(s.stakeholder == stakeholder for s in record.signatures):
                raise Refused(f"{person.name} ({stakeholder}) has already signed version {number}")
            if name is None:
                # the name as the agreement holds it, which may hold what a typed name may
                # not (a line break, a text-direction control): the signature's name field
                # takes the same text
                typed = person.name.strip()
            else:
                typed = name.strip()
                check_short_text("name", typed)
            from slaworkshop.models.fields import is_blank

            if is_blank(typed):
                raise Refused("a signature needs the signer's full name")
            signature = SignatureRecord(
                stakeholder=stakeholder,
                name=typed,
                role=person.role,
                signed_at=repo.now(),
                content_sha256=record.content_sha256,
                drawing_png=drawing_png,
            )
            repo.insert_signature(conn, agreement_id, number, signature)
            repo.audit(
                conn, agreement_id, "signed", actor=self.actor, version_number=number,
                stakeholder=stakeholder, name=typed, content_sha256=record.content_sha256,
                drawn=drawing_png is not None,
                # whom a signature under another name is for, as the PDF says it
                **({} if same_name(typed, person.name) else {"signed_for": person.name}),
            )
            signed = {s.stakeholder for s in record.signatures} | {stakeholder}
            waiting = tuple(
                s.key for s in content.stakeholders if s.signatory and s.key not in signed
            )
            if waiting:
                return SignResult(number, "proposed", waiting)
            for earlier in repo.versions_with_status(conn, agreement_id, "signed"):
                repo.set_status(conn, agreement_id, earlier, "superseded")
                repo.audit(
                    conn, agreement_id, "superseded", actor=self.actor,
                    version_number=earlier, superseded_by=number,
                )
            repo.set_status(conn, agreement_id, number, "signed")
            repo.audit(
                conn, agreement_id, "signed_by_all", actor=self.actor, version_number=number,
                content_sha256=record.content_sha256,
            )
            return SignResult(number, "signed", ())
