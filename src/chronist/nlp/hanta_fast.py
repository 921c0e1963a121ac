"""HanTa's three Viterbi searches, with HanTa's arithmetic and results, in less time.

HanTa spends its time in three searches: the morpheme Viterbi over a word form's
segmentations (`analyze_forward`, tag probabilities of forms outside its lexicon;
`analyze_viterbi`, the segmentation behind a lemma) and the sentence Viterbi over
candidate tags (`tag_sent_viterbi`). HanTa scores every segment of a word against every
morpheme tag that may follow a state (up to 74 from the word start), although only the
tags that know the segment as a morpheme, and the 11 open classes that can guess one,
can score above its bound; and it walks all 56 word tags per state of a sentence
although a word has a handful of candidate tags.

`FastHanta` runs the same searches over only those candidates: the same additions in
the same order (so the same floating-point values), the same pruning, and the states
visited in HanTa's order (so ties and dictionary orders, which decide HanTa's back
pointers and the order of its summed tag probabilities, come out the same). It relies
on three properties of the model, checked when it is built (`FastHanta.for_model`
returns None otherwise and HanTa runs as it is): every morpheme tag that may follow a
state has a morpheme table, the suffix tables of all open classes have the same
suffixes, and the sentence transition table lists the word tags in one order for
every state.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import itemgetter

from HanTa.HanoverTagger import EMPTY, END, END_UNKNOWN, START, UNKNOWN, HanoverTagger
from numpy import logaddexp

# HanTa's bounds: paths below LOWERBOUND are dropped; a row keeps the states within 1 of
# its TOP_MORPH-th (words) or TOP_WORD-th (sentences) best.
LOWERBOUND = -1e6
TOP_MORPH = 3
TOP_WORD = 5
# HanTa's guess for an unknown morpheme reads its last 4 characters at most, and its
# length up to 24; a guess covering the whole word is penalised by WHOLE_WORD_PENALTY.
MAX_SUFFIX = 4
MAX_LENGTH = 24
WHOLE_WORD_PENALTY = 4.6
CACHE_EMISSIONS = 200_000
# HanTa analyses a form once for its tags and once or twice per tag for its lemma: the
# segments' candidates of the last few forms are kept for those calls.
CACHE_SEGMENTS = 1_000
# Where open classes may not guess (not strict): segments of at most SHORT_GUESS
# characters of words of at least SHORT_WORD characters.
SHORT_GUESS = 2
SHORT_WORD = 4

# A set of morpheme tags as an int with one bit per tag (`FastHanta.bits`): whether
# some follower of a state can score on a segment is one AND of two masks.
Mask = int
State = tuple[int, int]
# The morpheme tags that may follow a state: (tag, log prob) in HanTa's order, their mask,
# a memo (mask of a segment's tags & theirs -> the followers among them, in that order,
# as (state reached, tag, log prob)) and the state's tag.
FollowerPairs = tuple[tuple[int, float], ...]
Scoring = tuple[tuple[State, int, float], ...]
Followers = tuple[FollowerPairs, Mask, dict[Mask, Scoring], int]
Candidates = dict[int, float]  # tag -> log prob of a segment (or word) under it
Segment = tuple[Candidates, Mask]
# The segments from one position of a word: (end, candidates, mask of their tags).
SegmentRow = list[tuple[int, Candidates, Mask]]


class FastHanta:
    """HanTa's `analyze_forward`, `analyze_viterbi` and `tag_sent_viterbi` for `tagger`."""

    def __init__(self, tagger: HanoverTagger) -> None:
        self.tagger = tagger
        # morpheme -> {tag: log p(morpheme | tag)}: the few tags that know a segment.
        self.morphemes: dict[str, Candidates] = {}
        for tag, table in tagger.LP_m_t.items():
            for morpheme, lp in table.items():
                self.morphemes.setdefault(morpheme, {})[tag] = lp
        self.open_tags = [t for t in tagger.LP_hapax_t if t in tagger.LP_s_t]
        self.bits = {t: 1 << n for n, t in enumerate(sorted({*tagger.LP_m_t, *self.open_tags}))}
        self.morpheme_masks = {m: self._mask(tags) for m, tags in self.morphemes.items()}
        # (intercept + hapax) + length, added in HanTa's order, per open tag and length.
        self.guess_base = {
            t: [tagger.Int_t + tagger.LP_hapax_t[t] + lp_len for lp_len in tagger.LP_len_t[t]]
            for t in self.open_tags
        }
        self._guessed: dict[tuple[str, int, bool], Segment] = {}
        self.suffixes = frozenset(tagger.LP_s_t[self.open_tags[0]]) if self.open_tags else {}
        self.followers: dict[State, Followers] = {
            state: self._followers(state, tuple(following))
            for state, following in tagger.LP_trans_nonfinal.items()
        }
        self._reachable_followers: dict[int, dict[State, Followers]] = {}
        # Known morphemes as open classes guess them too: (segment, whole) -> both.
        self._known_guessed: dict[tuple[str, bool], Segment] = {}
        self.end_suffixes: Callable[[str], list[list[str]]] = lru_cache(maxsize=CACHE_SEGMENTS)(
            self._end_suffixes
        )
        self.segment_rows: Callable[[str, bool], list[SegmentRow | None]] = (
            lru_cache(maxsize=CACHE_SEGMENTS)(_empty_rows)
        )
        self.word_tags = next(iter(tagger.LP_trans_word.values()), {}).keys()
        self.word_rank = {t: rank for rank, t in enumerate(self.word_tags)}
        self.emissions: Callable[[str, bool], tuple[tuple[int, float], ...] | None] = (
            lru_cache(maxsize=CACHE_EMISSIONS)(self._emissions)
        )

    @classmethod
    def for_model(cls, tagger: HanoverTagger) -> FastHanta | None:
        """The fast searches for `tagger`, or None if its model lacks a property they
        rely on (see the module docstring)."""
        followed = {t for following in tagger.LP_trans_nonfinal.values() for t, _ in following}
        if not followed <= tagger.LP_m_t.keys():
            return None
        open_tags = [t for t in tagger.LP_hapax_t if t in tagger.LP_s_t]
        if len({frozenset(tagger.LP_s_t[t]) for t in open_tags}) > 1:
            return None
        if any(len(tagger.LP_len_t[t]) <= MAX_LENGTH for t in open_tags):
            return None
        orders = {tuple(row) for row in tagger.LP_trans_word.values()}
        if len(orders) != 1:
            return None
        return cls(tagger)

    def install(self) -> None:
        """Shadow HanTa's methods on its instance: its own calls then run these."""
        self.tagger.analyze_forward = self.analyze_forward
        self.tagger.analyze_viterbi = self.analyze_viterbi
        self.tagger.tag_sent_viterbi = self.tag_sent_viterbi

    # -- morpheme level -------------------------------------------------------------

    def _mask(self, tags: Iterable[int]) -> Mask:
        bits = self.bits
        mask = 0
        for t in tags:
            mask |= bits[t]
        return mask

    def _followers(self, state: State, pairs: FollowerPairs) -> Followers:
        return pairs, self._mask(t for t, _ in pairs), {}, state[1]

    def _common(self, followers: Followers, common: Mask) -> Scoring:
        """The followers whose tags are in `common` (followers' and a segment's tags), in
        HanTa's order, with the state each leads to; memoised per state, bounded by the
        combinations of tags seen."""
        pairs, _, memo, tag0 = followers
        bits = self.bits
        found = tuple(((tag0, t), t, lp) for t, lp in pairs if bits[t] & common)
        memo[common] = found
        return found

    def _known_and_guessed(self, segment: str, whole: bool) -> Segment:
        """A known morpheme where open classes may guess: their guesses, and the tags
        that know it with their own log probs (bounded by the model: memoised)."""
        key = (segment, whole)
        found = self._known_guessed.get(key)
        if found is None:
            guessed, mask = self._guesses(
                self._suffix(segment), min(len(segment), MAX_LENGTH), whole
            )
            found = {**guessed, **self.morphemes[segment]}, mask | self.morpheme_masks[segment]
            self._known_guessed[key] = found
        return found

    def _guesses(self, suffix: str, length: int, whole: bool) -> Segment:
        """HanTa's guesses for an unknown morpheme, by what they read of it (at most
        860 suffixes x 25 lengths x 2, so the memo is bounded by the model)."""
        key = (suffix, length, whole)
        found = self._guessed.get(key)
        if found is None:
            guesses = {}
            for t in self.open_tags:
                lp = self.guess_base[t][length] + self.tagger.LP_s_t[t][suffix]
                if whole:
                    lp -= WHOLE_WORD_PENALTY
                if lp != -math.inf:
                    guesses[t] = lp
            found = self._guessed[key] = (guesses, self._mask(guesses))
        return found

    def _suffix(self, segment: str) -> str:
        """The suffix HanTa's guess reads: the longest end of at most MAX_SUFFIX
        characters, shorter than the segment, that the model knows."""
        for n in range(MAX_SUFFIX, 0, -1):
            if len(segment) > n and segment[-n:] in self.suffixes:
                return segment[-n:]
        return ""

    def _end_suffixes(self, word: str) -> list[list[str]]:
        """`_suffix` of each segment of `word`, by its end j and its length (lengths
        above MAX_SUFFIX + 1 read as MAX_SUFFIX + 1): row j, column length."""
        suffixes = self.suffixes
        table = []
        for j in range(len(word) + 1):
            row = [""] * (MAX_SUFFIX + 2)
            longest = ""  # the longest known end of at most n characters so far
            last = min(MAX_SUFFIX, j)
            for n in range(1, last + 1):
                if word[j - n:j] in suffixes:
                    longest = word[j - n:j]
                row[n + 1] = longest  # segments of n + 1 characters read ends up to n
            for length in range(last + 2, MAX_SUFFIX + 2):
                row[length] = longest
            table.append(row)
        return table

    def _segments(self, word: str, i: int, strict: bool) -> SegmentRow:
        """(end, candidates, mask of their tags) of the segments of `word` from `i` that
        some tag can score: under HanTa's `lp_m_t`, a morpheme a tag knows, else (not
        strict, and the segment longer than 2 or the word shorter than 4) an open
        class's guess."""
        rows = self.segment_rows(word, strict)
        found = rows[i]
        if found is None:
            wlen = len(word)
            found = []
            if strict or wlen >= SHORT_WORD:
                # Segments of at most 2 characters (all of them if strict): known only.
                masks = self.morpheme_masks
                for j in range(i + 1, wlen + 1 if strict else min(i + SHORT_GUESS, wlen) + 1):
                    segment = word[i:j]
                    mask = masks.get(segment)
                    if mask:
                        found.append((j, self.morphemes[segment], mask))
                if strict:
                    rows[i] = found
                    return found
                start = i + SHORT_GUESS + 1
            else:
                start = i + 1
            # Longer segments: known morphemes and open classes' guesses.
            ends = self.end_suffixes(word)
            known_of = self.morphemes.get
            guessed = self._guessed.get
            read = MAX_SUFFIX + 1  # longer segments read the same ends (_end_suffixes)
            for j in range(start, wlen + 1):
                segment = word[i:j]
                length = j - i
                if known_of(segment) is None:
                    key = (
                        ends[j][length if length < read else read],
                        length if length < MAX_LENGTH else MAX_LENGTH,
                        length == wlen,
                    )
                    candidates, mask = guessed(key) or self._guesses(*key)
                else:
                    candidates, mask = self._known_and_guessed(segment, length == wlen)
                if mask:
                    found.append((j, candidates, mask))
            rows[i] = found
        return found

    def _extend(
        self,
        word: str,
        strict: bool,
        followers_of: dict[State, Followers],
        backpointer: list[dict] | None,
    ) -> list[dict[tuple[int, int], float]]:
        """HanTa's table of best log probs per (previous tag, tag) state at each
        character boundary, rows 0..len(word), with back pointers if asked."""
        wlen = len(word)
        table: list[dict[tuple[int, int], float]] = [{(EMPTY, START): 0}]
        table += [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            row = table[i]
            rowbound = _row_bound(row, TOP_MORPH)
            segments: list[tuple[int, Candidates, int]] | None = None
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followers = followers_of.get(state)
                if not followers:
                    continue
                if segments is None:
                    segments = self._segments(word, i, strict)
                _, tags, common_of, _ = followers
                for j, candidates, mask in segments:
                    common = tags & mask
                    if not common:
                        continue  # most segments: none of the followers can score
                    target = table[j]
                    # The followers that can score on the segment, in HanTa's order
                    # (HanTa walks all followers and skips those that cannot).
                    scoring = common_of.get(common)
                    if scoring is None:
                        scoring = self._common(followers, common)
                    for newstate, tag1, lpt in scoring:
                        lp1 = lp + lpt + candidates[tag1]
                        if lp1 > LOWERBOUND:
                            old = target.get(newstate)
                            if old is None or lp1 > old:
                                target[newstate] = lp1
                                if backpointer is not None:
                                    backpointer[j][newstate] = (state, i)
        return table

    def analyze_forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's `analyze_forward`: log probs of the word tags of `word`, best first."""
        tagger = self.tagger
        table = self._extend(word, tagger.strict, self.followers, None)
        final: dict[tuple[int, int], float] = {}
        for state, lp in table[-2].items():
            for tag1, lpt in tagger.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > LOWERBOUND:
                    newstate = (state[1], tag1)
                    if newstate not in final or lp1 > final[newstate]:
                        final[newstate] = lp1
        results: dict[int, float] = {}
        for state, lp in final.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    def _reachable(self, targetpos: int) -> dict[State, Followers]:
        """The followers of each state that can still end in `targetpos` (HanTa's
        `reachability`), positions as in all followers of the state."""
        followers = self._reachable_followers.get(targetpos)
        if followers is None:
            reachable = self.tagger.reachability.get(targetpos, frozenset())
            followers = {
                state: self._followers(state, tuple((t, lp) for t, lp in pairs if t in reachable))
                for state, (pairs, _, _, _) in self.followers.items()
            }
            self._reachable_followers[targetpos] = followers
        return followers

    def analyze_viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's `analyze_viterbi`: the best segmentation of `word` ending in
        `targetpos`, as (morpheme tag, end) pairs; known morphemes only if they can."""
        tagger = self.tagger
        wlen = len(word)
        followers_of = self._reachable(targetpos)
        for localstrict in (True, False):
            backpointer: list[dict] = [{} for _ in range(wlen + 2)]
            table = self._extend(word, localstrict, followers_of, backpointer)
            for state, lp in table[-2].items():
                for tag1, lpt in tagger.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > LOWERBOUND:
                            newstate = (state[1], tag1)
                            if newstate not in table[-1] or lp1 > table[-1][newstate]:
                                table[-1][newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if table[-1]:
                break
        return _best_path(table[-1], backpointer)

    # -- sentence level -------------------------------------------------------------

    def _emissions(self, word: str, casesensitive: bool) -> tuple[tuple[int, float], ...] | None:
        """HanTa's conditional log probs of `word`'s candidate tags, in the order of the
        transition table; None when HanTa lets any tag through (nothing known)."""
        tag_word = self.tagger._tag_word
        probs = dict(tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True))
        if not probs or (len(probs) == 1 and UNKNOWN in probs):
            return None
        rank = self.word_rank
        ranked = [(rank[t], t, lp) for t, lp in probs.items() if t in rank and t != END]
        ranked.sort(key=itemgetter(0))
        return tuple((t, lp) for _, t, lp in ranked)

    def tag_sent_viterbi(self, sent: list[str], casesensitive: bool = True) -> list[int]:
        """HanTa's `tag_sent_viterbi`: the best word tag sequence for `sent`."""
        transitions = self.tagger.LP_trans_word
        table: list[dict[tuple[int, int], float]] = []
        backpointer: list[dict] = []
        anything = tuple((t, 0) for t in self.word_tags if t != END)
        for i, w in enumerate(sent):
            # HanTa reads the first word case-insensitively.
            candidates = self.emissions(w, i > 0 and casesensitive) or anything
            row: dict[tuple[int, int], float] = {}
            pointers: dict = {}
            prevrow = table[i - 1] if i else {(EMPTY, START): 0.0}
            rowbound = _row_bound(prevrow, TOP_WORD)
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                lp_t = transitions[state]
                tag0 = state[1]
                for c, lpwc in candidates:
                    lp = lp0 + lp_t[c] + lpwc
                    if lp > LOWERBOUND:
                        newstate = (tag0, c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            pointers[newstate] = state
            table.append(row)
            backpointer.append(pointers)
        finalstate = (END, EMPTY)
        row = {}
        pointers = {}
        for state, lp0 in table[-1].items():
            lp = lp0 + transitions[state].get(END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                pointers[finalstate] = state
        backpointer.append(pointers)
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]


def _empty_rows(word: str, strict: bool) -> list[SegmentRow | None]:
    """A row per start position of `word`, filled when a search first reaches it."""
    return [None] * (len(word) + 1)


def _row_bound(row: dict[tuple[int, int], float], top: int) -> float:
    """HanTa's beam: states more than 1 below the row's `top`-th best are dropped."""
    return sorted(row.values(), reverse=True)[top] - 1 if len(row) > top else LOWERBOUND


def _best_path(
    last: dict[tuple[int, int], float], backpointer: list[dict]
) -> list[tuple[int, int]]:
    """HanTa's read-out of `analyze_viterbi`: the first best final state's path."""
    pmax = -math.inf
    beststate = (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > pmax:
            pmax = lp
            beststate = state
    i = len(backpointer) - 1
    if beststate == (EMPTY, EMPTY):
        states = [((UNKNOWN, END_UNKNOWN), i), ((START, UNKNOWN), i - 1)]
    else:
        states = [(beststate, i)]
        state = beststate
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for (state, i) in states[::-1]]
