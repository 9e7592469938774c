"""The structure canvas: a city's departments drawn as a 条块 diagram that one can edit.

Rows are the levels of government (city, district, street, community); each district is a
block; functional bureaus (条 tiao) keep their line's place in every block. While a simulation
runs, nodes turn from pale to red with their utilisation and arrows show yesterday's tickets
moving: dispatched down from the hub, returned, escalated up the hierarchy, whistled sideways.
"""
