"""The problems dialog: one problem as a sentence, several as a list."""

from __future__ import annotations

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
