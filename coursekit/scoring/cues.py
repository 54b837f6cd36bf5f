"""A tiny weighted-cue matcher: the engine under every classifier.

A *cue* is a regular expression (matched on lower-case, normalised text, wrapped in
word boundaries) with a label and a weight. Matching returns, per label, the phrases
that fired; a cue whose match lies inside a longer match of another cue is dropped, so
"cut costs by 20%" (success) silences the bare "costs" (product) it contains.
Regexes are compiled lazily, on first use, so importing costs nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .memo import remembered
from .prefixes import required_strings, start_strings, top_level_alternatives

_START_CHARS = 7  # cues are indexed by the first seven characters their matches can start with (fewer tries than
#                  5 in the hot loop of `_matches`, for about 0.2 s more compiling on first use)
_MATCH_START_RE = re.compile(r"(?<![\w'])")  # where a cue's match can start (its left boundary)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a digit `\d` matches besides 0-9 (Arabic-Indic, Devanagari, ...)


@dataclass(frozen=True)
class Hit:
    label: str
    phrase: str
    weight: float
    start: int
    end: int


class _StartIndex:
    """Where in a text the cues can start: one scan finds, at each left word boundary, the
    longest known start string there, and with it every cue that starts with it or a shorter one."""

    def __init__(self, by_start: dict[str, list[int]], narrow_by_start: dict[str, list[int]] | None = None):
        trie: dict = {}
        for start in by_start:
            node = trie
            for ch in start:
                node = node.setdefault(ch, {})
        #: finds, at each left word boundary where a start string begins, the longest one there (read by a
        #: lookahead, then one character taken, so that `finditer` goes on from the next place without trying
        #: this one twice, as it must after an empty match: the same places, found faster); a place where only
        #: the beginning of one does ("th" of "the ") is not found: no cue starts there
        self.rx = re.compile(r"(?<![\w'])(?=(" + self._pattern(trie, "", frozenset(by_start)) + r"))[\s\S]")
        narrow = by_start if narrow_by_start is None else narrow_by_start
        #: that start string -> the cues starting with it or with a shorter start string it begins with
        self.cues_at = {start: self._cues(start, by_start) for start in by_start}
        #: the same for `narrow_by_start` (start strings a subset of those of `by_start`): fewer cues at some places
        self.narrow_cues_at = {start: self._cues(start, narrow) for start in by_start}

    @staticmethod
    def _cues(start: str, by_start: dict[str, list[int]]) -> tuple[int, ...]:
        return tuple(sorted({i for j in range(1, len(start) + 1) for i in by_start.get(start[:j], ())}))

    @classmethod
    def _pattern(cls, node: dict, path: str, ends: frozenset[str]) -> str:
        """The trie below `node` (reached by `path`) as a regex for the longest start string (`ends`) on from there.
        Its ways open with distinct characters, so a path goes on in at most one way: the rest past a start string is
        possessive, `?+` (no place kept to come back to: it finds the same longest start string as greedy `?`,
        faster); the rest past the beginning of one only is not optional."""
        ways = []
        for ch, child in sorted(node.items()):
            way = re.escape(ch)
            if child:
                way += f"(?:{cls._pattern(child, path + ch, ends)})" + ("?+" if path + ch in ends else "")
            ways.append(way)
        return "|".join(ways)


#: A cue of this many ways at least is tried, at each place, with only the ways that can start there (`_WayIndex`;
#: from 4 ways on the matches were no faster, and compiling the ways of each place took 0.1 s more on first use).
_MIN_WAYS = 8
#: What makes a way depend on the others: a back-reference, a named group, a conditional, a global inline flag.
_ENTANGLED = re.compile(r"\\[1-9]|\(\?P|\(\?\(|\(\?[aiLmsux]+\)")


class _WayIndex:
    """A cue of many ways ("a|b|c|…"), with the start strings of each: at a place of the start index, the
    regex engine would try every way in turn; the cue made of the ways that can start there, in their order,
    finds the same match (a way none of whose start strings begins the text there cannot match there)."""

    def __init__(self, ways: list[tuple[str, frozenset[str]]], whole: Callable[..., re.Match[str] | None]):
        self.ways = ways
        self.whole = whole
        self._made: dict[tuple[int, ...], Callable[..., re.Match[str] | None]] = {}

    @classmethod
    def of(cls, pattern: str, starts: frozenset[str], whole: Callable[..., re.Match[str] | None]) -> "_WayIndex | None":
        """The index of a cue's ways, or None when they cannot stand for it (too few, entangled, a way's starts
        unknown, or together not the cue's own starts)."""
        if _ENTANGLED.search(pattern):
            return None
        ways = top_level_alternatives(pattern)
        if len(ways) < _MIN_WAYS:
            return None
        found = [(way, start_strings(way, _START_CHARS)) for way in ways]
        if any(s is None for _, s in found) or frozenset().union(*(s for _, s in found)) != starts:
            return None
        return cls(found, whole)  # type: ignore[arg-type]

    def match_at(self, path: str) -> Callable[..., re.Match[str] | None]:
        """The `match` of the cue's ways that can start where the start index found `path`."""
        heads = {path[:j] for j in range(1, len(path) + 1)}
        kept = tuple(k for k, (_, starts) in enumerate(self.ways) if not heads.isdisjoint(starts))
        if len(kept) == len(self.ways):
            return self.whole
        found = self._made.get(kept)
        if found is None:
            found = self._made[kept] = _cue_regex("|".join(self.ways[k][0] for k in kept)).match
        return found


