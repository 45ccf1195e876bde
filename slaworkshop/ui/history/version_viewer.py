"""One saved version, read-only: who saved it and when, who signed it, then its content
section by section. Nothing here can change a version (versions are immutable)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from slaworkshop.models import Content
from slaworkshop.safe_text import same_name
from slaworkshop.store.records import VersionRecord

from ..times import local_time
from .content_html import content_body
from .rich_text import MUTED, esc, page, status_badge
from .safe_browser import SafeTextBrowser


def _signer(name: str, stakeholder: str, names: Mapping[str, str]) -> str:
    """The name typed at signing, and whom it signed for when that is another name (the
    PDF and the activity say "for Sam Whitfield"; this table said "S. Whitfield")."""
    listed = names.get(stakeholder)
    if listed is None or same_name(name, listed):
        return esc(name)
    return f'{esc(name)}<br><span style="{MUTED}">for {esc(listed)}</span>'


def version_header(record: VersionRecord, names: Mapping[str, str] | None = None) -> str:
    """Escaped HTML: the version's number, status, label, time, author and signatures;
    ``names``: the version's stakeholders' names by key, for whom each signature is."""
    label = f" — {esc(record.label)}" if record.label else ""
    lines = [f"<h1>Version {record.number}{label}</h1>",
             f"<p>{status_badge(record.status)} saved {esc(local_time(record.created_at))}"
             f" by {esc(record.author or 'unknown')}</p>",
             f'<p style="{MUTED}">Content hash (SHA-256): <code>{esc(record.content_sha256)}'
             "</code></p>"]
    if record.signatures:
        rows = "".join(
            f"<tr><td>{_signer(s.name, s.stakeholder, names or {})}</td><td>{esc(s.role)}</td>"
            f"<td>{esc(local_time(s.signed_at))}</td>"
            f'<td style="{MUTED}">{"" if s.content_sha256 == record.content_sha256 else "⚠ "}'
            f"{esc(s.content_sha256[:12])}…</td></tr>"
            for s in record.signatures)
        lines.append('<h3>Signatures</h3><table cellspacing="0" cellpadding="3">'
                     "<tr><th>Signed by</th><th>Role</th><th>When</th><th>Content hash</th>"
                     f"</tr>{rows}</table>")
    else:
        lines.append(f'<p style="{MUTED}">No signatures.</p>')
    return "".join(lines) + "<hr>"


def stakeholder_names(content: Content) -> dict[str, str]:
    return {person.key: person.name for person in content.stakeholders}


class VersionViewer(QWidget):
    restore_requested = Signal(int)  # version number
    compare_requested = Signal(int)  # version number, against the draft

    def __init__(self, record: VersionRecord, content: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.record = record
        self.setWindowTitle(f"Version {record.number} (read-only) — {content.title}")
        self.browser = SafeTextBrowser(f"Content of version {record.number}, read-only")
        self.browser.setHtml(page(version_header(record, stakeholder_names(content))
                                  + content_body(content)))
        self.restore_button = QPushButton("&Restore as draft…")
        self.restore_button.setToolTip("Start a new draft from this version; history is kept")
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(record.number))
        self.compare_button = QPushButton("Compare with &draft")
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(record.number))
        close = QPushButton("&Close")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.browser.setFocus()
        self.resize(860, 760)
