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
    """Daily rows: work arriving / done / done by a unit other than the catalogue owner."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.today = np.zeros((3, k))  # arrived, done, done by non-owners
        self.today_sq = np.zeros(2)  # sums of squared kappa (effective number of cases)
        self.rows: list[np.ndarray] = []
        self.sq: list[np.ndarray] = []
        self.mobility: list[float] = []

    def arrive(self, cat, kappa) -> None:
        self.today[0] += np.bincount(cat, weights=kappa, minlength=self.k)
        self.today_sq[0] += float((kappa * kappa).sum())

    def done(self, cat, kappa, by_owner) -> None:
        self.today[1] += np.bincount(cat, weights=kappa, minlength=self.k)
        self.today[2] += np.bincount(cat[~by_owner], weights=kappa[~by_owner], minlength=self.k)
        self.today_sq[1] += float((kappa * kappa).sum())

    def close(self) -> float:
        """End the day; returns the trailing-7-day mobility ending today."""
        self.rows.append(self.today.copy())
        self.sq.append(self.today_sq.copy())
        self.today[:] = 0.0
        self.today_sq[:] = 0.0
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
