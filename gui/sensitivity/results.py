"""The results of a sensitivity analysis: the index chart, the ranked table, one factor's scatter.

Which output is shown is chosen above the chart. The table ranks the factors by μ* (Morris) or
ST (Sobol), with the confidence intervals; clicking a row (or a point of the Morris chart) shows
the output at every sample point against that factor. A sentence under the table says how to
read the chart, and which factors could be fixed at their defaults.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from gui.sensitivity.charts import FactorScatter, MorrisChart, SobolChart
from gui.sensitivity.choices import factor_name, output_name

NEGLIGIBLE = 0.05  # an index below 5 % of the largest one: the factor can stay at its default


def _num(x: float) -> str:
    return "—" if x != x else f"{x:.3g}"


def column_words() -> dict[str, str]:
    return {
        "mu_star": translate("sensitivity", "μ*"),
        "mu_star_conf": translate("sensitivity", "± (μ*)"),
        "sigma": translate("sensitivity", "σ"),
        "mu": translate("sensitivity", "μ"),
        "ST": translate("sensitivity", "ST"),
        "ST_conf": translate("sensitivity", "± (ST)"),
        "S1": translate("sensitivity", "S1"),
        "S1_conf": translate("sensitivity", "± (S1)"),
    }


def negligible(result, output: str) -> list[str]:
    """Factors whose ranking index is below 5 % of the largest: they can stay at defaults."""
    from model.sensitivity import COLUMNS

    key = np.nan_to_num(np.asarray(result.indices[output][COLUMNS[result.method][0]], float))
    top = float(np.max(np.abs(key))) if len(key) else 0.0
    return [
        f["path"] for f, v in zip(result.factors, key, strict=True) if abs(v) < NEGLIGIBLE * top
    ]


class SensitivityResults(QWidget):
    """Chart, ranked table and scatter of one :class:`model.sensitivity.SensitivityResult`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()  # a hint until there is a result, then the views
        outer.addWidget(self.pages)
        self.hint = QLabel(
            translate(
                "sensitivity",
                "No analysis yet. Tick the factors and outputs on the left and press Run "
                "analysis, or load saved results.\n\nA Morris screening of 8 factors with 10 "
                "trajectories is a good first step: it shows which factors the outputs depend "
                "on at all, and which of them act together with others.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("panelIntro")
        self.hint.setMargin(40)
        self.pages.addWidget(self.hint)
        content = QWidget()
        self.pages.addWidget(content)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("sensitivity", "Output")))
        self.output = QComboBox()
        row.addWidget(self.output, 1)
        self.summary = QLabel()
        row.addWidget(self.summary, 2)
        lay.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.morris = MorrisChart()
        self.sobol = SobolChart()
        self.charts = QStackedWidget()
        self.charts.addWidget(self.morris)
        self.charts.addWidget(self.sobol)
        self.scatter = FactorScatter()
        top.addWidget(self.charts)
        top.addWidget(self.scatter)
        top.setSizes([600, 400])
        top.setChildrenCollapsible(False)
        split.addWidget(top)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(
            translate("sensitivity", "Click a factor to see the output against it")
        )
        split.addWidget(self.table)
        split.setSizes([520, 260])
        split.setChildrenCollapsible(False)
        lay.addWidget(split, 1)
        self.read = QLabel()
        self.read.setWordWrap(True)
        self.read.setObjectName("panelIntro")
        lay.addWidget(self.read)
        self.result = None
        self.rows: list[int] = []  # factor index of each table row
        self.output.currentIndexChanged.connect(self._on_output_changed)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        self.morris.points.sigClicked.connect(self._on_point_clicked)

    def changeEvent(self, event) -> None:  # factor names and headers are not interface strings
        if event.type() == QEvent.Type.LanguageChange and self.result is not None:
            for i, o in enumerate(self.result.outputs):
                self.output.setItemText(i, output_name(o))
            self._on_output_changed()
        super().changeEvent(event)

    @property
    def chart(self):
        """The index chart shown now (Morris or Sobol)."""
        return self.charts.currentWidget()

    def show_result(self, result) -> None:
        self.result = result
        self.pages.setCurrentIndex(1)
        self.output.blockSignals(True)
        self.output.clear()
        for o in result.outputs:
            self.output.addItem(output_name(o), o)
        self.output.blockSignals(False)
        self.charts.setCurrentWidget(self.morris if result.method == "morris" else self.sobol)
        m = result.manifest
        self.summary.setText(
            translate("sensitivity", "{0} factors, {1} sample points, {2:.0f} s").format(
                len(result.factors), len(result.X), float(m.get("seconds", 0.0))
            )
        )
        self._on_output_changed()

    def current_output(self) -> str:
        return self.output.currentData()

    def _on_output_changed(self, *_args) -> None:
        r = self.result
        if r is None:
            return
        o = self.current_output()
        paths = [f["path"] for f in r.factors]
        self.chart.show_indices(paths, r.indices[o], o)
        self._fill_table(o)
        if self.rows:
            self.table.selectRow(0)
        small = negligible(r, o)
        how = (
            translate(
                "sensitivity",
                "Right: the output moves much with the factor (μ*); up: it moves differently "
                "depending on the other factors (σ).",
            )
            if r.method == "morris"
            else translate(
                "sensitivity",
                "S1: the share of the variance the factor explains alone; ST: with its "
                "interactions. ST well above S1 means the factor works with others.",
            )
        )
        fixed = (
            translate("sensitivity", " Could stay at their defaults for {0}: {1}.").format(
                output_name(o), ", ".join(factor_name(p) for p in small)
            )
            if small
            else ""
        )
        self.read.setText(how + fixed)

    def _fill_table(self, output: str) -> None:
        from model.sensitivity import COLUMNS

        r = self.result
        cols = COLUMNS[r.method]
        words = column_words()
        self.table.clear()
        self.table.setColumnCount(2 + len(cols))
        self.table.setHorizontalHeaderLabels(
            [translate("sensitivity", "Rank"), translate("sensitivity", "Factor")]
            + [words[c] for c in cols]
        )
        ranks = r.ranks(output)
        self.rows = [int(j) for j in np.argsort(ranks, kind="stable")]
        self.table.setRowCount(len(self.rows))
        for i, j in enumerate(self.rows):
            path = r.factors[j]["path"]
            cells = [str(int(ranks[j])), factor_name(path)]
            cells += [_num(float(r.indices[output][c][j])) for c in cols]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                else:
                    item.setToolTip(path)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()

    def show_factor(self, j: int) -> None:
        r = self.result
        o = self.current_output()
        self.scatter.show_factor(r.X[:, j], r.Y[:, r.outputs.index(o)], r.factors[j]["path"], o)

    def _on_row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if rows and self.result is not None:
            self.show_factor(self.rows[rows[0].row()])

    def _on_point_clicked(self, _item, points, _ev=None) -> None:
        if len(points):
            self.table.selectRow(self.rows.index(int(points[0].data())))

    # -- the credibility dossier ----------------------------------------------------------------
    def dossier_section(self) -> tuple[str, str] | None:
        """The analysis as a Markdown section for the figure pack's dossier (None if none)."""
        from model.sensitivity import COLUMNS

        r = self.result
        if r is None:
            return None
        cols = COLUMNS[r.method]
        m = r.manifest
        head = (
            f"{'Morris elementary effects' if r.method == 'morris' else 'Sobol indices'} "
            f"(SALib), {len(r.factors)} factors, {len(r.X)} sample points, seeds "
            f"{', '.join(map(str, m.get('seeds', []) or r.spec.get('seeds', [])))}, "
            f"{r.spec.get('days', '—')} days; intervals are bootstrap "
            f"{100 * float(r.spec.get('conf_level', 0.95)):.0f} % half-widths."
        )
        lines = [head, ""]
        for o in r.outputs:
            lines += [
                f"**{o}**",
                "",
                "| rank | factor | " + " | ".join(cols) + " |",
                "|---|---|" + "---|" * len(cols),
            ]
            for row in (x for x in r.rows() if x["output"] == o):
                lines.append(
                    f"| {row['rank']} | `{row['factor']}` | "
                    + " | ".join(_num(row[c]) for c in cols)
                    + " |"
                )
            lines.append("")
        title = "Global sensitivity analysis" + (
            f": {r.spec['name']}" if r.spec.get("name") else ""
        )
        return title, "\n".join(lines)
