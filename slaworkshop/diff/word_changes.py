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

#: Words, spaces, and the commas and semicolons between them, each a token of its own:
#: with the comma in the word, "Slovakia," at the end of a list cut short no longer
#: matched "Slovakia" and read as removed and added again (review of the PDF).
_TOKENS = re.compile(r"\s+|[,;]|[^\s,;]+")
_SEPARATOR = re.compile(r"\s+|[,;]")


def _shortened(text: str, first: bool, last: bool, context: int) -> str:
    """An unchanged stretch cut to the ``context`` words beside the changes around it
    ("… whose contact details we hold."): the change summary repeated a whole paragraph
    on both sides to show one sentence added (tryout)."""
    words = re.findall(r"\s*\S+\s*", text)
    if first and last or len(words) <= (context if first or last else 2 * context) + 1:
        return text
    head = "".join(words[:context]).rstrip()
    tail = "".join(words[-context:]).lstrip()
    if first:
        return f"… {tail}"
    if last:
        return f"{head} …"
    return f"{head} … {tail}"


def word_runs(old: str, new: str, context: int | None = None
              ) -> tuple[list[Run], list[Run]] | None:
    """Each side as runs of unchanged and changed text (spaces kept), or None when the
    sides read better whole. ``context``: unchanged stretches keep only that many words
    beside each change (a document's summary, where the whole text is in its body)."""
    if max(len(old), len(new)) < WORDS_FROM:
        return None
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    # likeness by words alone: the separators of two wholly different lists matched
    # each other and made them look edited (review)
    words = SequenceMatcher(None, [t for t in before if not _SEPARATOR.fullmatch(t)],
                            [t for t in after if not _SEPARATOR.fullmatch(t)], autojunk=False)
    if words.ratio() < EDITED_FROM:
        return None
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    old_runs: list[Run] = []
    new_runs: list[Run] = []
    codes = matcher.get_opcodes()
    for number, (op, i1, i2, j1, j2) in enumerate(codes):
        went, came = "".join(before[i1:i2]), "".join(after[j1:j2])
        if op == "equal":
            if context is not None:
                went = came = _shortened(went, number == 0, number == len(codes) - 1,
                                         context)
            old_runs.append((went, False))
            new_runs.append((came, False))
            continue
        if went:
            old_runs.append((went, True))
        if came:
            new_runs.append((came, True))
    return old_runs, new_runs
