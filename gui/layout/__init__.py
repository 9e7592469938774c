"""How the window uses the screen it is on: workspaces, the adaptive chart area, fitting.

* :mod:`gui.layout.workspaces` — the workbench, Compare and Sweeps each own the whole window.
* :mod:`gui.layout.chart_area` — the four live charts as a grid, a plane-and-tabs split or tabs.
* :mod:`gui.layout.screen_fit` — the window sized to the available screen, docks kept usable,
  the run bar's day counter and seed never pushed into a toolbar's overflow.
"""
