"""Does the handoff stage sit where marketing's stages meet sales'? Qt-free.

Exactly one stage is the handoff (the models enforce that); its neighbours are not
checked there. A marketing stage after the handoff, or a sales stage before it, makes
the funnel say "handoff" between two stages of the same team: worth a gentle warning,
never a blocker (a team may really work that way while the workshop sorts it out).
"""

from __future__ import annotations

from dataclasses import dataclass

from slaworkshop.listing import and_list
from slaworkshop.models import Content


@dataclass(frozen=True)
class Handoff:
    index: int
    giver: str  # owner of the handoff stage
    taker: str | None  # owner of the stage after it; None when it is the last stage


def find_handoff(content: Content) -> Handoff | None:
    stages = content.stages
    for index, stage in enumerate(stages):
        if stage.handoff:
            taker = stages[index + 1].owner if index + 1 < len(stages) else None
            return Handoff(index, stage.owner, taker)
    return None


def handoff_label(content: Content) -> str:
    """"marketing → sales", worded from the owners around the handoff stage."""
    found = find_handoff(content)
    if found is None:
        return ""
    return f"{found.giver} → {found.taker}" if found.taker else f"{found.giver} → (no next stage)"


def _names(names: list[str]) -> str:
    return and_list([f"“{name}”" for name in names])


def handoff_warning(content: Content) -> str:
    """A sentence when the handoff stage's neighbours look wrong, else ""."""
    found = find_handoff(content)
    if found is None:
        return ""
    stages = content.stages
    here = stages[found.index]
    problems = []
    if found.taker == "marketing":
        after = stages[found.index + 1]
        problems.append(f"it is followed by “{after.name}”, which marketing owns")
    if found.index > 0 and stages[found.index - 1].owner == "sales":
        before = stages[found.index - 1]
        problems.append(f"it comes after “{before.name}”, which sales owns")
    elif all(stage.owner == "sales" for stage in stages[:found.index + 1]):
        # An all-sales funnel up to here: nothing is handed over by marketing.
        problems.append("sales owns it and every stage before it")
    elif here.owner == "sales":
        # The lead reached sales before this stage: the handoff is the stage before it
        # (the funnel said "handoff: sales → sales"; tryout).
        problems.append(f"sales owns it, so the lead was handed over before it, after "
                        f"“{stages[found.index - 1].name}”")
    # further off too: a marketing stage two after the handoff went unseen (tryout)
    later = [s.name for s in stages[found.index + 2:] if s.owner == "marketing"]
    if later:
        problems.append(f"{_names(later)}, which marketing owns, "
                        f"{'comes' if len(later) == 1 else 'come'} after it")
    earlier = [s.name for s in stages[:max(found.index - 1, 0)] if s.owner == "sales"]
    if earlier and here.owner != "sales":
        problems.append(f"{_names(earlier)}, which sales owns, "
                        f"{'comes' if len(earlier) == 1 else 'come'} before it")
    if not problems:
        return ""
    return (f"The handoff stage “{here.name}” does not sit where marketing hands over to "
            f"sales: {' and '.join(problems)}. Check the order of the stages or their "
            "owners (this does not block saving).")
