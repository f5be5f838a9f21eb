"""Loaded by every Python process of a run with a shifted clock (tests/shifted_clock/run): libfaketime 0.9.10
makes the sleep Python calls (clock_nanosleep) fail with EINVAL, so sleeping goes through select() instead."""

import select
import time


def _sleep(seconds: float) -> None:
    select.select([], [], [], max(seconds, 0))


time.sleep = _sleep
