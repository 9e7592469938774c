"""Help → Robustness of the model's findings: the table of docs/MODEL.md, with a few words.

The model's findings (F1–F8, :mod:`model.findings`) were re-checked with every assumption moved
one at a time to ×0.7 and ×1.3 (``benchmarks/robustness.py``); the table it wrote into the
model description says, for each finding, in what share of those moves it keeps the right
sign. The dialog shows that table from the copy of ``MODEL.md`` that ships with the
application (the same file the "About the model" page reads), under a translated sentence on
how it was measured and the findings' titles; the table itself is in English, like MODEL.md.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from gui.about_model import MODEL_MD
from gui.i18n import translate
from model.robustness_table import block, flipping

TITLES = {  # the findings of model/findings.py, for the legend under the table
    "F1": QT_TRANSLATE_NOOP("findings", "The platform makes the bureaucracy flexible"),
    "F2": QT_TRANSLATE_NOOP(
        "findings", "Composite architecture: load balancing alone costs professionalism"
    ),
    "F3": QT_TRANSLATE_NOOP("findings", "Data cut into blocks shrinks lateral work and range"),
    "F4": QT_TRANSLATE_NOOP(
        "findings",
        "Power without responsibility sends cases upwards; whistle and enforce rules answer it",
    ),
    "F5": QT_TRANSLATE_NOOP(
        "findings", "Assessment pressure: reported success, gaming, load and failure demand rise"
    ),
    "F6": QT_TRANSLATE_NOOP("findings", "The tensions shrink flexibility and load the grassroots"),
    "F7": QT_TRANSLATE_NOOP(
        "findings", "Institutional design around data as an asset opens the space again"
    ),
    "F8": QT_TRANSLATE_NOOP("findings", "Gaming today is load tomorrow"),
}


def model_block() -> str:
    """The robustness block of the packaged MODEL.md ('' when the file is not installed)."""
    if not MODEL_MD.is_file():
        return ""
    return block(MODEL_MD.read_text(encoding="utf-8"))


def flipping_assumptions() -> list[str]:
    """The assumptions that flip one of the findings in that table ("group.name")."""
    return flipping(model_block())


def page() -> str:
    """The dialog's Markdown: how it was measured, the table, the findings' titles."""
    text = model_block()
    if not text:
        return translate(
            "findings", "The model description (MODEL.md) is not installed with this copy."
        )
    intro = translate(
        "findings",
        "**How it was measured.** Each finding of the model compares two institutional "
        "settings on the same seeds. The robustness screen moves every assumption of the model "
        "on its own to ×0.7 and to ×1.3 of its default, in both settings, and checks every "
        "finding again; the line above the table says how many moves it has covered. The "
        "table gives, per finding, the share of those moves in which every claim "
        "keeps the right sign, the share in which every 95 % interval also excludes 0, and "
        "the moves that flip it. A finding counts as robust when it keeps its sign in at least "
        "90 % of the moves. The table and its notes below are in English, as in the model "
        "description.",
    )
    legend = "\n".join(f"* **{code}** — {translate('findings', t)}" for code, t in TITLES.items())
    return f"{intro}\n\n---\n\n{text}\n\n---\n\n{legend}\n"


class FindingsRobustnessDialog(QDialog):
    """A resizable window with the robustness table of the model's findings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("findings", "Robustness of the model's findings"))
        self.resize(820, 640)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(page())
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def show_findings_robustness(parent) -> FindingsRobustnessDialog:
    dialog = FindingsRobustnessDialog(parent)
    dialog.exec()
    return dialog
