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


def test_a_long_value_is_cut_to_its_limit_with_the_ellipsis_in_it() -> None:
    from slaworkshop.safe_text import has_undecodable_bytes, printable

    assert printable("x" * 100) == "x" * 59 + "…"
    assert len(printable("x" * 100, limit=20)) == 20
    assert printable("x" * 60) == "x" * 60  # at the limit: whole
    # every byte that was not UTF-8, from 0x80 up, is seen as such
    assert has_undecodable_bytes(b"\x80".decode("utf-8", "surrogateescape"))
    assert has_undecodable_bytes(b"\xff".decode("utf-8", "surrogateescape"))
    assert not has_undecodable_bytes("caf\u00e9")


def test_text_for_people_escapes_what_hides_and_keeps_typography() -> None:
    """Escaping every character Python calls unprintable wrote "10\\xa0000 €" and
    "ventes\\u202f:" in lists and diffs (review)."""
    from slaworkshop.safe_text import visible

    assert visible("Plan \u202eexe.fdp\u200b") == "Plan \\u202eexe.fdp\\u200b"
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    kept = ("10\u00a0000\u00a0€, ventes\u202f: ok, \u0645\u06cc\u200c\u062e\u0648\u0627\u0647"
            "\u0645, 👩\u200d💻, soft\u00adhyphen")
    assert visible(kept) == kept
    assert visible("line1\r\nline2\tend") == "line1\nline2\tend"
    assert visible("over\rwrite") == "over\\x0dwrite"
