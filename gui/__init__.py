"""The GovFlex workbench: a PySide6 desktop application on top of the Qt-free ``model``.

The arrow points one way (gui -> model). The GUI keeps one :class:`gui.document.Document`
(the scenario being edited, with its undo stack), one :class:`gui.runner.Runner` (the running
:class:`model.engine.Simulation`, stepped in short time slices) and a live view that turns the
runner's snapshots into pictures: the structure canvas coloured by load, and the charts of
flexibility against grassroots load.
"""
