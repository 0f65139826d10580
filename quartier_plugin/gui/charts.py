"""Two charts drawn with QPainter: the rank intervals of the robustness analysis and the correlation matrix.

Both are plain widgets (no chart library): they draw into any paint device, so the same drawing goes
to the screen, to a PNG (:func:`save_chart`) and later into a print layout.
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget

from ..core.formatting import number
from ..translation import tr, user_locale

SELECTED = QColor("#b2182b")
OTHER = QColor("#4d4d4d")
GRID = QColor("#d9d9d9")


def _text_colour(background):
    return Qt.GlobalColor.black if background.lightness() > 140 else Qt.GlobalColor.white


class _Chart(QWidget):
    """A widget that paints itself with :meth:`draw` (shared by the charts)."""

    def __init__(self, parent, minimum, hint):
        super().__init__(parent)
        self.hint = QSize(*hint)
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self):  # noqa: N802 - Qt API
        return self.hint

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            self.draw(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def draw(self, painter, rect):
        raise NotImplementedError

    def prepare(self, painter, rect):
        """White background, antialiasing, an 8 pt font; returns the font metrics."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, Qt.GlobalColor.white)
        font = QFont(self.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        return painter.fontMetrics()


class RankIntervalChart(_Chart):
    """Areas sorted by median rank; a bar from the 5 % to the 95 % rank, a dot at the median rank,
    and a line under the last selected place (top k). Areas whose whole interval lies inside the
    selection are drawn in red: they are selected whatever the weights."""

    def __init__(self, parent=None):
        super().__init__(parent, (320, 220), (520, 360))
        self.rows = []   # (label, median, p05, p95, base rank)
        self.top_k = None
        self.total = 0
        self.title = tr("Rank under changed weights: median and 5-95 % interval of the best-ranked areas")

    def set_result(self, labels, rob, limit=60):
        """Show the ``limit`` areas with the best median rank of a RobustnessResult."""
        rows = []
        for i, label in enumerate(labels):
            median = rob.median_rank[i]
            if math.isnan(median):
                continue
            rows.append((label, float(median), float(rob.rank_p05[i]), float(rob.rank_p95[i]),
                         float(rob.base_rank[i])))
        rows.sort(key=lambda r: (r[1], r[4]))
        self.total = len(rows)
        self.rows = rows[:limit]
        self.top_k = rob.top_k
        self.update()

    def draw(self, painter, rect):
        metrics = self.prepare(painter, rect)
        if not self.rows:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("No robustness result yet."))
            return
        title_h = metrics.height() + 6
        axis_h = metrics.height() + 8
        fit = max(5, int((rect.height() - title_h - axis_h - 4) / (metrics.height() + 1)))
        rows = self.rows[:fit]  # as many areas as have room for a readable label
        label_w = min(max(metrics.horizontalAdvance(r[0]) for r in rows) + 8, rect.width() * 0.4)
        plot = QRectF(rect.left() + label_w, rect.top() + title_h, rect.width() - label_w - 10,
                      rect.height() - title_h - axis_h - 4)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(rect.left() + 4, rect.top(), rect.width() - 8, title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        max_rank = max(max(r[3] for r in rows), float(self.top_k or 1)) + 1

        def x_of(rank):
            return plot.left() + (rank - 0.5) / max_rank * plot.width()

        step = max(1, int(10 ** math.floor(math.log10(max_rank)) / 2)) if max_rank > 10 else 1
        while max_rank / step > 10:
            step *= 2
        painter.setPen(QPen(GRID, 1))
        for rank in [1] + list(range(step, int(max_rank) + 1, step)):
            x = x_of(rank)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(x - 20, plot.bottom() + 2, 40, axis_h), Qt.AlignmentFlag.AlignHCenter, str(rank))
            painter.setPen(QPen(GRID, 1))
        row_h = plot.height() / len(rows)
        bar_h = max(2.0, min(row_h * 0.55, 10.0))
        for n, (label, median, p05, p95, _base) in enumerate(rows):
            y = plot.top() + (n + 0.5) * row_h
            sure = self.top_k is not None and p95 <= self.top_k
            colour = SELECTED if sure else OTHER
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 90))
            painter.drawRect(QRectF(x_of(p05), y - bar_h / 2, max(x_of(p95) - x_of(p05), 1.5), bar_h))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x_of(median), y), bar_h / 2.2, bar_h / 2.2)
            if row_h >= metrics.height() * 0.8:
                painter.setPen(Qt.GlobalColor.black)
                painter.drawText(QRectF(rect.left(), y - row_h / 2, label_w - 6, row_h),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
        if self.top_k:
            x = x_of(self.top_k + 0.5)
            pen = QPen(SELECTED, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawText(QRectF(x + 3, plot.top(), 160, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             tr("selection: top {0}").format(self.top_k))
        painter.setPen(QPen(Qt.GlobalColor.black, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))


class CorrelationHeatmap(_Chart):
    """The indicators' correlation matrix: blue negative, red positive; |r| >= 0.8 framed."""

    def __init__(self, parent=None):
        super().__init__(parent, (260, 220), (420, 360))
        self.labels = []
        self.matrix = None
        self.threshold = 0.8

    def set_matrix(self, matrix, labels):
        self.matrix, self.labels = matrix, list(labels)
        self.update()

    @staticmethod
    def colour(r):
        if r is None or math.isnan(r):
            return QColor("#f0f0f0")
        t = min(abs(r), 1.0)
        end = QColor("#b2182b") if r > 0 else QColor("#2166ac")
        return QColor(int(255 + (end.red() - 255) * t), int(255 + (end.green() - 255) * t),
                      int(255 + (end.blue() - 255) * t))

    def draw(self, painter, rect):
        metrics = self.prepare(painter, rect)
        n = len(self.labels)
        if not n or self.matrix is None:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("No correlation yet."))
            return
        labels = [f"{i + 1}  {label}" for i, label in enumerate(self.labels)]
        label_w = min(max(metrics.horizontalAdvance(x) for x in labels) + 8, rect.width() * 0.45)
        size = min((rect.width() - label_w - 8) / n, (rect.height() - metrics.height() * 2 - 8) / n)
        left, top = rect.left() + label_w, rect.top() + metrics.height() + 6
        painter.drawText(QRectF(rect.left() + 4, rect.top(), rect.width(), metrics.height() + 4),
                         Qt.AlignmentFlag.AlignLeft, tr("Correlation of the indicators (Pearson r)"))
        for i in range(n):
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(rect.left(), top + i * size, label_w - 6, size),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(labels[i], Qt.TextElideMode.ElideRight, int(label_w - 8)))
            for j in range(n):
                r = float(self.matrix[i][j])
                cell = QRectF(left + j * size, top + i * size, size, size)
                background = self.colour(r)
                painter.setPen(QPen(Qt.GlobalColor.white, 1))
                painter.setBrush(background)
                painter.drawRect(cell)
                if i != j and not math.isnan(r) and abs(r) >= self.threshold:
                    painter.setPen(QPen(Qt.GlobalColor.black, 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5))
                if size >= 22 and not math.isnan(r):
                    painter.setPen(_text_colour(background))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, number(r, user_locale(), 2))
        painter.setPen(Qt.GlobalColor.black)
        for j in range(n):  # column numbers below, the labels are on the left in the same order
            painter.drawText(QRectF(left + j * size, top + n * size + 2, size, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, str(j + 1))


def save_chart(chart, path, width=900, height=600):
    """Draw ``chart`` into a PNG of the given size (white background)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        chart.draw(painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image.save(str(path), "PNG")
