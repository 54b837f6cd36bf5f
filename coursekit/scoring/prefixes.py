"""The strings a regular expression's match can start with: a cheap test before running it.

`start_strings(pattern, k)` reads the pattern with Python's own regex parser and returns every
string of up to `k` characters a match of it can begin with, or None when that cannot be known
(a class such as `\\w`, `.`, a pattern that can match the empty string, too many possibilities).
A matcher can then skip a pattern whose start strings do not occur in a text, and try it only
where they do, with exactly the same matches as a full scan.
"""
from __future__ import annotations

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

# A start is (text, open): `open` means the match text is exactly `text` so far and later
# items extend it; a closed start is a prefix nothing is appended to.
_Start = tuple[str, bool]

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_MAX_CLASS = 40


class _Unknown(Exception):
    """The starts of this part of the pattern cannot be listed."""


def start_strings(pattern: str, k: int = 3, limit: int = 4000, ascii_digits: bool = False) -> frozenset[str] | None:
    """Strings of at most `k` characters that every match of `pattern` starts with one of; None if unknown.

    With `ascii_digits`, `\\d` is read as [0-9]: true only of a text with no other digit."""
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
            return None
        starts = _sequence(list(parsed), k, limit, ascii_digits)
    except (_Unknown, Exception):  # noqa: BLE001 - any parser surprise means "run it always"
        return None
    texts = frozenset(text for text, _ in starts)
    if not texts or "" in texts:
        return None
    return texts


def _sequence(items: list, k: int, limit: int, digits: bool = False) -> set[_Start]:
    out: set[_Start] = {("", True)}
    for op, av in items:
        if not any(is_open and len(text) < k for text, is_open in out):
            break
        try:
            alts = _item(op, av, k, limit, digits)
        except _Unknown:
            alts = None
        nxt: set[_Start] = set()
        for text, is_open in out:
            if not is_open or len(text) >= k:
                nxt.add((text[:k], False))
            elif alts is None:
                nxt.add((text, False))
            else:
                for alt, alt_open in alts:
                    joined = text + alt
                    nxt.add((joined[:k], alt_open and len(joined) < k))
        if len(nxt) > limit:
            raise _Unknown
        out = nxt
    return out


def _item(op, av, k: int, limit: int, digits: bool) -> set[_Start]:
    if op is _c.LITERAL:
        return {(chr(av), True)}
    if op is _c.IN:
        return {(ch, True) for ch in _class(av, digits)}
    if op is _c.BRANCH:
        alts: set[_Start] = set()
        for branch in av[1]:
            alts |= _sequence(list(branch), k, limit, digits)
        return alts
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            raise _Unknown
        return _sequence(list(sub), k, limit, digits)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        once = _sequence(list(sub), k, limit, digits)
        if not (low == high == 1):  # repeated: what follows the first repetition is not listed
            once = {(text, False) for text, _ in once}
        return once | {("", True)} if low == 0 else once
    if op in _ZERO_WIDTH:
        return {("", True)}
    raise _Unknown


def _class(items, digits: bool = False) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif digits and op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.extend("0123456789")
        elif op is _c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s, \d), wide ranges
            raise _Unknown
    if len(chars) > _MAX_CLASS:
        raise _Unknown
    return chars


def required_strings(pattern: str, flags: int = 0, limit: int = 100) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains; None if unknown (then any text may match).

    A text that holds none of them cannot match, so a search for whether the pattern occurs can be
    skipped. Read from the parsed pattern: a run of plain characters in a part every match goes
    through, or one string for each way of an alternation; a case-insensitive part tells nothing.
    `limit` bounds how many strings one answer may have (the more, the longer the test)."""
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & _c.SRE_FLAG_IGNORECASE:
            return None
        found = _most_telling(_needs(list(parsed), limit), limit)
    except Exception:  # noqa: BLE001 - any parser surprise means "unknown"
        return None
    return None if found is None else _without_longer(found)


def _without_longer(strings: frozenset[str]) -> frozenset[str]:
    """The strings but those that hold another of them: a text that holds one of them holds one of these
    (fewer to test)."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _most_telling(options: list[frozenset[str]], limit: int) -> frozenset[str] | None:
    """Of several sets of strings each necessary, the most telling: longest shortest string, then fewest strings."""
    options = [o for o in options if o and len(o) <= limit]
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def _needs(items: list, limit: int) -> list[frozenset[str]]:
    """Sets of strings each of which a match of this sequence of parsed items contains one of."""
    out: list[frozenset[str]] = []
    run: list[str] = []  # plain characters in a row: matched side by side
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & _c.SRE_FLAG_IGNORECASE:
                out.extend(_needs(list(sub), limit))
        elif op is _c.BRANCH:  # one of the ways is taken: one string of each way's most telling set
            ways = [_most_telling(_needs(list(branch), limit), limit) for branch in av[1]]
            if all(way is not None for way in ways):
                out.append(frozenset().union(*ways))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:  # taken at least once
                out.extend(_needs(list(sub), limit))
        # anything else (a class, an anchor, a lookaround, a back-reference) says nothing and ends a run
    if run:
        out.append(frozenset(["".join(run)]))
    return out


def longest_match(pattern: str, flags: int = 0) -> int:
    """The most characters a match of `pattern` can span, as Python's regex parser counts them (a very
    large number for a pattern with an unbounded repeat)."""
    return _parser.parse(pattern, flags).getwidth()[1]


def top_level_alternatives(pattern: str) -> list[str]:
    """The ways of a pattern's outermost alternation, as written ("a|(?:b|c)|d" -> ["a", "(?:b|c)", "d"]):
    split at each `|` outside any group or character class (an escaped `\\|` is a character)."""
    ways: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"  # a "]" first in a class is one of its characters
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            ways.append(pattern[start:i])
            start = i + 1
        i += 1
    ways.append(pattern[start:])
    return ways


def boundaries_factored(pattern: str, flags: int = 0) -> str:
    """The same pattern with each run of outer ways that open with `\\b` written as one `\\b(?:…|…)`.

    `\\bA|\\bB|^C` and `\\b(?:A|B)|^C` try the same things in the same order (a `\\b` matches no
    character), so every match is the same; but the regex engine skips a way that opens with a
    character the text does not have at once, and one that opens with `\\b` only after testing it.
    Python's parser takes a first item out of the ways only when all share it; this does it run by run.
    A verbose pattern (`flags` or its own) is given back as it is.
    """
    ways = top_level_alternatives(pattern)
    if len(ways) < 2 or _parser.parse(pattern, flags).state.flags & _c.SRE_FLAG_VERBOSE:
        return pattern
    out: list[str] = []
    run: list[str] = []  # the ways after their "\\b", of the run of ways that open with it so far
    for way in ways:
        if way.startswith("\\b"):
            run.append(way[2:])
            continue
        out.extend(_boundary_run(run))
        run = []
        out.append(way)
    out.extend(_boundary_run(run))
    return "|".join(out)


def _boundary_run(run: list[str]) -> list[str]:
    """A run of ways that opened with "\\b" (given without it), as one way ([] for none)."""
    if not run:
        return []
    return ["\\b" + run[0]] if len(run) == 1 else ["\\b(?:" + "|".join(run) + ")"]
