"""The SLA windows in the PDF say which clock each runs on and what they add up to: a
calendar window printed "1 day" beside "4 business hours", and the total the wizard
shows was missing (tryout)."""

from __future__ import annotations

import re
from html import unescape

from test_pdf_shapes import _example, _request

from slaworkshop.export.pdf.render import render_html


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_each_window_names_its_clock_and_the_total_is_given() -> None:
    content = _example()
    decide = next(w for w in content["sla_windows"] if w["key"] == "decide")
    decide.update(within="P1D", clock="calendar")
    text = _text(render_html(_request(content)))
    assert "Accept or reject" in text
    assert re.search(r"Sales 1 calendar day\b", text)
    assert "4 business hours" in text
    # 4 + 4 business hours and 2 business days of 9 hours (08:00–17:00), and a day
    assert "End to end, if every step takes all its time: 2 business days and 8 hours + 1" \
           " calendar day ." in text


def test_a_window_with_one_end_says_from_or_to() -> None:
    """"Stages: Marketing-qualified lead → —" read as a step to nowhere."""
    content = _example()
    text = _text(render_html(_request(content)))
    assert "Stages: from Marketing-qualified lead" in text
    assert "→ —" not in text


def test_no_windows_no_total() -> None:
    content = _example()
    content["sla_windows"] = []
    text = _text(render_html(_request(content)))
    assert "No SLA windows have been recorded." in text
    assert "End to end" not in text
