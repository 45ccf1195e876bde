"""Which words of a long text went and which came, when the text was edited in part.

A definition with one sentence appended was shown whole, twice, old struck and new
beside it: "Often a student." was hard to spot (tryout). Compare, the HTML report and
the PDF's change summary mark the words that changed instead. Short values, and texts
rewritten rather than edited, read better whole: for those there are no runs.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

#: Texts at least this long that changed in part show the words that changed.
WORDS_FROM = 40
#: Below this likeness the text was rewritten, not edited.
EDITED_FROM = 0.5

Run = tuple[str, bool]  # (text, changed)


def word_runs(old: str, new: str) -> tuple[list[Run], list[Run]] | None:
    """Each side as runs of unchanged and changed text (spaces kept), or None when the
    sides read better whole."""
    if max(len(old), len(new)) < WORDS_FROM:
        return None
    before, after = re.split(r"(\s+)", old), re.split(r"(\s+)", new)
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    if matcher.ratio() < EDITED_FROM:
        return None
    old_runs: list[Run] = []
    new_runs: list[Run] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        went, came = "".join(before[i1:i2]), "".join(after[j1:j2])
        if op == "equal":
            old_runs.append((went, False))
            new_runs.append((came, False))
            continue
        if went:
            old_runs.append((went, True))
        if came:
            new_runs.append((came, True))
    return old_runs, new_runs
