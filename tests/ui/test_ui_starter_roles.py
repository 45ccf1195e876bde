"""A starter's stakeholders carry a job title as role (it is printed under the signature)
and their duties as responsibilities."""

from __future__ import annotations

from slaworkshop.starters import list_starters, load_starter

DUTY_VERBS = ("owns", "runs", "leads", "makes", "keeps", "builds", "delivers", "maps")


def test_every_starter_stakeholder_has_a_job_title_as_role() -> None:
    starters = list_starters()
    assert starters
    for starter in starters:
        for person in load_starter(starter.name).content.stakeholders:
            assert person.role, person.key
            assert not person.role.lower().startswith(DUTY_VERBS), (starter.name, person.role)
            assert person.responsibilities, person.key
