"""How many seeds? One line under a comparison or a sweep, a tooltip, and a small chart.

The model (:mod:`model.seed_count`) says whether the mean of every output has settled over the
seeds that were run - the coefficient of variation (CV, spread over mean) over the first 2, 3,
... seeds stops moving - and suggests a number of seeds. Here that becomes one readable line
("5 seeds: the mean is not yet stable for Grassroots load: use at least 14 seeds"), a tooltip
that explains the rule and lists the outputs, and, on request, the chart of the CV against the
number of seeds for one output in every design or configuration that was run.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.charts.base import BLUE, GREY, ORANGE, VERMILION, ChartWidget
from gui.compare.table import output_words
from gui.i18n import translate

RULE = QT_TRANSLATE_NOOP(
    "seeds",
    "<p><b>Are there enough seeds?</b> Each seed is another stream of citizens, so every output "
    "varies from seed to seed. GovFlex follows the coefficient of variation (CV = spread ÷ "
    "mean) of each output over the first 2, 3, … seeds (Lee et al. 2015): it jumps about at "
    "first and flattens once the spread is known. The mean is called <b>stable</b> when each "
    "of the last {0} seeds changed the CV by less than {1} %.</p><p>If it is not, the "
    "suggestion imagines carrying on with more seeds drawn again from these results; four "
    "times in five the CV had flattened by then. Run that many and look again.</p>",
)
SETTING_COLOURS = (BLUE, ORANGE)


def seed_line(check: dict | None) -> str:
    """The one line for a seed check of :mod:`model.seed_count` (empty without a check)."""
    if not check:
        return ""
    n = check["seeds"]
    if check["suggested"] is None:
        return translate(
            "seeds", "{0} seed(s): too few to tell whether the mean is stable; use at least 5."
        ).format(n)
    if check["stable"]:
        return translate(
            "seeds",
            "{0} seeds: the mean is stable for every output (the CV moves by less than {1} % "
            "after {2} seeds).",
        ).format(n, f"{100 * check['tolerance']:g}", check["settled_after"])
    names = [output_words(k) for k in check["unstable"]]
    if check["beyond"]:
        text = translate(
            "seeds",
            "{0} seeds: the mean is not yet stable for {1} of {2} outputs (among them {3}); use "
            "more than {4} seeds.",
        )
    else:
        text = translate(
            "seeds",
            "{0} seeds: the mean is not yet stable for {1} of {2} outputs (among them {3}); use at "
            "least {4} seeds.",
        )
    return text.format(n, len(names), len(check["outputs"]), names[0], check["suggested"])


def seed_tooltip(check: dict | None) -> str:
    """The rule in words and, for every output that is not stable, its suggestion."""
    if not check:
        return ""
    rule = translate("seeds", RULE).format(check["window"], f"{100 * check['tolerance']:g}")
    rows = []
    for key in check["unstable"][:12]:
        o = check["outputs"][key]
        n = "–" if o["suggested"] is None else ("> " if o["beyond"] else "≥ ") + str(o["suggested"])
        rows.append(f"<tr><td>{output_words(key)}</td><td align='right'>{n}</td></tr>")
    if len(check["unstable"]) > 12:
        more = translate("seeds", "and {0} more").format(len(check["unstable"]) - 12)
        rows.append(f"<tr><td colspan='2'>{more}</td></tr>")
    if not rows:
        return rule
    head = translate("seeds", "Not yet stable")
    seeds = translate("seeds", "Seeds")
    return (
        rule
        + f"<table><tr><th align='left'>{head}</th><th>{seeds}</th></tr>{''.join(rows)}</table>"
    )


class CvChart(ChartWidget):
    """CV of one output over the first n seeds, one curve per design or configuration."""

    name = "seeds-cv"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plot = self.add_plot(
            0,
            translate("seeds", "Does one more seed still change the spread?"),
            translate("seeds", "CV (spread ÷ mean, %)"),
            translate("seeds", "number of seeds"),
        )
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self.plot.getViewBox().setDefaultPadding(0.03)
        self.legend = self.add_legend(1, cols=4)
        self.items: list = []
        self.setMinimumHeight(200)

    def show_output(self, check: dict, key: str, names: list[str]) -> None:
        """Curves of ``check["outputs"][key]["cv"]``; settings not stable are drawn in red when
        there are more than two of them."""
        for item in self.items:
            self.plot.removeItem(item)
        self.legend.clear()
        self.items = []
        out = check["outputs"].get(key)
        if out is None:
            return
        unstable = set(out["unstable_settings"])
        many = len(out["cv"]) > len(SETTING_COLOURS)
        for i, cv in enumerate(out["cv"]):
            y = 100 * np.array([np.nan if v is None else v for v in cv], float)
            x = np.arange(2, 2 + len(y), dtype=float)
            if many:
                colour = VERMILION if i in unstable else GREY
            else:
                colour = SETTING_COLOURS[i]
            pen = pg.mkPen(colour, width=1 if many else 2)
            item = pg.PlotDataItem(x, y, pen=pen, symbol="o", symbolSize=5, symbolBrush=colour)
            self.plot.addItem(item)
            self.items.append(item)
            if not many and i < len(names):
                self.legend.addItem(item, names[i])
        if many:
            for words, wanted in (
                (translate("seeds", "stable configuration"), False),
                (translate("seeds", "not yet stable"), True),
            ):
                first = next((k for k in range(len(self.items)) if (k in unstable) == wanted), None)
                if first is not None:
                    self.legend.addItem(self.items[first], words)
        n = max((len(cv) for cv in out["cv"]), default=0) + 1
        step = max(1, int(np.ceil(n / 10)))
        self.plot.getAxis("bottom").setTickSpacing(step, step)
        self.plot.enableAutoRange()


class SeedCheckView(QWidget):
    """The line, its tooltip, and a button that shows the chart of CV against seeds."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.chart_button = QToolButton()
        self.chart_button.setText(translate("seeds", "CV chart"))
        self.chart_button.setCheckable(True)
        self.chart_button.setToolTip(
            translate("seeds", "Show how the CV of an output moves as seeds are added")
        )
        row.addWidget(self.line, 1)
        row.addWidget(self.chart_button)
        lay.addLayout(row)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.output = QComboBox()
        self.output.setToolTip(translate("seeds", "The output whose CV the chart shows"))
        self.chart = CvChart()
        self.chart.setMaximumHeight(280)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("seeds", "CV of")))
        pick.addWidget(self.output)
        pick.addStretch(1)
        body.addLayout(pick)
        body.addWidget(self.chart, 1)
        lay.addWidget(self.body, 1)
        self.body.setVisible(False)
        self.check: dict | None = None
        self.names: list[str] = []
        self.chart_button.toggled.connect(self.body.setVisible)
        self.output.currentIndexChanged.connect(self._on_output_changed)
        self.setVisible(False)

    def changeEvent(self, event) -> None:
        """The line, its tooltip and the output names are made again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and self.check is not None:
            QTimer.singleShot(0, lambda: self.show_check(self.check, self.names))
        super().changeEvent(event)

    def show_check(self, check: dict | None, names: list[str]) -> None:
        """Show a seed check; ``names`` of its settings ("A", "B" or the configurations)."""
        kept = self.output.currentData() if check is self.check else None  # same check again
        self.check, self.names = check, list(names)
        self.setVisible(bool(check))
        if not check:
            return
        self.line.setText(seed_line(check))
        tip = seed_tooltip(check)
        self.line.setToolTip(tip)
        keys = list(check["outputs"])
        first = check["unstable"] or [k for k in ("flexibility", "load") if k in keys] or keys
        self.output.blockSignals(True)
        self.output.clear()
        for k in keys:
            self.output.addItem(output_words(k), k)
        pick = kept if kept in keys else first[0] if keys else None
        self.output.setCurrentIndex(keys.index(pick) if pick is not None else -1)
        self.output.blockSignals(False)
        self._on_output_changed()

    def _on_output_changed(self, *_args) -> None:
        key = self.output.currentData()
        if self.check is not None and key is not None:
            self.chart.show_output(self.check, key, self.names)
