"""Where chart badges go so that they never collide: pure geometry, in pixels.

Time charts put a small numbered flag for each marker on the top edge of the plot, above the
day it marks; flags that would touch are moved aside or into a second lane. The plane puts a
numbered badge next to the point it marks, trying places around it until one is free. Either
way every badge lies inside the plot and no two overlap; a badge with no room is left out
(its number and words are still in the marker key). A label beside a point (the plane's
"day 40") flips to the side where it stays inside the plot.
"""

from __future__ import annotations

Rect = tuple[float, float, float, float]  # left, top, width, height

GAP = 3.0  # pixels between two badges


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def inside(r: Rect, bounds: Rect) -> bool:
    return (
        r[0] >= bounds[0] - 1e-6
        and r[1] >= bounds[1] - 1e-6
        and r[0] + r[2] <= bounds[0] + bounds[2] + 1e-6
        and r[1] + r[3] <= bounds[1] + bounds[3] + 1e-6
    )


def _pack(anchors, widths, left, right, n_lanes):
    """Left edges and lanes with ``n_lanes`` lanes, or None when a lane overflows."""
    order = sorted(range(len(anchors)), key=lambda i: anchors[i])
    ends = [left - GAP] * n_lanes
    lanes: list[list[int]] = [[] for _ in range(n_lanes)]
    xs = [0.0] * len(anchors)
    for i in order:
        w = widths[i]
        want = min(max(anchors[i] - w / 2, left), right - w)
        lane = next((k for k in range(n_lanes) if ends[k] + GAP <= want), None)
        if lane is None:
            lane = min(range(n_lanes), key=lambda k: ends[k])
            want = ends[lane] + GAP
        xs[i] = want
        ends[lane] = want + w
        lanes[lane].append(i)
    for members in lanes:  # from the right edge back: nothing sticks out
        limit = right
        for i in reversed(members):
            xs[i] = min(xs[i], limit - widths[i])
            limit = xs[i] - GAP
        if members and xs[members[0]] < left - 1e-6:
            return None
    lane_of = {i: k for k, members in enumerate(lanes) for i in members}
    return [(xs[i], lane_of[i]) for i in range(len(anchors))]


def top_lanes(
    anchors: list[float], widths: list[float], height: float, bounds: Rect
) -> list[Rect | None]:
    """Flags of ``widths`` x ``height`` near x = ``anchors`` along the top of ``bounds``.

    The fewest lanes that hold them all; when even the lanes that fit in the plot are not
    enough, the flags that do not fit are None."""
    left, top, width, full = bounds
    right = left + width
    if not anchors:
        return []
    max_lanes = int((full + GAP) // (height + GAP))
    if max_lanes < 1:  # a plot lower than one flag: none fits
        return [None] * len(anchors)
    fits = [w <= width for w in widths]
    idx = [i for i in range(len(anchors)) if fits[i]]
    for n_lanes in range(1, max_lanes + 1):
        packed = _pack([anchors[i] for i in idx], [widths[i] for i in idx], left, right, n_lanes)
        if packed is not None:
            break
    else:  # too many for the plot: keep the ones that fit, in order of day
        keep = idx
        while keep and packed is None:
            keep = keep[:-1]
            a, w = [anchors[i] for i in keep], [widths[i] for i in keep]
            packed = _pack(a, w, left, right, max_lanes)
        idx = keep
        packed = packed or []
    out: list[Rect | None] = [None] * len(anchors)
    for i, (x, lane) in zip(idx, packed, strict=True):
        out[i] = (x, top + lane * (height + GAP), widths[i], height)
    return out


def _around(step: float):
    """Offsets tried around a point, nearest first (eight directions, growing rings)."""
    for ring in range(1, 9):
        d = ring * step
        for dx, dy in ((1, -1), (-1, -1), (1, 1), (-1, 1), (0, -1), (0, 1), (1, 0), (-1, 0)):
            yield dx * d, dy * d


def near_points(
    points: list[tuple[float, float]],
    sizes: list[tuple[float, float]],
    bounds: Rect,
    keep_clear: list[Rect] = (),
) -> list[Rect | None]:
    """A badge of ``sizes[i]`` next to each point, inside ``bounds``, clear of every other
    badge and of the ``keep_clear`` rectangles; None where no place is free."""
    placed: list[Rect] = list(keep_clear)
    out: list[Rect | None] = []
    for (px, py), (w, h) in zip(points, sizes, strict=True):
        spot = None
        for dx, dy in _around(max(w, h) * 0.6):
            r = (px + dx - w / 2 + (w / 2) * (dx > 0) - (w / 2) * (dx < 0), py + dy - h / 2, w, h)
            if inside(r, bounds) and not any(intersects(r, o) for o in placed):
                spot = r
                break
        out.append(spot)
        if spot is not None:
            placed.append(spot)
    return out


BESIDE = ((-0.15, 1.1), (1.15, 1.1), (-0.15, -0.1), (1.15, -0.1))  # right-above, left-above, ...


def beside(
    point: tuple[float, float], size: tuple[float, float], bounds: Rect, keep_clear=()
) -> tuple:
    """The anchor (as pyqtgraph's TextItem takes it) that puts a label of ``size`` beside
    ``point`` entirely inside ``bounds``, clear of the ``keep_clear`` rectangles if it can be:
    above and to the right when there is room, else flipped to another side; the least bad of
    the four when none is inside."""

    def rect(anchor) -> Rect:
        ax, ay = anchor
        return (point[0] - ax * size[0], point[1] - ay * size[1], size[0], size[1])

    def outside(anchor) -> float:
        left, top, w, h = rect(anchor)
        b_left, b_top, b_w, b_h = bounds
        return (
            max(0.0, b_left - left)
            + max(0.0, left + w - b_left - b_w)
            + max(0.0, b_top - top)
            + max(0.0, top + h - b_top - b_h)
        )

    fits = [a for a in BESIDE if inside(rect(a), bounds)]
    clear = [a for a in fits if not any(intersects(rect(a), o) for o in keep_clear)]
    return (clear or fits or [min(BESIDE, key=outside)])[0]
