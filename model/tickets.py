"""Ticket storage: a preallocated struct-of-arrays with free-slot recycling.

Each citizen demand that the hotline turns into a work order (工单) is one row.  Rows are reused
once a ticket is finished, so memory stays proportional to the number of *open* tickets, not to
the length of the run.  When the store is full it doubles (amortised, rare); it never grows by
``np.append`` inside a tick.
"""

from __future__ import annotations

import numpy as np

from . import rand

FREE, TRANSIT, PROCESS, DECISION = 0, 1, 2, 3
PENDING = -1  # drawn for later today, not yet called in
# name -> dtype of every per-ticket column
COLUMNS: dict[str, type] = {
    "state": np.int8,
    "cat": np.int16,  # true category
    "cls": np.int16,  # category as classified by the hub
    "extra1": np.int16,  # extra needed categories (-1 none)
    "extra2": np.int16,
    "n_extra": np.int8,
    "region": np.int32,
    "kappa": np.float32,  # work in staff-hours at full speed
    "nu": np.float32,  # nuance a standard taxonomy drops
    "urg": np.int8,  # urgency class 0 urgent .. 3 complex
    "created": np.int32,
    "deadline": np.int32,
    "ready": np.int32,  # tick at which a ticket in transit arrives
    "holder": np.int32,  # lead handler (主办)
    "first_holder": np.int32,
    "at": np.int32,  # unit working on it now (holder, or a decider)
    "co1": np.int32,  # co-handlers (协办), -1 none
    "co2": np.int32,
    "work": np.float32,  # staff-hours left
    "dec": np.float32,  # decision hours left while escalated
    "wait": np.float32,  # hours of intake wait not visible in ticks
    "cross": np.float32,  # data access between lead and co-handlers
    "hops": np.int8,
    "returns": np.int8,
    "escalations": np.int8,
    "esc_time": np.int32,
    "noauth": np.bool_,  # holder lacks legal power on an enforce category
    "co_missing": np.bool_,
    "co_done": np.bool_,  # handled sideways by co-handlers
    "whistled": np.bool_,
    "reassigned": np.bool_,
    "uid": np.int64,  # the ticket's identity for its random draws (repeats: + n << 40)
    "repeat": np.int8,  # 0 first call; n for the n-th repeat call of the same need
    "algo": np.bool_,  # routed by the algorithm (covered share)
    "passed": np.bool_,  # passed from a street to one of its communities
    "helper": np.int32,  # a bureau summoned by whistle, working on site (-1 none)
    "ret1": np.int32,  # units that returned the case (never dispatched it again), -1 none
    "ret2": np.int32,
    "ret3": np.int32,
    "review": np.bool_,  # a return request waits for the hub's review
    "founded": np.bool_,  # the pending request is founded
    "gamed_once": np.bool_,  # closed as resolved at its deadline once, found out, reopened
    "upward": np.bool_,  # a superior's decision settled the extra needs (reassign, co-handling)
    "t_at": np.int32,  # hour the case reached its holder
    "t_first": np.int32,  # first hour the holder worked on it (-1 not yet)
}


ONCE_COLUMNS = tuple(f"u{e}" for e in rand.ONCE)  # stored uniforms, one per event code
COLUMNS.update({name: np.float32 for name in ONCE_COLUMNS})
KEY_COLUMNS = tuple(f"k{e}" for e in rand.KEYED)  # stored event keys, one per hourly event
COLUMNS.update({name: np.uint64 for name in KEY_COLUMNS})
ROW_BYTES = sum(np.dtype(t).itemsize for t in COLUMNS.values())  # one ticket row, all columns


