"""Which words of a long text went and came, with a little of what stayed around them."""

from __future__ import annotations

from slaworkshop.diff.word_changes import word_runs

TEXT = ("We route every handraiser to a named rep within four business hours and log the"
        " first touch in the CRM so marketing can see the outcome of each lead it passed on.")


def test_a_short_stretch_before_a_change_is_kept_whole() -> None:
    """Two words before the change: nothing was left out, so no "…" (audit)."""
    _old, new = word_runs(TEXT, TEXT.replace("every", "each"), context=8)
    assert new[0] == ("We route ", False)
    assert new[1] == ("each", True)


def test_a_long_stretch_keeps_its_context_words_beside_the_change() -> None:
    old, new = word_runs(TEXT, TEXT.replace("outcome", "result"), context=4)
    assert new == [("… marketing can see the ", False), ("result", True),
                   (" of each lead it …", False)]
    assert old[1] == ("outcome", True)


def test_a_list_cut_short_marks_only_the_items_that_went() -> None:
    """The comma stuck to the last kept item: "Slovakia," no longer matched "Slovakia",
    and the summary struck it out and added it again, a change nobody made (review)."""
    kept = "Germany, Austria, Switzerland, Poland, Czechia, Slovakia"
    old, new = word_runs(f"{kept}, Hungary, Romania, Bulgaria, Turkey", kept)
    assert new == [(kept, False)]
    assert old == [(kept, False), (", Hungary, Romania, Bulgaria, Turkey", True)]


def test_a_list_replaced_whole_reads_whole() -> None:
    """The separators of two different lists matched each other, and the list read as
    edited word by word: ~~Germany~~ Spain, ~~Austria~~ Italy… (review)."""
    assert word_runs("Germany, Austria, Switzerland, Poland, Czechia",
                     "Spain, Italy, Portugal, Greece, France, Belgium") is None
