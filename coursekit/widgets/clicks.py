"""Which option clicks play a turn: a click sent before the trainee could have read the previous
reply (the second click of a double click, a click while a turn is being played) is ignored.

A busy kernel can take seconds to play a turn while the browser's clicks queue up, and the
page can redraw between the two clicks of a double click so that the second one lands on
another option. The kernel's clock cannot tell those from a trainee who read the reply and
chose again; the browser's can. The front end stamps every message with the time it was sent
(the Jupyter message header's `date`): an option click sent less than the previous turn's
playing time plus `DOUBLE_CLICK_S` after the click that played it is ignored, whichever option
it lands on. Without a stamp (an old front end, a headless test) the kernel's clock decides:
the same button again within `DOUBLE_CLICK_S` of its turn is ignored.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone

#: Seconds after an option button played a turn in which another click on it is the second
#: click of a double click (ignored), not the next choice.
DOUBLE_CLICK_S = 0.5


@dataclass(frozen=True)
class _Pick:
    index: int
    sent: float | None  # the browser's send time of the click (seconds), if stamped
    took: float         # seconds the kernel spent playing the turn
    done: float         # the kernel's monotonic clock when the turn was played


class ClickGuard:
    """Remembers the last option click that played a turn and judges the next one."""

    def __init__(self) -> None:
        self._last: _Pick | None = None

    def forget(self) -> None:
        """A new conversation (Restart): nothing to compare with."""
        self._last = None

    def accepts(self, index: int, sent: float | None, now: float | None = None) -> bool:
        """Whether a click on option `index`, sent at browser time `sent`, plays a turn."""
        last = self._last
        if last is None:
            return True
        if sent is not None and last.sent is not None:
            return sent - last.sent >= last.took + DOUBLE_CLICK_S
        now = time.monotonic() if now is None else now
        return not (index == last.index and now - last.done < DOUBLE_CLICK_S)

    def played(self, index: int, sent: float | None, started: float, done: float) -> None:
        """Record a click that played a turn: kernel times `started` and `done` (monotonic)."""
        self._last = _Pick(index, sent, max(0.0, done - started), done)


def message_sent_at() -> float | None:
    """The browser's send time (seconds since the epoch) of the message being handled, or None."""
    try:
        from IPython import get_ipython
        kernel = getattr(get_ipython(), "kernel", None)
        header = kernel.get_parent("shell").get("header", {}) if kernel is not None else {}
    except Exception:  # no kernel (a test, a script) or an ipykernel without get_parent
        return None
    return _seconds(header.get("date"))


def _seconds(date: object) -> float | None:
    if isinstance(date, str) and date:
        try:
            date = datetime.fromisoformat(date.replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(date, datetime):
        return None
    return (date if date.tzinfo is not None else date.replace(tzinfo=timezone.utc)).timestamp()
