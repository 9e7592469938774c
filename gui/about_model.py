"""Help → About the model: a short explanation for users, in the interface language, with a
link to the full model description (``MODEL.md``, in English, for analysts and modellers).

The short text says plainly what the model is: it operationalises the mechanisms argued in the
paper — each claim becomes an explicit rule with explicit numbers — and it does not reproduce
the paper's data. The full document ships inside the package (``assets/docs/MODEL.md``, the
same file as the repository's ``docs/MODEL.md``), so an installed GovFlex can show it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from gui.i18n import translate

MODEL_MD = Path(__file__).resolve().parent.parent / "assets" / "docs" / "MODEL.md"
FULL_LINK = "govflex:model-description"


def summary() -> str:
    """The short explanation (Markdown), in the interface language."""
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
    ) + translate(
        "AboutModel",
        "**How the city works.** Citizens call the 12345 hotline; each call becomes a ticket "
        "that the hub answers or dispatches to a bureau (条) or a territorial government (块). "
        "Units work their tickets within their capacity; tickets sent to the wrong unit come "
        "back, and hard cases are escalated. Every simulated hour the model counts how well "
        "the organisation bends around demand (**flexibility**) and how busy street and "
        "community staff are (**grassroots load**, 0.85 sustainable, above 0.90 burnout).\n\n"
        "**What the switches do.** M1–M7 are the platform's institutions: the unified "
        "entrance, the dispatch catalogue, algorithmic dispatch, data sharing, assessment, "
        "escalation and the whistle, and institutional design around data. Each is a rule "
        "with numbers you can change while the city runs.\n\n"
        "**Same seed, same citizens.** A run is fixed by its seed, so two designs run on the "
        "same seed meet the very same calls: differences come from the institutions.\n\n",
    )


class AboutModelDialog(QDialog):
    """A resizable window: the short explanation, and the full description on request."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutModel", "About the model"))
        self.resize(760, 620)
        lay = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        lay.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.show_summary()

    def show_summary(self) -> None:
        link = translate("AboutModel", "Read the full model description (English)")
        more = f"[{link} →]({FULL_LINK})" if MODEL_MD.is_file() else ""
        self.browser.setMarkdown(summary() + more)

    def show_full(self) -> None:
        """The full ``MODEL.md`` (every parameter with its default and provenance)."""
        back = translate("AboutModel", "Back to the short explanation")
        text = MODEL_MD.read_text(encoding="utf-8") if MODEL_MD.is_file() else ""
        self.browser.setMarkdown(f"[← {back}](govflex:summary)\n\n" + text)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == FULL_LINK:
            self.show_full()
        elif url.toString() == "govflex:summary":
            self.show_summary()
        else:
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


def show_about_model(parent) -> AboutModelDialog:
    dialog = AboutModelDialog(parent)
    dialog.exec()
    return dialog
