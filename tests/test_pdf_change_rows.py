"""Each side of a change summary row sits under its own heading: an added item's content
spanned Before and After and read as its old value (tryout)."""

from __future__ import annotations

import re
from html import unescape

from test_pdf_shapes import _example, _request

from slaworkshop.export.pdf.render import render_html
from slaworkshop.export.pdf.request import ChangeRow, PdfRequest, PreviousVersion
from slaworkshop.models import validate_content


def _rows(request: PdfRequest) -> list[list[str]]:
    html = render_html(request)
    table = html[html.index('id="changes"'):]
    table = table[:table.index("</table>")]
    rows = re.findall(r"<tr class=\"change-[a-z]+[^\"]*\">(.*?)</tr>", table, re.S)
    return [[re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", cell))).strip()
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)] for row in rows]


def test_added_and_removed_items_leave_the_other_side_empty() -> None:
    content = _example()
    base = _request(content)
    request = PdfRequest(
        document=base.document, config_json=base.config_json,
        previous_signed=PreviousVersion(1, validate_content(content)),
        changes=[ChangeRow("Terms", "Product-qualified lead", "added", "", "Status: Agreed"),
                 ChangeRow("Terms", "Hot lead", "removed", "Status: Sunset", ""),
                 ChangeRow("SLA windows", "Route", "changed", "4 business hours",
                           "2 business hours")])
    assert _rows(request) == [
        ["Terms", "Product-qualified lead", "Added", "—", "Status: Agreed"],
        ["Terms", "Hot lead", "Removed", "Status: Sunset", "—"],
        ["SLA windows", "Route", "Changed", "4 business hours", "2 business hours"],
    ]
    contents = unescape(re.sub(r"<[^>]+>", "", render_html(request)))
    assert "3 changes since version 1, the last signed version" in contents


def test_a_long_text_edited_in_part_marks_the_words_that_changed() -> None:
    """Only Compare marked them; the PDF struck the whole old text beside the whole new
    one, and "Often a student." appended was hard to find in it."""
    sentence = "A person at a prospective customer whose contact details we hold."
    content = _example()
    base = _request(content)
    request = PdfRequest(
        document=base.document, config_json=base.config_json,
        previous_signed=PreviousVersion(1, validate_content(content)),
        changes=[ChangeRow("Terms", "Lead", "changed", sentence,
                           sentence.replace("we hold", "we <hold>") + " Often a student.")])
    html = render_html(request)
    row = html[html.index('class="change-changed'):]
    row = row[:row.index("</tr>")]
    # eight words of what stayed before the change: the whole text is in the body
    # (tryout: the paragraph was repeated on both sides to show one sentence added)
    assert ('<td class="old partial">… at a prospective customer whose contact details'
            ' we <span class="went">hold.</span></td>') in row
    assert '<strong class="came">&lt;hold&gt;. Often a student.</strong>' in row
    assert _rows(request) == [["Terms", "Lead", "Changed",
                               "… at a prospective customer whose contact details we hold.",
                               "… at a prospective customer whose contact details we"
                               " <hold>. Often a student."]]


def test_what_stayed_keeps_a_few_words_either_side_of_each_change() -> None:
    from slaworkshop.diff.word_changes import word_runs

    text = ("We route every lead within four business hours of the form being submitted, "
            "and the rep calls back the same day whenever that is possible at all.")
    runs = word_runs(text, text.replace("four", "two").replace("same day", "next day"),
                     context=3)
    assert runs is not None
    assert runs[1] == [("… every lead within ", False), ("two", True),
                       (" business hours of … calls back the ", False), ("next", True),
                       (" day whenever that …", False)]
    whole = word_runs(text, text.replace("four", "two"))  # Compare keeps it all
    assert whole is not None and "".join(run for run, _ in whole[0]) == text


def test_the_summary_words_dates_and_nothing_as_the_body_does() -> None:
    """The summary said "~~2026-07-01~~ 2027-01-01" beside a body that says "1 July
    2026", and struck out "(none)" where the body shows a dash (review). A text that
    holds a date, or reads "(none)", is quoted as typed."""
    from slaworkshop.export.pdf.collect import change_rows

    old = _example()
    old.update(effective_from="2026-07-01", review_by=None, facilitator="(none)")
    old["business_hours"]["holidays"] = ["2026-12-25"]
    new = dict(old, effective_from="2027-01-01", review_by="2027-07-01",
               facilitator="Due 2026-09-30", business_hours=dict(
                   old["business_hours"], holidays=["2026-12-25", "2026-12-26"]))
    rows = {row.item: (row.old, row.new) for row in change_rows(
        PreviousVersion(1, validate_content(old)), validate_content(new))}
    assert rows["Effective from"] == ("1 July 2026", "1 January 2027")
    assert rows["Review by"] == ("", "1 July 2027")
    assert rows["Facilitator"] == ("(none)", "Due 2026-09-30")
    [holidays] = [v for k, v in rows.items() if k.endswith("Holidays")]
    assert holidays == ("25 December 2026", "25 December 2026, 26 December 2026")
