"""Run by benchmarks/window.py in a fresh process: shows the sign-in dialog, signs in, and
prints when each is on screen."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

from privacydesk.ui.app import Controller, make_app


def main() -> None:
    path, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = make_app()
    controller = Controller(path)
    dialog = controller.start()
    marks: dict[str, float] = {}

    def shown() -> None:
        dialog.repaint()
        print("SIGNIN_SHOWN", flush=True)
        marks["sign_in_clicked"] = time.perf_counter()
        dialog.ui.userEdit.setText(user)  # type: ignore[attr-defined]
        dialog.ui.passwordEdit.setText(password)  # type: ignore[attr-defined]
        dialog.try_sign_in()  # type: ignore[attr-defined]

    def drawn(_desk: object) -> None:
        controller.window.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - marks["sign_in_clicked"]
        print(f"DASHBOARD_DRAWN {elapsed:.4f}", flush=True)
        controller.shutdown()
        app.quit()

    controller.unlocked.connect(drawn)
    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    main()
