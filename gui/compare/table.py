"""The table of a comparison over several seeds: A, B, the difference and its interval.

Each seed is one stream of citizens, run once through A and once through B, so each seed gives
a *paired* difference B − A that is free of the luck of the draw; the table shows the mean of
each design, the mean difference and a 95 % interval of the paired differences
(``model.compare``). An interval that does not include zero (shown in bold) means the
difference would show up again with other citizens: it is the institutions, not chance.
"""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from gui import labels
from gui.i18n import translate

GOOD_UP = {
    "flexibility",
    "flex_mobility",
    "flex_lateral",
    "flex_match",
    "flex_range",
    "first_dispatch_accuracy",
    "professionalism",
    "on_time_rate",
    "resolution_true",
    "satisfaction_true",
}
BAD_UP = {
    "load",
    "hidden_work_share",
    "backlog_days",
    "escalations_per_100",
    "returns_per_100",
    "median_resolution_hours",
    "gaming_gap",
    "fragmentation",
    "bureau_load",
    "help_latency_hours",
}


def fmt(x: float) -> str:
    """Four significant digits, no exponent for ordinary magnitudes."""
    if x != x:
        return "–"
    if x == 0:
        return "0"
    if abs(x) < 1e-3:
        return f"{x:.3g}" if abs(x) >= 1e-6 else f"{x:.2e}"
    return f"{x:.4g}" if abs(x) < 1e5 else f"{x:.2e}"


EXTRA_WORDS = {  # outputs of the comparison table that gui.labels has no words for (yet)
    "help_latency_hours": QT_TRANSLATE_NOOP("compare", "Wait for help (hours)"),
}


def output_words(key: str) -> str:
    """Words for an output key: gui.labels first, then the table's own."""
    if key in labels.OUTPUTS or key not in EXTRA_WORDS:
        return labels.output(key)
    return QCoreApplication.translate("compare", EXTRA_WORDS[key])


def significant(row: dict) -> bool:
    return row["low"] > 0 or row["high"] < 0


class SummaryTable(QTableWidget):
    """One row per output: A, B, B − A and the 95 % interval of the paired difference."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("compare", "Output"),
                translate("compare", "A"),
                translate("compare", "B"),
                translate("compare", "B − A"),
                translate("compare", "95 % interval"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        head = self.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: list[dict] = []
        self.seeds: list[int] = []
        self.check: dict | None = None

    def show_rows(self, rows: list[dict], seeds: list[int], check: dict | None = None) -> None:
        """Fill the table from ``model.compare`` rows (and keep its seed check for the CSV)."""
        self.rows, self.seeds, self.check = list(rows), list(seeds), check
        self.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            cells = [
                output_words(row["key"]),
                fmt(row["mean_a"]),
                fmt(row["mean_b"]),
                ("+" if row["diff"] > 0 else "") + fmt(row["diff"]),
                f"[{fmt(row['low'])}, {fmt(row['high'])}]",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 0:
                    item.setToolTip(row["key"])
                if significant(row) and c >= 3:
                    item.setFont(bold)
                    item.setForeground(QColor(self._colour(row)))
                self.setItem(r, c, item)

    @staticmethod
    def _colour(row: dict) -> str:
        up = row["diff"] > 0
        if row["key"] in GOOD_UP:
            return "#1b7a36" if up else "#b3261e"
        if row["key"] in BAD_UP:
            return "#b3261e" if up else "#1b7a36"
        return "#222222"

    def csv_text(self) -> str:
        """The rows as CSV (keys, not words, so a script can read it), with whether the seeds
        give a stable mean of each output in A and B and how many seeds it suggests."""
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(
            ["output", "mean_a", "mean_b", "diff", "low", "high", "seeds"]
            + ["stable_mean", "suggested_seeds"]
        )
        seeds = " ".join(str(s) for s in self.seeds)
        checks = (self.check or {}).get("outputs", {})
        for row in self.rows:
            c = checks.get(row["key"])
            stable = "" if c is None else str(c["stable"]).lower()
            suggested = "" if c is None or c["suggested"] is None else str(c["suggested"])
            w.writerow(
                [row["key"]]
                + [f"{row[k]:.6g}" for k in ("mean_a", "mean_b", "diff", "low", "high")]
                + [seeds, stable, suggested]
            )
        return buf.getvalue()