class TicketStore:
    """Struct-of-arrays of tickets; ``alloc`` reuses free rows, ``free`` releases them.

    With several lanes (a batch of runs, ``model/lanes.py``) the rows form one segment per
    lane, ``capacity`` rows each: lane r owns rows [r x capacity, (r + 1) x capacity).  Each
    lane allocates its own lowest free rows, so a lane's tickets sit in the order they would
    have in a run alone.
    """

    def __init__(self, capacity: int = 1024, lanes: int = 1) -> None:
        self.capacity = int(capacity)  # rows per lane
        self.lanes = int(lanes)
        self.cols: dict[str, np.ndarray] = {
            k: np.zeros(self.capacity * self.lanes, dtype=t) for k, t in COLUMNS.items()
        }
        self.n_open_lane = np.zeros(self.lanes, dtype=np.int64)

    def __getattr__(self, name: str) -> np.ndarray:
        cols = self.__dict__.get("cols")
        if cols is not None and name in cols:
            return cols[name]
        raise AttributeError(name)

    def lane(self, i: np.ndarray) -> np.ndarray:
        """The lane of each row."""
        cap = self.capacity
        if cap & (cap - 1) == 0:  # a power of two, as the store always is: a shift is cheaper
            return np.asarray(i) >> (cap.bit_length() - 1)
        return np.asarray(i) // cap

    def remap(self, i: np.ndarray, old_capacity: int) -> np.ndarray:
        """Rows of a store that has grown since ``i`` was taken (same tickets, new rows)."""
        return (i // old_capacity) * self.capacity + i % old_capacity

    def _grow(self, need: np.ndarray) -> None:
        new = self.capacity
        while (new - self.n_open_lane < need).any():
            new *= 2
        old = self.capacity
        for k, a in self.cols.items():
            b = np.zeros((self.lanes, new), dtype=a.dtype)
            b[:, :old] = a.reshape(self.lanes, old)
            self.cols[k] = b.reshape(-1)
        self.capacity = new

    def alloc(self, n: int) -> np.ndarray:
        """Indices of n free rows of a single run (lowest first, keeping the store compact)."""
        return self.alloc_lanes(np.zeros(max(int(n), 0), dtype=np.int64))

    def alloc_lanes(self, lane: np.ndarray) -> np.ndarray:
        """One free row for each entry of ``lane``, in its lane's segment: the k-th entry of a
        lane gets that lane's k-th lowest free row.  May grow the store (see ``remap``)."""
        lane = np.asarray(lane, dtype=np.int64)
        if not len(lane):
            return np.zeros(0, dtype=np.int64)
        need = np.bincount(lane, minlength=self.lanes)
        if (self.capacity - self.n_open_lane < need).any():
            self._grow(need)
        rows = self._lowest_free(lane, need)
        self.n_open_lane += need
        return rows

    def _lowest_free(self, lane: np.ndarray, need: np.ndarray) -> np.ndarray:
        """The k-th lowest free row of its lane's segment for the k-th entry of each lane.

        A lane with ``n_open_lane`` busy rows has its first ``need`` free rows among its first
        ``n_open_lane + need`` rows, so only that prefix of the segments is searched (the whole
        segment if the count is ever off: the rows found are the same)."""
        cap = self.capacity
        busy = np.flatnonzero(need)  # only the segments of the lanes that need rows
        wanted = need[busy]
        width = min(cap, int((self.n_open_lane[busy] + wanted).max()))
        state = self.cols["state"].reshape(self.lanes, cap)
        for w in (width, cap):
            flat = np.flatnonzero(state[busy, :w] == FREE)  # lane-major, lowest first
            starts = np.searchsorted(flat, np.arange(len(busy)) * w)  # each lane's first
            found = np.diff(starts, append=len(flat))
            if (found >= wanted).all():
                break
        first = np.cumsum(wanted) - wanted  # where each lane's entries start, in lane order
        take = np.repeat(starts - first, wanted) + np.arange(len(lane))  # a lane's k-th free row
        seg, col = np.divmod(flat[take], w)
        rows = np.empty(len(lane), dtype=np.int64)
        rows[np.argsort(lane, kind="stable")] = busy[seg] * cap + col
        return rows

    def free(self, idx: np.ndarray) -> None:
        self.cols["state"][idx] = FREE
        self.n_open_lane -= np.bincount(self.lane(idx), minlength=self.lanes)

    def in_state(self, state: int) -> np.ndarray:
        return np.flatnonzero(self.cols["state"] == state)

    def count_open(self) -> int:
        """Tickets called in and not finished (booked future callers excluded), all lanes."""
        return int((self.cols["state"] > 0).sum())

    def count_open_lanes(self) -> np.ndarray:
        """[R] tickets called in and not finished, per lane."""
        return (self.cols["state"].reshape(self.lanes, -1) > 0).sum(axis=1, dtype=np.int32)

    def count_lanes(self, state: int) -> np.ndarray:
        """[R] tickets in ``state``, per lane."""
        return (self.cols["state"].reshape(self.lanes, -1) == state).sum(axis=1, dtype=np.int32)
