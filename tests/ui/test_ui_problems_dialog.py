"""The problems dialog: one problem as a sentence, several as a list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slaworkshop.ui.problems_dialog import ProblemsDialog


def test_one_problem_is_a_sentence_not_an_empty_list_box(qtbot: Any) -> None:
    dialog = ProblemsDialog("Not imported", "a.yaml cannot be imported; nothing was created."
                            " Fix this in the file and try again:",
                            ["the file holds binary data, not YAML or JSON text"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem_list is None
    assert dialog.problem_text is not None
    assert dialog.problem_text.text() == "the file holds binary data, not YAML or JSON text"
    assert dialog.height() < 200


def test_several_problems_are_a_list(qtbot: Any) -> None:
    problems = ["content.terms[0].key: must be lowercase letters, digits and hyphens only",
                "content.stages[1].owner: must be marketing, sales or shared, not 'ops'"]
    dialog = ProblemsDialog("Not imported", "Fix these 2 problems:", problems)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem_list is not None
    assert [dialog.problem_list.item(i).text() for i in range(2)] == problems


def test_the_intro_counts_the_problems(qtbot: Any, tmp_path: Any, answers: Any,
                                       workspace: Any) -> None:
    from slaworkshop.ui.start_window import StartWindow

    bad = tmp_path / "bad.yaml"
    bad.write_text("format: slaworkshop/agreement\nformat_version: 1\n"
                   "content: {title: T, organization: O, stages: [{key: A, name: A, owner: ops}]}\n")
    one = tmp_path / "one.yaml"
    one.write_bytes(b"\x00\x01binary")
    window = StartWindow(workspace)
    qtbot.addWidget(window)
    answers.add("open_file", str(bad))
    answers.add("problems", None)
    answers.add("open_file", str(one))
    answers.add("problems", None)
    assert window.create_from_file() is None
    assert window.create_from_file() is None
    first, second = answers.details("problems")
    assert first["intro"].endswith("Fix these 2 problems in the file and try again:")
    assert second["intro"].endswith("Fix this in the file and try again:")


def test_a_refused_file_names_places_as_the_window_does(
        qtbot: Any, workspace: Any, answers: Any, tmp_path: Path) -> None:
    """"content.stages[1].handoff" counts from 0: a facilitator went to row 1 of Stages
    (tryout). The window says "Stages, row 2, Handoff"."""
    from slaworkshop.ui.start_window import StartWindow

    bad = tmp_path / "two-handoffs.yaml"
    bad.write_text(
        "format: slaworkshop/agreement\nformat_version: 1\ncontent:\n  title: T\n"
        "  organization: O\n  stages:\n"
        "    - {key: a, name: A, owner: marketing, handoff: true}\n"
        "    - {key: b, name: B, owner: sales, handoff: true}\n"
        "  sla_windows:\n"
        "    - {key: w, name: W, owner: sales, within: PT4H, clock: calendar}\n"
        "    - {key: x, name: X, owner: sales, within: 2 days, clock: calendar}\n",
        encoding="utf-8")
    window = StartWindow(workspace)
    qtbot.addWidget(window)
    answers.add("open_file", str(bad))
    answers.add("problems", None)
    assert window.create_from_file() is None
    [shown] = answers.details("problems")
    assert sorted(shown["problems"]) == [
        "SLA windows, row 2, Within (content.sla_windows[1].within): must be an ISO 8601"
        " duration such as PT4H, P2D or P2W",
        "Stages, row 2, Handoff (content.stages[1].handoff): only one stage may be the"
        " handoff stage, and Stages, row 1 already is",
    ]
    assert workspace.reader.list() == []


def test_place_words() -> None:
    from slaworkshop.problem_words import place_words

    assert place_words("content.qualification.rules[2].points") == \
        "Qualification: scoring rules, row 3, Points"
    assert place_words("content.terms[0].aliases[2]") == "Terms, row 1, Aliases, entry 3"
    assert place_words("content.personas[0].company_size.max") == \
        "Personas, row 1, Company size, max"
    assert place_words("signatures[0].stakeholder") == "Signatures, row 1, Stakeholder"
    assert place_words("content.title") == "Title"
    assert place_words("format_version") == "Format version"
    assert place_words("signatures[0].content_sha256") == "Signatures, row 1, Content sha256"


def test_problem_words_leave_the_user_s_words_as_typed() -> None:
    """Quoted values were worded as paths ("'version-2'" became "'Version-2'"), and an
    unknown field was given a label the window never shows (review)."""
    from slaworkshop.models.validation import Problem
    from slaworkshop.problem_words import problem_words

    assert problem_words(Problem("content.sla_windows[0].escalate_to[0]",
                                 "'version-2' is not the key of any stakeholder")) == (
        "SLA windows, row 1, Escalate to, entry 1 (content.sla_windows[0].escalate_to[0]):"
        " 'version-2' is not the key of any stakeholder")
    assert problem_words(Problem("content.stages[0].extra_field", "is not a known field")) \
        == "Stages, row 1, extra_field (content.stages[0].extra_field): is not a known field"
    assert problem_words(Problem("", "the file is empty")) == "the file is empty"
