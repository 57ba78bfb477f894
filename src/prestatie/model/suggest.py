"""Close matches for "did you mean": the known name most like one that is not known.

Names are compared case-folded, in three steps:

1. a name that differs only in case wins outright;
2. else the names one typo away (a character added, dropped or changed, or two
   neighbours swapped), the closest of them by `difflib`'s ratio;
3. else the name with the highest ratio, as `difflib.get_close_matches` finds it,
   at least 0.6.

`Suggester.all_close` lists every close name instead of the one closest, for a name
typed on the command line: each one a typo away, and each as similar as LIST_CUTOFF.

A pool of up to SMALL_POOL names is compared in full. In a larger one both searches
are bounded, so one look-up costs about the same whether the plan holds a hundred ids
or a million, and each distinct name is looked up once (comparing every unknown parent
with every id made 8,000 unknown parents take minutes):

- one typo leaves one of three stretches of a name as it was: everything after its
  first third, everything before its last third, or the first and the last third
  together. Each name is indexed under those three keys, and the keys the unknown name
  would have for the lengths one shorter, equal and one longer find every name one
  typo away;
- for the ratio, an index of character trigrams narrows the pool to the few names
  that share the most of the rarest trigrams of the unknown name, reading a bounded
  number of index entries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from difflib import SequenceMatcher
from operator import itemgetter

#: Pools up to this size are compared in full.
SMALL_POOL = 64
#: How many names of a larger pool the trigram index hands on to be compared in full.
SHORTLIST = 8
#: How many trigram index entries one look-up reads at most.
BUDGET = 384
#: A stretch shared by more names than this is too common to narrow the search.
CROWD = 128
CUTOFF = 0.6
#: The ratio a name needs to be listed by `all_close` when it is more than one typo away.
LIST_CUTOFF = 0.8
#: How many names `all_close` lists at most.
LIST_LIMIT = 10


class Suggester:
    """The known names of one pool, indexed once, with every answer remembered."""

    __slots__ = ("_by_fold", "_folded", "_grams", "_memo", "_stretches", "names")

    def __init__(self, names: Iterable[str]) -> None:
        self.names: list[str] = list(dict.fromkeys(names))
        self._folded = [name.casefold() for name in self.names]
        self._by_fold: dict[str, list[str]] = {}
        for name, folded in zip(self.names, self._folded, strict=True):
            self._by_fold.setdefault(folded, []).append(name)
        self._stretches: dict[str, list[int]] | None = None
        self._grams: dict[str, list[int]] | None = None
        self._memo: dict[tuple[str, str | None], str | None] = {}

    def suggest(self, name: str, exclude: str | None = None) -> str | None:
        """The known name closest to `name` (never `name` or `exclude` itself), or None."""
        key = (name, exclude)
        if key not in self._memo:
            self._memo[key] = self._find(name, exclude)
        return self._memo[key]

    def all_close(self, name: str, limit: int = LIST_LIMIT) -> list[str]:
        """Every known name close to `name`, the closest first: those that differ only
        in case, then those one typo away, then those with a ratio of at least
        LIST_CUTOFF; else, as `suggest`, the one closest. At most `limit` names."""
        folded = name.casefold()
        same = [n for n in self._by_fold.get(folded, ()) if n != name]
        if len(self.names) <= SMALL_POOL:
            pool: Iterable[int] = range(len(self.names))
        else:
            pool = self._one_typo_candidates(folded) | set(self._shortlist(folded, SHORTLIST * 4))
        matcher = SequenceMatcher()
        matcher.set_seq2(folded)
        typos: list[tuple[float, str]] = []
        similar: list[tuple[float, str]] = []
        for index in pool:
            candidate, known = self.names[index], self._folded[index]
            if known == folded:
                continue
            matcher.set_seq1(known)
            if _one_typo(folded, known):
                typos.append((-matcher.ratio(), candidate))
            elif matcher.real_quick_ratio() >= LIST_CUTOFF and matcher.quick_ratio() >= LIST_CUTOFF:
                score = matcher.ratio()
                if score >= LIST_CUTOFF:
                    similar.append((-score, candidate))
        found = same + [n for _, n in sorted(typos)] + [n for _, n in sorted(similar)]
        if not found:
            best = self.suggest(name)
            found = [best] if best is not None else []
        return found[:limit]

    def _find(self, name: str, exclude: str | None) -> str | None:
        folded = name.casefold()
        for same in self._by_fold.get(folded, ()):
            if same not in (name, exclude):
                return same
        small = len(self.names) <= SMALL_POOL
        everyone = range(len(self.names))
        near = everyone if small else self._one_typo_candidates(folded)
        typos = [i for i in near if _one_typo(folded, self._folded[i])]
        found = self._closest(folded, typos, name, exclude)
        if found is None:
            found = self._closest(
                folded, everyone if small else self._shortlist(folded), name, exclude
            )
        return found

    def _closest(
        self, folded: str, pool: Iterable[int], name: str, exclude: str | None
    ) -> str | None:
        matcher = SequenceMatcher()
        matcher.set_seq2(folded)
        best: tuple[float, str] | None = None
        floor = CUTOFF  # the score to reach: the cutoff, then the best so far
        for index in pool:
            candidate = self.names[index]
            if candidate in (name, exclude):
                continue
            matcher.set_seq1(self._folded[index])
            # Both quick ratios are upper bounds of the ratio: skip what cannot win.
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            score = matcher.ratio()
            # Ties go to the greater name, as in difflib.get_close_matches.
            if score >= floor and (best is None or (score, candidate) > best):
                best = (score, candidate)
                floor = score
        return None if best is None else best[1]

    def _one_typo_candidates(self, folded: str) -> set[int]:
        """Every name one typo from `folded` (and a few more), from the stretch index."""
        if self._stretches is None:
            self._stretches = {}
            for number, known in enumerate(self._folded):
                for key in _stretches(known, len(known)):
                    self._stretches.setdefault(key, []).append(number)
        found: set[int] = set()
        for length in (len(folded) - 1, len(folded), len(folded) + 1):
            for key in _stretches(folded, length):
                bucket = self._stretches.get(key, ())
                if len(bucket) <= CROWD:
                    found.update(bucket)
        return found

    def _shortlist(self, folded: str, size: int = SHORTLIST) -> list[int]:
        """The `size` names sharing the most of the rarest trigrams of `folded`."""
        if self._grams is None:
            self._grams = {}
            for number, known in enumerate(self._folded):
                for gram in _trigrams(known):
                    self._grams.setdefault(gram, []).append(number)
        postings = sorted(
            (self._grams[gram] for gram in _trigrams(folded) if gram in self._grams), key=len
        )
        shared: Counter[int] = Counter()
        left = BUDGET
        for posting in postings:
            if len(posting) > left:
                if shared:
                    break  # the rest are longer still: too common to tell names apart
                posting = posting[:left]
            left -= len(posting)
            shared.update(posting)
        ranked = sorted(shared.items(), key=itemgetter(1), reverse=True)
        return [number for number, _ in ranked[:size]]


def _stretches(text: str, length: int) -> Iterator[str]:
    """The three index keys of a name of `length` characters, taken from `text`.

    For the name itself `text` is the name; for an unknown name, the keys it would share
    with a known name of `length` characters one typo away. A typo before the end of the
    first third leaves everything after it; one in the last third everything before it;
    one in between the first and the last third.
    """
    if length < 1:
        return
    third = length // 3
    end = len(text)
    yield f"{length}<{text[end - (length - third - 1) :]}"
    yield f"{length}>{text[: length - third - 1]}"
    yield f"{length}|{text[:third]}{text[end - third :]}"


def _one_typo(a: str, b: str) -> bool:
    """Whether `b` is `a` with one character added, dropped or changed, or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    shorter = min(len(a), len(b))
    while i < shorter and a[i] == b[i]:
        i += 1
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (
        a[i + 1 : i + 2] == b[i : i + 1]
        and a[i : i + 1] == b[i + 1 : i + 2]
        and a[i + 2 :] == b[i + 2 :]
    )


def _trigrams(folded: str) -> set[str]:
    padded = f"\x02{folded}\x03"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}
