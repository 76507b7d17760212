"""Draws the app icon's one source image, resources/icons/privacydesk.png (1024 px, committed).

Run it only to change the design: `QT_QPA_PLATFORM=offscreen .venv/bin/python
installer/make_icon.py`. The .ico and .icns are made from the PNG by installer/build.py.
A blue tile, a white sheet with lines (the register), a gold seal with a tick (kept safe).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

SIZE = 1024
OUT = Path(__file__).resolve().parents[1] / "resources" / "icons" / "privacydesk.png"


def draw() -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    # The tile, with the margin macOS icons leave around their shape.
    tile = QRectF(80, 80, SIZE - 160, SIZE - 160)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1d4f7a"))
    p.drawRoundedRect(tile, 180, 180)
    # The sheet with a folded corner.
    sheet = QPainterPath()
    left, top, right, bottom, fold = 270.0, 210.0, 700.0, 800.0, 120.0
    sheet.moveTo(left, top)
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    corner = QPainterPath()
    corner.moveTo(right - fold, top)
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(QColor("#c9d8e6"))
    p.drawPath(corner)
    # Lines of the register.
    p.setBrush(QColor("#8fb0cc"))
    for i, width in enumerate((300, 330, 260, 330, 200)):
        p.drawRoundedRect(QRectF(left + 60, top + 170 + i * 80, width, 34), 17, 17)
    # The seal: a gold disc with a white tick.
    centre, radius = QPointF(690, 700), 170.0
    p.setBrush(QColor("#1d4f7a"))
    p.drawEllipse(centre, radius + 24, radius + 24)
    p.setBrush(QColor("#e3a72f"))
    p.drawEllipse(centre, radius, radius)
    pen = QPen(QColor("#ffffff"), 44)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath()
    tick.moveTo(centre + QPointF(-80, 5))
    tick.lineTo(centre + QPointF(-22, 62))
    tick.lineTo(centre + QPointF(88, -58))
    p.drawPath(tick)
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(OUT), "PNG"):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
