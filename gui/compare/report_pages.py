"""Pages of the PDF report, laid out block by block with a painter.

Every block is measured before it is drawn, so nothing leaves the page's margins: a figure is
scaled to the text width (and down to the page height if it is tall), a heading moves to the
next page together with its figure or with the first rows of its table, a table row is never
split, and a table carried over a page break repeats its header. ``placed`` records where
everything went (page, kind, rectangle), for tests and for looking.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

GAP_PT = 6.0  # space after a block, in points
CELL_PAD_PT = 3.0


class Pages:
    """A painter on a QPdfWriter (or any paged device) with a cursor going down the page."""

    def __init__(self, writer) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        self.dpi = writer.resolution()
        self.page = QRectF(0, 0, writer.width(), writer.height())
        self.y = 0.0
        self.number = 0
        self.placed: list[tuple[int, str, QRectF, str]] = []

    def pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def font(self, points: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setPointSizeF(points)
        f.setBold(bold)
        return f

    # -- measuring -------------------------------------------------------------------------
    def text_height(self, text: str, font: QFont, width: float) -> float:
        self.painter.setFont(font)
        r = self.painter.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
        return r.height()

    def room(self) -> float:
        return self.page.bottom() - self.y

    def new_page(self) -> None:
        self.writer.newPage()
        self.number += 1
        self.y = 0.0

    def need(self, height: float) -> None:
        """A page break unless ``height`` fits below the cursor (never on an empty page)."""
        if height > self.room() and self.y > 0:
            self.new_page()

    # -- drawing ---------------------------------------------------------------------------
    def _text(self, kind: str, text: str, font: QFont, width: float | None = None) -> QRectF:
        width = width or self.page.width()
        h = self.text_height(text, font, width)
        rect = QRectF(self.page.left(), self.y, width, h)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#111111"))
        self.painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        self.placed.append((self.number, kind, rect, text))
        self.y += h + self.pt(GAP_PT)
        return rect

    def heading(self, text: str, points: float, keep_with: float) -> None:
        """A heading that moves to the next page unless ``keep_with`` more fits after it."""
        font = self.font(points, bold=True)
        self.need(self.text_height(text, font, self.page.width()) + self.pt(GAP_PT) + keep_with)
        self._text("heading", text, font)

    def paragraph(self, text: str, points: float = 10.0) -> None:
        font = self.font(points)
        self.need(self.text_height(text, font, self.page.width()))
        self._text("text", text, font)

    def figure_size(self, image: QImage, title_height: float) -> tuple[float, float]:
        """The figure at the text width, smaller if it would be taller than a page."""
        w = self.page.width()
        h = image.height() * w / max(1, image.width())
        tallest = self.page.height() - title_height - self.pt(GAP_PT)
        if h > tallest:
            w, h = w * tallest / h, tallest
        return w, h

    def figure(self, title: str, image: QImage) -> None:
        """A titled figure, title and image on one page, inside the margins."""
        font = self.font(12.0, bold=True)
        th = self.text_height(title, font, self.page.width()) + self.pt(GAP_PT)
        w, h = self.figure_size(image, th)
        self.need(th + h)
        self._text("heading", title, font)
        rect = QRectF(self.page.left() + (self.page.width() - w) / 2, self.y, w, h)
        self.painter.drawImage(rect, image)
        self.placed.append((self.number, "figure", rect, title))
        self.y += h + self.pt(2 * GAP_PT)

    def table(self, title: str, head: list[str], rows: list[list[str]], widths: list[float]):
        """A titled table; ``widths`` are the columns' shares of the text width."""
        font, bold = self.font(9.0), self.font(9.0, bold=True)
        total = self.page.width()
        cols = [total * f / sum(widths) for f in widths]
        pad = self.pt(CELL_PAD_PT)

        def row_height(cells, f) -> float:
            pairs = zip(cells, cols, strict=True)
            heights = [self.text_height(c, f, w - 2 * pad) for c, w in pairs]
            return max(heights) + 2 * pad

        head_h = row_height(head, bold)
        first = row_height(rows[0], font) if rows else 0.0
        self.heading(title, 14.0, head_h + first)
        self._row(head, cols, head_h, bold, "table-head")
        for cells in rows:
            h = row_height(cells, font)
            if h > self.room():
                self.new_page()
                self._row(head, cols, head_h, bold, "table-head")
            self._row(cells, cols, h, font, "table-row")
        self.y += self.pt(2 * GAP_PT)

    def _row(self, cells, cols, height, font, kind) -> None:
        pad = self.pt(CELL_PAD_PT)
        x = self.page.left()
        self.painter.setFont(font)
        for text, w in zip(cells, cols, strict=True):
            cell = QRectF(x, self.y, w, height)
            if kind == "table-head":
                self.painter.fillRect(cell, QColor("#eeeeee"))
            self.painter.setPen(QPen(QColor("#888888"), self.pt(0.5)))
            self.painter.drawRect(cell)
            self.painter.setPen(QColor("#111111"))
            self.painter.drawText(
                cell.adjusted(pad, pad, -pad, -pad), int(Qt.TextFlag.TextWordWrap), str(text)
            )
            x += w
        rect = QRectF(self.page.left(), self.y, sum(cols), height)
        self.placed.append((self.number, kind, rect, " | ".join(map(str, cells))))
        self.y += height

    def finish(self) -> None:
        self.painter.end()
