"""The day book: per-day, per-category standard work arriving and done, for the whole run.

Mobility, shock recovery and shock absorption are questions about *days* and *categories*:
did the work done follow the work arriving when the mix shifted, how long did it take to catch
up, and who did the extra work?  The engine adds each completed case's standard work (kappa)
to today's row; the rows are kept for the whole run (a few numbers a day), so these outputs
are right for any run length, not only for the days the hourly history keeps.
"""

from __future__ import annotations

import numpy as np

from . import metrics as M  # noqa: N812


class DayBook:
    """Today's work arriving / done / done by a unit other than the catalogue owner, per lane
    (one lane per run of a batch), and each lane's :class:`DayRecord` of the days so far."""

    def __init__(self, k: int, lanes: int = 1) -> None:
        self.k, self.lanes = k, lanes
        self.today = np.zeros((lanes, 3, k))  # arrived, done, done by non-owners
        self.today_sq = np.zeros((lanes, 2))  # sums of squared kappa (effective number of cases)
        self.records = [DayRecord() for _ in range(lanes)]

    def _by_cat(self, lane, cat, kappa) -> np.ndarray:
        n = self.lanes * self.k
        return np.bincount(lane * self.k + cat, weights=kappa, minlength=n).reshape(self.lanes, -1)

    def arrive(self, lane, cat, kappa) -> None:
        self.today[:, 0] += self._by_cat(lane, cat, kappa)
        self.today_sq[:, 0] += np.bincount(lane, weights=kappa * kappa, minlength=self.lanes)

    def done(self, lane, cat, kappa, by_owner) -> None:
        self.today[:, 1] += self._by_cat(lane, cat, kappa)
        other = ~by_owner
        self.today[:, 2] += self._by_cat(lane[other], cat[other], kappa[other])
        self.today_sq[:, 1] += np.bincount(lane, weights=kappa * kappa, minlength=self.lanes)

    def close(self) -> np.ndarray:
        """End the day; returns each lane's trailing-7-day mobility ending today."""
        out = np.array(
            [rec.close(self.today[r], self.today_sq[r]) for r, rec in enumerate(self.records)]
        )
        self.today[:] = 0.0
        self.today_sq[:] = 0.0
        return out

    def lane(self, r: int) -> DayRecord:
        return self.records[r]


class DayRecord:
    """One run's daily rows (a few numbers a day, kept for the whole run) and what they say
    about mobility and shocks."""

    def __init__(self) -> None:
        self.rows: list[np.ndarray] = []
        self.sq: list[np.ndarray] = []
        self.mobility: list[float] = []

    def close(self, today: np.ndarray, today_sq: np.ndarray) -> float:
        """Add the day's row; returns the trailing-7-day mobility ending today."""
        self.rows.append(today.copy())
        self.sq.append(today_sq.copy())
        w = M.MOBILITY_DAYS
        block = np.sum(self.rows[-w:], axis=0)
        sq = np.sum(self.sq[-w:], axis=0)
        n_a = block[0].sum() ** 2 / sq[0] if sq[0] > 0 else 0.0
        n_d = block[1].sum() ** 2 / sq[1] if sq[1] > 0 else 0.0
        m = float(M.mobility(block[0], block[1], n_a, n_d))
        self.mobility.append(m)
        return m

    # -- shocks -----------------------------------------------------------------------------
    def shock_recovery_days(self, shocks, smooth: int = 7) -> float | None:
        """Mean days after each shock until mobility (already a 7-day average) is back within
        one standard deviation of its pre-shock level; None when there was no shock (or no
        pre-shock days to compare with).  A shock the city never recovers from counts the days
        to the end of the run.  Shock days count from 0 (day 0 = the first simulated day)."""
        mob = np.asarray(self.mobility)
        result = []
        for s in shocks:
            start = int(s["day"])
            pre = mob[max(0, start - 14) : start]
            pre = pre[max(0, len(pre) - 14) :]
            if len(pre) < 3 or start >= len(mob):
                continue
            level = pre.mean() - max(pre.std(), 1e-3)
            after = mob[start:]
            dropped = np.flatnonzero(after < level)
            if not len(dropped):
                result.append(0.0)
                continue
            ok = np.flatnonzero(after >= level)
            ok = ok[ok > dropped[0]]
            result.append(float(ok[0]) if len(ok) else float(len(after)))
        return float(np.mean(result)) if result else None

    def shock_absorption(self, shocks, cat_index) -> float | None:
        """Share of a shock's excess standard work done by units other than the category's
        catalogue owner (mean over shocks); None without a shock or without excess work."""
        if not self.rows:
            return None
        rows = np.asarray(self.rows)  # [D, 3, K]
        out = []
        for s in shocks:
            start, c = int(s["day"]), cat_index(s["category"])
            end = min(len(rows), start + int(np.ceil(s["days"])) + 7)
            pre = rows[max(0, start - 7) : start, :, c]
            if not len(pre) or end <= start:
                continue
            base = pre.mean(axis=0)
            during = rows[start:end, :, c]
            excess = (during[:, 1] - base[1]).sum()
            if excess <= 0:
                continue
            other = (during[:, 2] - base[2]).sum()
            out.append(float(np.clip(other / excess, 0.0, 1.0)))
        return float(np.mean(out)) if out else None

    def shock_mobility(self, shocks, warmup_days: int) -> float:
        """Mean daily mobility over the days a shock is active (after the warm-up); the mean
        over all days after the warm-up when there was no shock."""
        mob = np.asarray(self.mobility)
        if not len(mob):
            return 0.0
        days = np.arange(len(mob))
        active = np.zeros(len(mob), bool)
        for s in shocks:
            active |= (days >= s["day"]) & (days < s["day"] + s["days"])
        active &= days >= warmup_days
        post = mob[days >= warmup_days]
        if active.any():
            return float(mob[active].mean())
        return float(post.mean()) if len(post) else 0.0
