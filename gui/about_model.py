"""Help → About the model: ``docs/MODEL.md`` rendered, with the paper's reference.

The preface says plainly what the model is: it operationalises the mechanisms argued in the
paper — each claim becomes an explicit rule with explicit numbers — and it does not reproduce
the paper's data. MODEL.md itself is written in English; the preface follows the interface.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from gui.i18n import translate

MODEL_MD = Path(__file__).resolve().parent.parent / "docs" / "MODEL.md"


def preface() -> str:
    return translate(
        "AboutModel",
        "**Reference.** Song Kaiye (宋锴业), “Manufacturing Flexibility: The Organizational "
        "Ecology and Institutional Environment of Digital Governance” (制造灵活性：数字治理的"
        "组织生态及其制度环境), *Public Administration and Policy Review* 2024, 13(4): 39–55.\n\n"
        "**What GovFlex is.** The model *operationalises* the paper's mechanisms: each claim "
        "becomes an explicit rule with explicit numbers, so one can ask which rule produces "
        "which effect. It **does not reproduce the paper's data**; its magnitudes come from "
        "published 12345-hotline practice or are modelling choices. Read its outputs "
        "comparatively, design against design.\n\n---\n\n",
    )


class AboutModelDialog(QDialog):
    """A resizable window with the model description."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutModel", "About the model"))
        self.resize(900, 760)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        text = MODEL_MD.read_text(encoding="utf-8") if MODEL_MD.is_file() else ""
        self.browser.setMarkdown(preface() + text)
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def show_about_model(parent) -> AboutModelDialog:
    dialog = AboutModelDialog(parent)
    dialog.exec()
    return dialog
