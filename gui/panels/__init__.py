"""Docked controls: the mechanisms M1–M7, the department inspector, the run bar, shocks."""
