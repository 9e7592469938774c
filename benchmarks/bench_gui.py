"""Responsiveness of the workbench: run the window offscreen at full speed and measure.

    .venv/bin/python benchmarks/bench_gui.py [--seconds 20] [--preset typical-platform]
    .venv/bin/python benchmarks/bench_gui.py --preset megacity     # the 1,290-unit city

Prints a table: chart frames per second (flexibility and load over time, and the plane; the
detail charts, parts and true-against-recorded, are redrawn at most ten times a second), frame
time (median, p95), event-loop latency from a probe timer (median, p95, max), simulated days
per second, the time from process start to the first shown window and to the scenario being
open (the app shows its window first and opens the scenario right after), and the canvas
repaint time at each zoom level. Targets: >= 25
frames/s, p95 latency <= 50 ms while running, canvas repaint <= 16 ms, first window <= 1.5 s.
A benchmark, not a test: it never fails, it reports.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def process_start() -> float:
    """perf_counter() value at the moment this process was created (Linux), else now."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        return time.perf_counter() - age
    except (OSError, ValueError, IndexError):
        return time.perf_counter()


T0 = process_start()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GOVFLEX_CONFIG_DIR", tempfile.mkdtemp(prefix="govflex-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from machine import machine_line  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402

from gui.app import make_app  # noqa: E402

PROBE_MS = 10


class FirstPaint(QObject):
    """Notes when the window is first painted (shown on screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, obj, event) -> bool:
        if self.at is None and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.at = time.perf_counter()
        return False


def canvas_repaints(window, app) -> list[tuple[str, str, str]]:
    """The canvas repainted at each zoom level (fit, then 0.5x to 4x): p95 of 20 repaints."""
    from PySide6.QtGui import QTransform

    view = window.view
    rows = []
    for label in ("fit", 0.5, 1.0, 2.0, 4.0):
        if label == "fit":
            view.fit()
        else:
            view.setTransform(QTransform.fromScale(label, label))
        app.processEvents()
        times = []
        for _ in range(20):
            t = time.perf_counter()
            view.viewport().grab()  # forces a full paint of the visible scene
            times.append((time.perf_counter() - t) * 1000)
        name = f"canvas repaint at {label if label == 'fit' else f'{label:g}x'}, p95 (ms)"
        rows.append((name, f"{np.percentile(times, 95):.1f}", "<= 16"))
    view.fit()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--preset", default="typical-platform")
    ap.add_argument("--size", default="1600x1000")
    args = ap.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = make_app([])
    from gui.app import start_window
    from gui.panels.run_bar import SPEEDS

    first = FirstPaint()
    opened: list[float] = []
    # as `python main.py` starts: the window first, the scenario right after its first paint
    window = start_window([], preset=args.preset, then=lambda w: opened.append(time.perf_counter()))
    window.installEventFilter(first)
    window.showNormal()
    window.resize(width, height)
    while (first.at is None or not opened) and time.perf_counter() - T0 < 60:
        app.processEvents()
    shown = (first.at or time.perf_counter()) - T0
    ready = (opened[0] if opened else time.perf_counter()) - T0

    latencies: list[float] = []
    probe = QTimer()
    probe.setSingleShot(True)
    probe.setTimerType(probe.timerType().PreciseTimer)
    expected = [0.0]

    def on_probe() -> None:
        now = time.perf_counter()
        latencies.append(max(0.0, now - expected[0]))
        expected[0] = time.perf_counter() + PROBE_MS / 1000
        probe.start(PROBE_MS)

    probe.timeout.connect(on_probe)
    live, runner = window.live, window.runner
    window.run_bar.set_speed_index(len(SPEEDS) - 1)  # as fast as possible
    runner.set_speed(None)
    frames0, ticks0, details0 = live.frames, runner.ticks_stepped, live.detail_frames
    live.frame_seconds.clear()
    started = time.perf_counter()
    runner.run()
    expected[0] = time.perf_counter() + PROBE_MS / 1000
    probe.start(PROBE_MS)
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    elapsed = time.perf_counter() - started
    runner.pause()

    frames = live.frames - frames0
    details = live.detail_frames - details0
    ft = np.array(live.frame_seconds) * 1000 if live.frame_seconds else np.zeros(1)
    lat = np.array(latencies) * 1000 if latencies else np.zeros(1)
    days = (runner.ticks_stepped - ticks0) / 24
    rows = [
        ("chart frames per second", f"{frames / elapsed:.1f}", ">= 25"),
        ("detail charts' frames per second", f"{details / elapsed:.1f}", "(<= 10 by design)"),
        ("frame time, median (ms)", f"{np.median(ft):.1f}", ""),
        ("frame time, p95 (ms)", f"{np.percentile(ft, 95):.1f}", ""),
        ("event-loop latency, median (ms)", f"{np.median(lat):.1f}", ""),
        ("event-loop latency, p95 (ms)", f"{np.percentile(lat, 95):.1f}", "<= 50"),
        ("event-loop latency, max (ms)", f"{lat.max():.1f}", ""),
        ("simulated days per second", f"{days / elapsed:.1f}", ""),
        ("simulated days in the run", f"{days:.0f}", ""),
        ("process start to first window (s)", f"{shown:.2f}", "<= 1.5"),
        ("process start to scenario open (s)", f"{ready:.2f}", ""),
    ]
    rows += canvas_repaints(window, app)
    print(
        f"GovFlex GUI benchmark: {args.preset}, {width}x{height}, offscreen, "
        f"{elapsed:.1f} s at full speed"
    )
    print(machine_line())
    print(f"{'measure':36s} {'value':>10s}  target")
    print("-" * 58)
    for name, value, target in rows:
        print(f"{name:36s} {value:>10s}  {target}")
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
