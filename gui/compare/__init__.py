"""Comparing institutional designs (issue 5, the workbench side).

An official's question is rarely "what does this design do?" but "what does design B change
against design A?". This package pins two designs, runs them side by side on the same seeds
(the same citizens call in both cities, so a difference is the institutions' doing and not
luck), tabulates the difference over several seeds, splits it among the mechanisms that changed
(Shapley attribution) and writes report figures. ``install(window)`` adds it all to the
workbench window; the computing is done by ``model.compare``, ``model.attribution`` and
``model.sweep``.
"""
