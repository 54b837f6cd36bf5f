"""How much `import coursekit` costs over a bare interpreter (target: at most 0.3 s)."""
from __future__ import annotations

import statistics
import subprocess
import sys
import time


def median_seconds(code: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


if __name__ == "__main__":
    bare = median_seconds("pass")
    light = median_seconds("import coursekit")
    loaded = median_seconds("import coursekit; coursekit.entries('need_levels')")
    print(f"bare interpreter:                 {bare:.3f} s")
    print(f"import coursekit:                 {light:.3f} s  (+{light - bare:.3f} s)")
    print(f"import + load need levels:        {loaded:.3f} s  (+{loaded - bare:.3f} s)")
    print(f"target: import costs at most 0.300 s over bare -> {'ok' if light - bare <= 0.3 else 'OVER'}")
