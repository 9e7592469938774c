"""Live charts (pyqtgraph): flexibility and load over time, the flexibility–load plane, what
makes them up, and true against reported performance. Plot items are created once; each frame
only calls ``setData`` (the pyqtgraph PlotSpeedTest recipe)."""
