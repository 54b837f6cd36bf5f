"""coursekit: the library behind the customer-needs course.

    import coursekit
    coursekit.entries("need_levels")          # the five levels, low to high
    coursekit.entry("temperaments", "expert")  # one entry with name, description, signals, coaching

Scoring lives in `coursekit.scoring`, the dialogue simulator in `coursekit.sim`, exercise
checking in `coursekit.exercises`; widgets and plots are imported only when used.
"""
from __future__ import annotations

from coursekit.knowledge import Entry, entries, entry, kinds
from coursekit.labels import BY_KIND

__version__ = "0.1.0"
__all__ = ["Entry", "entries", "entry", "kinds", "BY_KIND", "__version__"]
