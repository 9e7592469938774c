"""Small controls shared by the panels: an on/off switch and a parameter editor.

A :class:`ParamEditor` wires one scenario path to one widget and back (the napari pattern):
``set_value`` shows the document's value without echoing it, ``edited`` reports a user's change.
Sliders report on release and spin boxes on Enter or an arrow click, so a change reaches the
running simulation once, not for every pixel of a drag.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QWidget,
)

from gui import labels
from gui.mechanism_specs import Param
from gui.panels.strict_spin import StrictDoubleSpinBox, StrictSpinBox

SLIDER_STEPS = 1000


class ToggleSwitch(QAbstractButton):
    """A large, clearly visible on/off switch (legible on a projector)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(46, 24)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        on = self.isChecked()
        track = QColor("#2e7d32") if on else QColor("#9e9e9e")
        if not self.isEnabled():
            track.setAlpha(90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(track)
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        d = r.height() - 4
        x = r.right() - d - 2 if on else r.left() + 2
        p.setBrush(QColor("#ffffff"))
        p.drawEllipse(QRectF(x, r.top() + 2, d, d))
        if self.hasFocus():
            p.setPen(QColor("#1a73e8"))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        p.end()


class ParamEditor(QWidget):
    """Slider + spin box (with unit), check box or choice for one scenario path."""

    edited = Signal(str, object, bool)  # path, value, mergeable (sliders and spin boxes)
    refused = Signal(str)  # typed input that was not accepted, and why

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.slider: QSlider | None = None
        self.spin: QDoubleSpinBox | QSpinBox | None = None
        self.check: QCheckBox | None = None
        self.combo: QComboBox | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        tip = QCoreApplication.translate("mechanisms", param.tip) if param.tip else ""
        if param.kind == "bool":
            self.check = QCheckBox(QCoreApplication.translate("mechanisms", param.label))
            self.check.toggled.connect(lambda on: self.edited.emit(param.path, bool(on), False))
            lay.addWidget(self.check)
        elif param.kind == "choice":
            self.combo = QComboBox()
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.combo.setMinimumContentsLength(8)
            for value, text in param.choices:
                self.combo.addItem(QCoreApplication.translate("mechanisms", text), value)
            self.combo.activated.connect(
                lambda i: self.edited.emit(param.path, self.combo.itemData(i), False)
            )
            lay.addWidget(self.combo, 1)
        else:
            self._build_numeric(lay)
        self.setToolTip(tip)

    def _build_numeric(self, lay: QHBoxLayout) -> None:
        p = self.param
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setTracking(False)
        self.slider.setMinimumWidth(60)
        name = QCoreApplication.translate("mechanisms", p.label)
        if p.kind == "int":
            spin: QDoubleSpinBox | QSpinBox = StrictSpinBox(field_name=name)
            spin.setRange(int(p.lo), int(p.hi))
            spin.setSingleStep(max(int(p.step), 1))
        else:
            spin = StrictDoubleSpinBox(field_name=name)
            scale = 100.0 if p.kind == "share" else 1.0
            spin.setDecimals(0 if p.kind == "share" else p.decimals)
            lo = p.lo * scale - (p.step * scale if p.nullable else 0.0)
            spin.setRange(lo, p.hi * scale)
            spin.setSingleStep(1.0 if p.kind == "share" else p.step)
        if p.nullable:
            spin.setSpecialValueText(QCoreApplication.translate("mechanisms", p.null_text))
        unit = "%" if p.kind == "share" else (labels.unit(p.unit) if p.unit else "")
        if unit:
            spin.setSuffix(f" {unit}")
        spin.setKeyboardTracking(False)
        spin.setMinimumWidth(78)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin = spin
        self.slider.sliderMoved.connect(self._on_slider_moved)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        spin.valueChanged.connect(self._on_spin_value_changed)
        spin.refused.connect(self.refused)
        lay.addWidget(self.slider, 1)
        lay.addWidget(spin)

    # -- model -> widget ---------------------------------------------------------------------
    def set_value(self, value) -> None:
        for w in (self.slider, self.spin, self.check, self.combo):
            if w is not None:
                w.blockSignals(True)
        try:
            if self.check is not None:
                self.check.setChecked(bool(value))
            elif self.combo is not None:
                i = self.combo.findData(value)
                if i >= 0:
                    self.combo.setCurrentIndex(i)
            elif self.spin is not None and self.slider is not None:
                if value is None:
                    self.spin.setValue(self.spin.minimum())
                    self.slider.setValue(0)
                else:
                    self.spin.setValue(self._to_spin(float(value)))
                    self.slider.setValue(self._to_slider(float(value)))
        finally:
            for w in (self.slider, self.spin, self.check, self.combo):
                if w is not None:
                    w.blockSignals(False)

    def current_choice(self):
        return self.combo.currentData() if self.combo is not None else None

    # -- conversions -----------------------------------------------------------------------
    def _to_spin(self, v: float) -> float:
        return v * 100.0 if self.param.kind == "share" else v

    def _from_spin(self, s: float):
        p = self.param
        if p.nullable and s <= self.spin.minimum() + 1e-9:
            return None
        if p.kind == "int":
            return int(s)
        v = s / 100.0 if p.kind == "share" else float(s)
        return round(v, 6)

    def _to_slider(self, v: float) -> int:
        p = self.param
        if p.log:
            v = max(v, p.lo)
            return int(round(math.log(v / p.lo) / math.log(p.hi / p.lo) * SLIDER_STEPS))
        return int(round((v - p.lo) / (p.hi - p.lo) * SLIDER_STEPS)) if p.hi > p.lo else 0

    def _from_slider(self, k: int) -> float:
        p = self.param
        if p.log:
            v = p.lo * (p.hi / p.lo) ** (k / SLIDER_STEPS)
        else:
            v = p.lo + (p.hi - p.lo) * k / SLIDER_STEPS
        step = p.step
        v = round(v / step) * step if step else v
        return int(round(v)) if p.kind == "int" else round(v, 6)

    # -- widget -> model ----------------------------------------------------------------------
    def _on_slider_moved(self, k: int) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self._to_spin(self._from_slider(k)))
        self.spin.blockSignals(False)

    def _on_slider_value_changed(self, k: int) -> None:
        value = self._from_slider(k)
        self._on_slider_moved(k)
        self.edited.emit(self.param.path, value, True)

    def _on_spin_value_changed(self, s: float) -> None:
        value = self._from_spin(s)
        self.slider.blockSignals(True)
        self.slider.setValue(self._to_slider(value) if value is not None else 0)
        self.slider.blockSignals(False)
        self.edited.emit(self.param.path, value, True)
