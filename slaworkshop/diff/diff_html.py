"""The diff as one standalone HTML page that a consultant can mail to a client.

Everything is inline (CSS in the page, no fonts, images, scripts or links), so the page
looks the same offline and leaks no request when opened. Jinja2 autoescapes every value:
user text such as a term's definition can never become markup.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, StrictUndefined, Template
from markupsafe import Markup, escape

from slaworkshop.models import Content

from .agreement_diff import VersionLabel
from .diff_report import DiffReport, ValueChange, build_report
from .word_changes import word_runs

_TEMPLATE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ report.title }}</title>
<style>
body { font-family: system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328;
       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0 0 1.5rem; }
section { border-top: 1px solid #d0d7de; padding-top: .75rem; margin-top: 1.25rem; }
h2 { font-size: 1.15rem; margin: 0; }
h3 { font-size: 1rem; font-weight: 600; margin: 0 0 .25rem; }
.summary { color: #57606a; margin: .15rem 0 .75rem; }
.entry { margin: .5rem 0 .9rem; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; text-transform: uppercase;
         letter-spacing: .03em; padding: .05rem .4rem; border-radius: .25rem;
         margin-right: .5rem; vertical-align: .1em; }
.changed .badge { background: #fff8c5; color: #7d4e00; }
.added .badge { background: #dafbe1; color: #116329; }
.removed .badge { background: #ffebe9; color: #a40e26; }
.moved .badge { background: #ddf4ff; color: #0550ae; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .2rem .75rem .2rem 0; }
th { font-weight: normal; color: #57606a; width: 13rem; }
td { white-space: pre-wrap; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
.arrow { color: #57606a; }
@media print { body { margin: 0; max-width: none; } .entry { break-inside: avoid; } }
</style>
</head>
<body>
<h1 dir="auto">{{ report.title }}</h1>
{% if not report.sections %}
<p class="summary">No changes.</p>
{% endif %}
{% for section in report.sections %}
<section>
<h2>{{ section.heading }}</h2>
<p class="summary">{{ section.summary }}</p>
{% for entry in section.entries %}
<div class="entry {{ entry.change }}">
{% if entry.name is not none %}
<h3><span class="badge">{{ entry.change }}</span>
{%- if entry.change == "removed" %}<del><bdi>{{ entry.name }}</bdi></del>
{%- else %}<bdi>{{ entry.name }}</bdi>{% endif %}</h3>
{% endif %}
{% if entry.change == "changed" %}
<table>
{% for value in entry.values %}
<tr><th scope="row">{{ value.label }}</th>
{#- #}<td>{{ side(value, "old") }} <span class="arrow">→</span>
{#- #} {{ side(value, "new") }}</td></tr>
{% endfor %}
</table>
{% elif entry.change == "added" and entry.details %}
<table>
{% for detail in entry.details %}
<tr><th scope="row">{{ detail.label }}</th><td><ins><bdi>{{ detail.value }}</bdi></ins></td></tr>
{% endfor %}
</table>
{% elif entry.change == "moved" %}
<p>Moved {{ entry.moved_words }}.</p>
{% endif %}
</div>
{% endfor %}
</section>
{% endfor %}
</body>
</html>
"""


def render_diff_html(
    a_label: VersionLabel, b_label: VersionLabel, old: Content, new: Content
) -> str:
    """The HTML report of what changed from ``old`` (``a_label``) to ``new`` (``b_label``)."""
    return report_html(build_report(a_label, b_label, old, new))


def report_html(report: DiffReport) -> str:
    return _template().render(report=report)


def _side(value: ValueChange, which: str) -> Markup:
    """One side of a changed value: struck (old) or marked (new) whole, or, for a long
    text edited in part, with only the words that went or came marked."""
    tag = "del" if which == "old" else "ins"
    text = value.old if which == "old" else value.new
    runs = word_runs(value.old, value.new)
    if runs is None:
        return Markup("<{0}><bdi>{1}</bdi></{0}>").format(tag, text)
    parts = [Markup("<{0}>{1}</{0}>").format(tag, run) if changed else escape(run)
             for run, changed in runs[0 if which == "old" else 1]]
    return Markup("<bdi>{}</bdi>").format(Markup("").join(parts))


@cache
def _template() -> Template:
    # Compiled on first use, not at import: importing the package must stay cheap.
    environment = Environment(
        autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    environment.globals["side"] = _side
    return environment.from_string(_TEMPLATE)