def _cue_regex(pattern: str) -> re.Pattern[str]:
    """A cue's pattern as it is matched: between word boundaries (a match may end on a space or punctuation)."""
    return re.compile(r"(?<![\w'])(?:" + pattern + r")(?:(?<=[\s,;:])|(?![\w]))")


#: The strings a cue's broad ways need must be this long at least for the cue to be split (`_broad_ways`):
#: short ones ("if", "deal") are in most texts, and the test would cost more than it saves.
_MIN_BROAD_NEED = 4


def _broad_ways(pattern: str, starts: frozenset[str] | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """For a cue tried at every word with some letter because of a few of its ways ("[a-z]+[- ]proof"):
    (the start strings of its other ways, the strings one of which every match through the broad ways holds).

    A match of the cue is a match of one of its ways: either the text at its start begins with one of the
    first set, or the text holds one of the second. None when the ways cannot be split so (a way's starts or
    strings unknown, a string shorter than `_MIN_BROAD_NEED`, starts not among the cue's own)."""
    ways = top_level_alternatives(pattern)
    if starts is None or len(ways) < 2:
        return None
    narrow: set[str] = set()
    needs: set[str] = set()
    for way in ways:
        way_starts = start_strings(way, _START_CHARS)
        if way_starts is None:
            return None
        if any(len(s) == 1 and s.isalpha() for s in way_starts):
            way_needs = required_strings(way)
            if way_needs is None or min(map(len, way_needs)) < _MIN_BROAD_NEED:
                return None
            needs |= way_needs
        else:
            narrow |= way_starts
    if not needs or not narrow <= starts:
        return None
    return frozenset(narrow), frozenset(needs)


class CueSet:
    """Weighted cues for a set of labels, compiled on first use."""

    def __init__(self, cues: dict[str, Sequence[tuple[str, float]]], independent: Iterable[str] = ()):
        self._spec = cues
        self._compiled: list[tuple[str, re.Pattern[str], float]] | None = None
        self.labels = tuple(cues)
        #: labels whose matches always count, even inside another label's longer phrase
        self.independent = frozenset(independent)
        self._starts: _StartIndex | None = None
        self._always: frozenset[int] = frozenset()
        #: cues indexed by start strings that read `\d` as [0-9]: run on every place of a text with other digits
        self._ascii_digits: frozenset[int] = frozenset()
        #: start-index path -> ((cue index, its compiled pattern's `match`), ...): the hot loop of
        #: `_matches` reads these instead of indexing `_compiled` and looking up `.match` per try
        self._tries: dict[str, tuple[tuple[int, Callable[..., re.Match[str] | None]], ...]] = {}
        #: cues run on a whole text or tried at many a word (a start string of one letter), with
        #: the strings one of which each of their matches holds (`required_strings`): a text with none is skipped
        self._needs: dict[int, tuple[str, ...]] = {}
        self._broad: tuple[int, ...] = ()
        #: `_tries` without the start strings of the broad ways of some cues (`_broad_ways`), and the strings one of
        #: which every match through those ways holds: a text with none of them is tried with these
        self._narrow_tries: dict[str, tuple[tuple[int, Callable[..., re.Match[str] | None]], ...]] = {}
        self._broad_way_needs: tuple[str, ...] = ()

    def _compile(self) -> list[tuple[str, re.Pattern[str], float]]:
        if self._compiled is None:
            compiled = []
            by_start: dict[str, list[int]] = {}
            narrow_by_start: dict[str, list[int]] = {}
            broad_way_needs: set[str] = set()
            split_cues: set[int] = set()
            always, ascii_digits, broad = set(), set(), set()
            ways: dict[int, _WayIndex] = {}  # cues of many ways, tried with those that can start at a place
            for label, items in self._spec.items():
                for pattern, weight in items:
                    starts = start_strings(pattern, _START_CHARS)
                    if starts is None:
                        starts = start_strings(pattern, _START_CHARS, ascii_digits=True)
                        (always if starts is None else ascii_digits).add(len(compiled))
                    for start in starts or ():
                        by_start.setdefault(start, []).append(len(compiled))
                        if len(start) == 1 and start.isalpha():  # tried at every word with that letter
                            broad.add(len(compiled))
                    split = _broad_ways(pattern, starts) if len(compiled) in broad - ascii_digits else None
                    if split is not None:
                        broad_way_needs |= split[1]
                        split_cues.add(len(compiled))
                    for start in (starts or ()) if split is None else split[0]:
                        narrow_by_start.setdefault(start, []).append(len(compiled))
                    rx = _cue_regex(pattern)
                    if starts is not None and len(compiled) not in ascii_digits:
                        way_index = _WayIndex.of(pattern, starts, rx.match)
                        if way_index is not None:
                            ways[len(compiled)] = way_index
                    compiled.append((label, rx, weight))
            self._starts = _StartIndex(by_start, narrow_by_start)

            def match_at(i: int, path: str) -> Callable[..., re.Match[str] | None]:
                return ways[i].match_at(path) if i in ways else compiled[i][1].match

            self._tries = {path: tuple((i, match_at(i, path)) for i in cues)
                           for path, cues in self._starts.cues_at.items()}
            self._narrow_tries = {path: tuple((i, match_at(i, path)) for i in cues)
                                  for path, cues in self._starts.narrow_cues_at.items()}
            self._broad_way_needs = tuple(sorted(broad_way_needs))
            self._always = frozenset(always)
            self._ascii_digits = frozenset(ascii_digits)
            for i in sorted(always | ascii_digits | broad):
                needs = required_strings(compiled[i][1].pattern)
                if needs is not None:
                    self._needs[i] = tuple(sorted(needs))
            # (a split cue is tried only at its other ways' starts where its broad ways cannot match: no test of its own)
            self._broad = tuple(i for i in sorted(broad - split_cues) if i in self._needs)
            self._compiled = compiled
        return self._compiled

    def _matches(self, lower: str) -> list[tuple[int, int, int]]:
        """(cue index, start, end) of every non-empty match, cue by cue, as a full scan of each cue finds them.

        One scan of the start index tries each cue only where it can start; per cue, as `finditer`
        would, a place inside the cue's last match is skipped."""
        compiled = self._compile()
        found: list[tuple[int, int, int]] = []
        scanned = self._always
        if self._ascii_digits and not lower.isascii() and _OTHER_DIGIT.search(lower):
            scanned = scanned | self._ascii_digits  # their start strings do not hold here: a full scan each
        for i in scanned:
            if self._may_match(i, lower):
                found.extend((i, m.start(), m.end()) for m in compiled[i][1].finditer(lower) if m.end() > m.start())
        # per cue index, the end of its last match (a scanned cue's "last match" covers the text: never tried again,
        # nor a broad cue that cannot match it)
        ends = [-1] * len(compiled)
        for i in scanned - self._always:
            ends[i] = len(lower) + 1
        for i in self._broad:
            if not self._may_match(i, lower):
                ends[i] = len(lower) + 1
        # (a cue's broad ways can match only a text that holds one of their strings: elsewhere, its other ways' starts)
        tries = self._tries if any(s in lower for s in self._broad_way_needs) else self._narrow_tries
        for at in self._starts.rx.finditer(lower):
            p = at.start()
            for i, match in tries[at.group(1)]:
                if p < ends[i]:
                    continue
                m = match(lower, p)
                if m is not None:
                    e = m.end()
                    if e > p:
                        found.append((i, p, e))
                        ends[i] = e
        if len(found) > 1:
            found.sort(key=lambda x: (x[0], x[1]))
        return found

    def _may_match(self, i: int, lower: str) -> bool:
        """False when `lower` holds none of the strings every match of cue `i` holds (True: it may match)."""
        needs = self._needs.get(i)
        return needs is None or any(s in lower for s in needs)

    @remembered()
    def hits(self, lower: str) -> tuple[Hit, ...]:
        """All non-nested cue matches in `lower` (longest first wins an overlap); remembered."""
        return tuple(self._hits(lower))

    def _hits(self, lower: str) -> list[Hit]:
        compiled = self._compile()
        found: list[Hit] = []
        for i, start, end in self._matches(lower):
            label, _, weight = compiled[i]
            found.append(Hit(label, lower[start:end], weight, start, end))
        if len(found) < 2:
            return found
        found.sort(key=lambda h: (h.start - h.end, -h.weight, h.start))
        kept: list[Hit] = []
        for h in found:
            inside = [k for k in kept if k.start <= h.start and h.end <= k.end
                      and not (h.label in self.independent and k.label != h.label)]
            if not inside:
                kept.append(h)
                continue
            # Nested in a longer match: a different label's longer phrase wins (specificity);
            # within the same label, the stronger cue wins and the weaker one is dropped.
            same = [k for k in inside if k.label == h.label]
            if len(same) == len(inside) and all(h.weight > k.weight for k in same):
                for k in same:
                    kept.remove(k)
                kept.append(h)
        kept.sort(key=lambda h: h.start)
        return kept

    def scores(self, hits: Iterable[Hit]) -> dict[str, float]:
        """Sum of weights per label (negative weights allowed)."""
        out = dict.fromkeys(self.labels, 0.0)
        for h in hits:
            out[h.label] = out.get(h.label, 0.0) + h.weight
        return out


def evidence_of(hits: Iterable[Hit], label: str, limit: int = 4) -> tuple[str, ...]:
    """Distinct phrases that supported `label`, strongest first."""
    seen: list[str] = []
    for h in sorted((h for h in hits if h.label == label and h.weight > 0), key=lambda h: -h.weight):
        if h.phrase not in seen:
            seen.append(h.phrase)
        if len(seen) >= limit:
            break
    return tuple(seen)


def softmax_confidence(scores: dict[str, float], top: str, none_score: float = 1.0) -> float:
    """Confidence of `top`: its share of exp-scores, with a 'nothing fired' pseudo-label."""
    import math

    best = scores[top]
    vals = [math.exp(min(v, 20.0)) for v in scores.values()]
    total = sum(vals) + math.exp(none_score) * (1.0 if best < 2 * none_score else 0.0)
    return max(0.0, min(1.0, math.exp(min(best, 20.0)) / total))


def quote(phrases: Sequence[str], limit: int = 3) -> str:
    """'a', 'b' and 'c' - for feedback sentences."""
    items = [f"'{p}'" for p in list(dict.fromkeys(phrases))[:limit]]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
