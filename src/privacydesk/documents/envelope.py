"""The window envelope (長形3号, 120 × 235 mm): where the address must sit on the A4 sheet.

The A4 sheet is folded in three (panels of 99 mm) and slides inside the envelope, which is read
sideways (235 wide, 120 tall) with the window near its top left. Everything here is in
millimetres on the sheet, from its top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass

A4_W, A4_H = 210.0, 297.0
PANEL_H = A4_H / 3  # 99 mm: the top panel faces the window
ENVELOPE_W, ENVELOPE_H = 235.0, 120.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def overlaps(self, other: Rect) -> bool:
        return not (
            other.right <= self.x
            or other.x >= self.right
            or other.bottom <= self.y
            or other.y >= self.bottom
        )


@dataclass(frozen=True)
class Calibration:
    """The office's envelopes: the window's place and size, and how far the sheet can slide.

    Defaults fit the usual 長3 window envelope (window 90 × 45 mm, 23 mm from the left and
    13 mm from the top); makers differ, so these are settings with a printable test page.
    """

    window_left: float = 23.0
    window_top: float = 13.0
    window_width: float = 90.0
    window_height: float = 45.0
    play_x: float = 22.0  # how far the folded sheet can slide sideways inside the envelope
    play_y: float = 18.0  # … and up and down

    def window_on_sheet(self, dx: float, dy: float) -> Rect:
        """The window seen on the sheet when the sheet sits (dx, dy) from the top-left."""
        return Rect(
            self.window_left - dx, self.window_top - dy, self.window_width, self.window_height
        )

    def safe_area(self) -> Rect:
        """What shows through the window wherever the sheet slides: the address goes here."""
        x0 = self.window_left
        x1 = self.window_left + self.window_width - self.play_x
        y0 = self.window_top
        y1 = self.window_top + self.window_height - self.play_y
        return Rect(x0, y0, max(0.0, x1 - x0), max(0.0, y1 - y0))

    def may_show(self) -> Rect:
        """Everything the window could show: nothing but the address may be printed here."""
        x0 = max(0.0, self.window_left - self.play_x)
        y0 = max(0.0, self.window_top - self.play_y)
        return Rect(
            x0,
            y0,
            self.window_left + self.window_width - x0,
            self.window_top + self.window_height - y0,
        )

    def problems(self) -> list[str]:
        """Message codes for calibrations that cannot work."""
        found = []
        safe = self.safe_area()
        if safe.w < 40 or safe.h < 15:
            found.append("envelope.safe_area_too_small")
        if self.may_show().bottom >= PANEL_H or self.may_show().right > A4_W:
            found.append("envelope.window_outside_panel")
        if (
            min(
                self.window_left,
                self.window_top,
                self.window_width,
                self.window_height,
                self.play_x,
                self.play_y,
            )
            < 0
        ):
            found.append("envelope.negative")
        return found


DEFAULT = Calibration()
