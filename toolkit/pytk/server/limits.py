"""Per-client rate limits: a token bucket."""
from __future__ import annotations

import time


class TokenBucket:
    """Allows ``rate`` events a second on average and bursts of up to ``burst``."""

    __slots__ = ("rate", "burst", "clock", "tokens", "updated")

    def __init__(self, rate: float, burst: float, clock=time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens = burst
        self.updated = clock()

    def take(self) -> bool:
        """Spend one token; False when none is left (the event is over the limit)."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True
