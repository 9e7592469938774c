"""The window on the screen it is on: sized to fit, docks usable, the run bar whole.

* First start: the window opens maximised on the available screen. What un-maximising gives
  back is the available screen itself on a small screen (a 1080p laptop at 150 % is a
  1280 × 720 screen; many classroom projectors are 1024 × 768) and a centred window with a
  margin of :data:`MARGIN` on every side where there is room for the default size (without a
  window manager that is also what the window opens at).
* Restore: the saved geometry, pulled back inside the available screen if the screen became
  smaller (another monitor, another projector) since it was saved.
* Docks: the mechanisms panel never comes back narrower than it can be read.
* Toolbars: on a narrow window the run bar's buttons drop their words, and when the toolbars
  still do not fit on one row the run bar moves to a row of its own — so the day counter and
  the seed are never hidden in a toolbar's overflow menu.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QStyle, QToolButton

DEFAULT_SIZE = QSize(1600, 1000)
MARGIN = 0.04  # of the available width and height, on each side of a big screen's window
DOCK_MIN_WIDTH = 300  # the mechanisms panel: sliders, values and titles readable


def available(window) -> QRect:
    """The available geometry (without task bars) of the window's screen."""
    screen = window.screen() if window.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1600, 1000)


def first_geometry(avail: QRect) -> tuple[QRect, bool]:
    """(normal geometry, maximised) for a first start on a screen with ``avail`` free."""
    if avail.width() >= DEFAULT_SIZE.width() + 80 and avail.height() >= DEFAULT_SIZE.height() + 60:
        dx, dy = round(avail.width() * MARGIN), round(avail.height() * MARGIN)
        return avail.adjusted(dx, dy, -dx, -dy), True
    return QRect(avail), True


def fit_inside(geometry: QRect, avail: QRect) -> QRect:
    """``geometry`` no larger than ``avail`` and moved inside it."""
    w = min(geometry.width(), avail.width())
    h = min(geometry.height(), avail.height())
    x = min(max(geometry.x(), avail.x()), avail.right() + 1 - w)
    y = min(max(geometry.y(), avail.y()), avail.bottom() + 1 - h)
    return QRect(x, y, w, h)


def place_first(window) -> bool:
    """Size a window that has no saved geometry; returns whether it should open maximised."""
    rect, maximised = first_geometry(available(window))
    window.setGeometry(rect)
    return maximised


def place_restored(window) -> None:
    """Pull a restored window back inside its screen."""
    if window.isMaximized() or window.isFullScreen():
        return
    avail = available(window)
    geometry = fit_inside(window.geometry(), avail)
    if geometry != window.geometry():
        window.setGeometry(geometry)


def usable_width(widget) -> int:
    """The narrowest a dock's content can be without cutting a control off."""
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        inner = widget.widget()
        inner.ensurePolished()
        bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        need = inner.minimumSizeHint().width() + bar + 2 * widget.frameWidth() + 2
        return max(DOCK_MIN_WIDTH, need)
    return DOCK_MIN_WIDTH


def keep_docks_usable(window, docks) -> None:
    """No dock narrower than its content can be read (a restored state may hold 120 px)."""
    for d in docks:
        d.widget().setMinimumWidth(usable_width(d.widget()))
    shown = [d for d in docks if not d.isHidden() and not d.isFloating()]
    if shown:
        window.resizeDocks(
            shown,
            [max(d.width(), d.widget().minimumWidth()) for d in shown],
            Qt.Orientation.Horizontal,
        )


def _compact_buttons(bar, compact: bool) -> None:
    """Buttons with an icon show only the icon on a narrow window (the tooltip keeps the
    words)."""
    for b in bar.findChildren(QToolButton):
        if b.objectName() == "qt_toolbar_ext_button" or b.icon().isNull():
            continue
        if b.property("wide_style") is None:
            b.setProperty("wide_style", b.toolButtonStyle().value)
        wide = Qt.ToolButtonStyle(b.property("wide_style"))
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if compact else wide)


def _set_compact(bars, compact: bool) -> list[int]:
    """Put every bar in ``compact`` style; returns their widths."""
    for bar in bars:
        if hasattr(bar, "set_compact"):
            bar.set_compact(compact)
        else:
            _compact_buttons(bar, compact)
    return [b.sizeHint().width() + 6 for b in bars if not b.isHidden()]


def _row_breaks(widths: list[int], width: int) -> set[int]:
    """Indexes of the bars that start a new row when bars fill rows left to right."""
    breaks, used = set(), 0
    for i, w in enumerate(widths):
        if used and used + w > width:
            breaks.add(i)
            used = w
        else:
            used += w
    return breaks


def arrange_toolbars(window, bars, run_bar) -> None:
    """Words or icons only, one row or more: whatever keeps every toolbar item visible.

    Bars fill rows left to right (the run bar last); words are kept unless icons alone save a
    row."""
    width = window.width()
    everything = [b for b in [*bars, run_bar] if not b.isHidden()]
    wide = _set_compact(everything, False)
    breaks = _row_breaks(wide, width)
    if breaks:
        narrow = _set_compact(everything, True)
        fewer = _row_breaks(narrow, width)
        if len(fewer) < len(breaks):
            breaks = fewer
        else:
            _set_compact(everything, False)
    for i, bar in enumerate(everything[1:], start=1):
        if (i in breaks) != window.toolBarBreak(bar):
            if i in breaks:
                window.insertToolBarBreak(bar)
            else:
                window.removeToolBarBreak(bar)
    window.layout().activate()
    for bar in everything:  # lay the rows out again, overflow buttons included
        bar.layout().invalidate()
        bar.layout().setGeometry(bar.rect())
