"""Texts made from what users typed, for places with rules of their own: file names."""

from __future__ import annotations

import pytest

from slaworkshop.safe_text import suggested_file_name


@pytest.mark.parametrize(("stem", "expected"), [
    ("Northwind Clinical Supply agreement draft", "Northwind Clinical Supply agreement draft.pdf"),
    # Windows refuses < > : " | ? * and the dialog kept them (tryout)
    ("Acme <b>Analytics</b> agreement version 2", "Acme -b-Analytics--b- agreement version 2.pdf"),
    ('Q3: "best" | worst? *', "Q3- -best- - worst- -.pdf"),
    ("a/b\\c", "a-b-c.pdf"),
    ("Acme\u202e fdp.exe", "Acme fdp.exe.pdf"),  # a direction override would reverse it
    ("  Acme \t\n Corp  ", "Acme Corp.pdf"),
    ("Acme\x1bCorp", "Acme-Corp.pdf"),
    ("...", "agreement.pdf"),  # dots alone name no file
    ("\u200b", "agreement.pdf"),
    ("x" * 400, "x" * 150 + ".pdf"),
])
def test_a_suggested_file_name_is_one_every_system_takes(stem: str, expected: str) -> None:
    assert suggested_file_name(stem, ".pdf") == expected
