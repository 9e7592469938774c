"""The version of GovFlex, for About and the exported records (one source: the model's)."""

from __future__ import annotations

from model.version import govflex_version as version

__all__ = ["version"]
