"""Sweeps in the workbench (issue 5): turn one or two knobs, or switch the mechanisms on and
off in every combination, over several seeds — in background processes — and look at the
results: effect curves with intervals, heat maps of two knobs or of mechanism interactions,
and every run in the flexibility–load plane with the frontier of the best designs.
"""
