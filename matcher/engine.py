"""Matching questions to knowledge-base items.

Every (question, item) pair is described by a few similarity signals, each over a field that
carries meaning: the item's question and its variants, its category, its answer text, and all
of them together. Signals:

- ``q_char``   TF-IDF cosine on character 2–3-grams, best over the question and its variants
- ``q_fuzzy``  rapidfuzz ratio, best over the question and its variants
- ``q_tokens`` rapidfuzz token-set ratio (word order and extra words do not matter; helps English)
- ``answer``   TF-IDF cosine with the approved answer text
- ``context``  TF-IDF cosine of the question plus its section/category with the item's category
- ``full``     TF-IDF cosine with every field of the item at once
- ``covered``  share of the question's character bigrams (IDF-weighted) found anywhere in the item:
               a question that asks for more than the item says (a report, a certificate) leaves
               much of itself uncovered
- ``q_word``, ``full_word``, ``word_covered``: the same on content words (SudachiPy dictionary
               forms, particles and polite verbs dropped), which char n-grams blur
- ``q_sem``    cosine of static word embeddings (:mod:`matcher.semantic`), best over the question
               and its variants: the same meaning in other words, which the signals above miss

A linear model over the signals ranks the items; a second one turns the best item's signals and
its lead over the runner-up into a confidence in 0–1. Both are fitted on labelled examples by
:mod:`matcher.calibrate` and stored in ``knowledge/engine.yaml``. Text is normalised and domain
synonyms are folded (``knowledge/synonyms.yaml``) before any comparison. Pure logic: no IO.
"""
from __future__ import annotations

import copy
import dataclasses
import functools
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher import semantic
from matcher.synonyms import Synonyms
from matcher.text import content_words, is_latin, normalize
from matcher.types import Candidate, Item, Match

FEATURES = (
    "q_char", "q_fuzzy", "q_tokens", "answer", "context", "full", "covered", "q_word", "full_word", "word_covered",
    "answer_word", "q_sem",
)
# The confidence model also sees each signal of the best item and its lead over the runner-up on
# that signal: out of fold, English coverage at 99% precision went from 48% to 69% with them.
_BEST = tuple(f for f in FEATURES if f not in ("covered", "word_covered", "q_char"))
CONFIDENCE_FEATURES = (
    "top", "margin", "covered", "word_covered", "q_char", "agree",
    *(f"{f}_best" for f in _BEST), *(f"{f}_lead" for f in FEATURES),
)
_URL = re.compile(r"https?://\S+")
# Two things asked at once: 「A および B」, 「A や B」, 「A するとともに B」.
_CLAUSE = re.compile(r"[、。,.;；?？]|について|に関して|に対し")
_ENUMERATION = re.compile(r"^.{0,25}?(など|等の|等を|等に|等が|といった|such as|e\.g\.)")
_ASIDE = re.compile(r"\([^)]*\)")  # (連絡手段、連絡時間): a list inside brackets details one thing
# English "and" joins verbs and adverbs too ("approved and communicated"), but a side is only taken
# as a topic when it matches its own item confidently; measured out of fold, English top-1 rose
# from 93.6% to 95.2% with it.
_AND = r"(?<![a-z])(?:and|as well as)(?![a-z])"
_CONJUNCTION = re.compile(r"および|及び|ならびに|並びに|や(?![ぁ-ゖ])|とか|とともに|と共に|" + _AND)  # not the や of 速やか
# 「バックアップし、冗長化していますか」, 「SSOとMFA」, 「保存時・通信時」: clauses joined by a comma,
# 「と」, 「・」 or a slash often ask two things, but as often elaborate one; a question joined this
# way is never paired, only held back for a person when its two sides match two different items.
# So is a cell holding two questions ("DB encrypted? TLS version?", 「…ですか。また、…」): out of
# fold this held back 2 wrong `auto` answers and no right one in English; in Japanese 2 wrong and
# 1 right (its second sentence asked how often).
_NEXT_SENTENCE = r"[?。](?:また|なお|あわせて|併せて|さらに|加えて)?、?(?=.)"
_ANY_JOIN = re.compile(_NEXT_SENTENCE + r"|、|・|/|と(?![ぁ-ゖ])|" + _CONJUNCTION.pattern)


_CURATED = ("", "curated")  # variant sources written by the vendor, not learned from one questionnaire
_Side = tuple[int, float, np.ndarray]  # one side of a join: its best item, confidence, every item's score


@dataclass(frozen=True)
class _Ranked:
    """One question's items ranked: what its verdict and the matching of its join sides share."""

    question: str  # as asked (its script picks the auto threshold)
    prepared: str  # as matched
    scores: np.ndarray
    order: np.ndarray  # item indices, best first
    confidence: float
    exact: int | None  # the item a person tied this very wording to


class Preparer:
    """Normalised text with domain synonyms folded to one term: what every comparison sees.

    Needs only the synonyms, so learning a wording never waits for an engine to be fitted.
    """

    def __init__(self, synonyms: Synonyms):
        self.synonyms = synonyms
        self._done: dict[str, str] = {}  # every wording is prepared several times while fitting

    def __call__(self, text: str) -> str:
        done = self._done.get(text)
        if done is None:
            if len(self._done) > 100_000:  # a long batch: keep memory flat
                self._done.clear()
            done = self._done[text] = self.synonyms.apply(normalize(text))
        return done


@dataclass(frozen=True)
class Model:
    """Fitted weights and thresholds (see ``knowledge/engine.yaml``)."""

    rank_weights: dict[str, float] = field(
        default_factory=lambda: {
            "q_char": 2.0, "q_fuzzy": 1.0, "q_tokens": 0.5, "answer": 0.8, "context": 0.5, "full": 1.0, "covered": 1.0,
        }
    )
    confidence_weights: dict[str, float] = field(
        default_factory=lambda: {"top": 3.0, "margin": 8.0, "covered": 2.0, "q_char": 2.0}
    )
    confidence_bias: float = -6.0
    auto_threshold: float = 0.8
    # English questions get their own: the real standard questionnaires (CAIQ, HECVAT) are English,
    # and their many questions on one detail of a topic make a confidence there mean less
    auto_threshold_latin: float | None = None
    review_threshold: float = 0.3
    # Two items answer one question when each side of a join (および, 、, and) matches its own item
    # with at least this confidence, both among the whole question's best `pair_top` candidates.
    pair_confidence: float = 0.5
    pair_cover: float = 0.8  # the best item "answers" a side when it scores this share of that side's best
    pair_top: int = 3

    @property
    def latin_threshold(self) -> float:
        return self.auto_threshold if self.auto_threshold_latin is None else self.auto_threshold_latin

    def auto_threshold_for(self, question: str) -> float:
        return self.latin_threshold if is_latin(question) else self.auto_threshold


@dataclass(frozen=True)
class Explanation:
    """Why an item scored as it did, for `matcher match`."""

    item_id: int
    score: float
    signals: dict[str, float]
    shared_terms: tuple[str, ...]


class Engine:
    """Fitted once on a knowledge base, then matches any number of questions."""

    # Threads for the fuzzy comparisons, most of the matching time: every core for one
    # questionnaire; `matcher batch` sets 1, its worker processes share the cores instead.
    fuzzy_workers: int = -1

    def __init__(
        self,
        items: Iterable[Item],
        synonyms: Synonyms | None = None,
        model: Model | None = None,
        review_cues: Sequence[str] = (),
    ):
        self.items: list[Item] = list(items)
        if not self.items:
            raise ValueError("the knowledge base has no items")
        self.synonyms = synonyms or Synonyms()
        self.prepare = Preparer(self.synonyms)
        self.model = model or Model()
        self._raw_cues = tuple(review_cues)
        self.review_cues = tuple(self._prepare_cue(c.strip()) for c in review_cues if c.strip())
        self._ids = [it.id for it in self.items]
        q_docs: list[str] = []
        q_raw: list[str] = []  # as written: the embeddings know words, not folded synonyms
        owner: list[int] = []
        self._exact: dict[str, int] = {}  # wordings people tied to an item: a certain match
        self._says_memo: dict[tuple[int, str], bool] = {}  # (item, cue) -> Engine._says
        for i, it in enumerate(self.items):
            for text, wording, raw in self._question_texts(it):
                q_docs.append(text)
                q_raw.append(raw)
                owner.append(i)
                if wording:
                    self._exact.setdefault(text, i)
            for variant in it.variants:  # a short wording a person tied to this item is exact too
                key = self.prepare(variant.text)
                if key:
                    self._exact.setdefault(key, i)
        self._q_texts = q_docs
        self._q_owner = np.array(owner)
        # an item's wordings sit side by side: its best wording is a max over one slice
        self._q_starts = np.flatnonzero(np.r_[True, self._q_owner[1:] != self._q_owner[:-1]])
        self._q_sem = semantic.embed(q_raw)
        a_docs = [self.prepare(_URL.sub(" ", it.answer)) for it in self.items]
        c_docs = [self.prepare(f"{it.category} {it.subcategory}") for it in self.items]
        full_docs = [
            " ".join([c_docs[i], *(q_docs[j] for j in np.flatnonzero(self._q_owner == i)), a_docs[i]])
            for i in range(len(self.items))
        ]
        self._vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True)
        self._vec.fit(q_docs + a_docs + c_docs)
        self._q = self._vec.transform(q_docs)
        self._a = self._vec.transform(a_docs)
        self._c = self._vec.transform(c_docs)
        self._full = self._vec.transform(full_docs)
        self._bigram_idf = _bigram_idf(q_docs + a_docs + c_docs)
        self._item_bigrams = [set(_bigrams(doc)) for doc in full_docs]
        self._wvec = TfidfVectorizer(analyzer=content_words, sublinear_tf=True)
        self._wvec.fit(q_docs + a_docs + c_docs)
        self._wq = self._wvec.transform(q_docs)
        self._wfull = self._wvec.transform(full_docs)
        self._wa = self._wvec.transform(a_docs)
        self._word_idf = dict(zip(self._wvec.get_feature_names_out(), self._wvec.idf_))
        # a word or bigram the knowledge base never uses weighs as much as its rarest one
        self._unseen_word_idf = max(self._word_idf.values(), default=1.0)
        self._unseen_bigram_idf = max(self._bigram_idf.values(), default=1.0)
        self._item_words = [set(content_words(doc)) for doc in full_docs]

    def without_sources(self, sources: Collection[str]) -> Engine:
        """This engine without the wordings learned from ``sources`` (questionnaire file names).

        Labelled questionnaires are scored and calibrated on this, never on wordings taken from
        themselves or from others written by the same hand, so that their figures say how the
        engine does on a questionnaire it has not seen.
        """
        sources = set(sources)
        if not any(v.source in sources for it in self.items for v in it.variants):
            return self
        items = [
            dataclasses.replace(it, variants=tuple(v for v in it.variants if v.source not in sources))
            for it in self.items
        ]
        return Engine(items, self.synonyms, self.model, self._raw_cues)

    def with_model(self, model: Model) -> Engine:
        """The same fitted knowledge base with other weights (cheap: nothing is refitted)."""
        clone = copy.copy(self)
        clone.model = model
        return clone

    # -- text

    def _question_texts(self, item: Item) -> list[tuple[str, bool, str]]:
        """(prepared text, is a real wording, text as written) for each way the item's question is put.

        A bare label such as 全般 or 特権管理 says little alone: its meaning is in the category and
        in the answer, so those stand in for the question (but are never an exact wording).
        """
        texts = [item.question, *(v.text for v in item.variants)]
        if item.question_en:
            texts.append(item.question_en)
        out = []
        for t in texts:
            n = self.prepare(t)
            if len(n) <= 6:
                labelled = f"{item.category} {item.subcategory} {t}"
                answer = _URL.sub(" ", item.answer)
                out.append((self.prepare(labelled), False, labelled))
                out.append((self.prepare(answer), False, answer))
            elif n:
                out.append((n, True, t))
        return out

    # -- signals

    def signals(self, question: str, context: str = "") -> np.ndarray:
        """Array (items x FEATURES) of similarity signals, in knowledge-base order."""
        return self.signals_many([(question, context)])[0]

    def signals_many(self, questions: Sequence[tuple[str, str]]) -> list[np.ndarray]:
        """``signals`` for many (question, context) pairs, vectorised together: one sparse product
        per signal for all of them instead of one per question."""
        n = len(self.items)
        prepared = [self.prepare(q) for q, _ in questions]
        out = [np.zeros((n, len(FEATURES))) for _ in questions]
        live = [k for k, q in enumerate(prepared) if q]
        if not live:
            return out
        qs = [prepared[k] for k in live]
        qv = self._vec.transform(qs)
        cv = self._vec.transform([self.prepare(f"{c} {q}") if c else p for (q, c), p in zip((questions[k] for k in live), qs)])
        wv = self._wvec.transform(qs)
        q_sim = (self._q @ qv.T).toarray()
        answer = (self._a @ qv.T).toarray()
        context = (self._c @ cv.T).toarray()
        full = (self._full @ qv.T).toarray()
        w_sim = (self._wq @ wv.T).toarray()
        w_full = (self._wfull @ wv.T).toarray()
        w_answer = (self._wa @ wv.T).toarray()
        sem = self._q_sem @ semantic.embed([questions[k][0] for k in live]).T
        ratios = process.cdist(qs, self._q_texts, scorer=fuzz.ratio, workers=self.fuzzy_workers) / 100.0
        tokens = process.cdist(qs, self._q_texts, scorer=fuzz.token_set_ratio, workers=self.fuzzy_workers) / 100.0
        q_sim, ratios, tokens, w_sim, sem = (self._best_wording(x) for x in (q_sim, ratios.T, tokens.T, w_sim, sem))
        for j, k in enumerate(live):
            o = out[k]
            o[:, 0] = q_sim[:, j]
            o[:, 1] = ratios[:, j]
            o[:, 2] = tokens[:, j]
            o[:, 3] = answer[:, j]
            o[:, 4] = context[:, j]
            o[:, 5] = full[:, j]
            o[:, 6] = self._coverage(qs[j])
            o[:, 7] = w_sim[:, j]
            o[:, 8] = w_full[:, j]
            o[:, 9] = self._word_coverage(qs[j])
            o[:, 10] = w_answer[:, j]
            o[:, 11] = sem[:, j]
        return out

    def _best_wording(self, values: np.ndarray) -> np.ndarray:
        """(wordings x questions) -> (items x questions): each item's best wording, never below 0."""
        return np.maximum(np.maximum.reduceat(values, self._q_starts, axis=0), 0.0)

    def _word_coverage(self, q: str) -> np.ndarray:
        words = sorted(set(content_words(q)))  # summed in one order: the same figures in every process
        if not words:
            return np.zeros(len(self.items))
        weights = {w: self._word_idf.get(w, self._unseen_word_idf) for w in words}
        total = sum(weights.values())
        return np.array([sum(v for w, v in weights.items() if w in have) / total for have in self._item_words])

    def _coverage(self, q: str) -> np.ndarray:
        grams = sorted(set(_bigrams(q)))
        if not grams:
            return np.zeros(len(self.items))
        weights = {g: self._bigram_idf.get(g, self._unseen_bigram_idf) for g in grams}
        total = sum(weights.values())
        return np.array([sum(w for g, w in weights.items() if g in have) / total for have in self._item_bigrams])

    def scores(self, question: str, context: str = "") -> np.ndarray:
        return self._rank(self.signals(question, context))

    def _rank(self, sig: np.ndarray) -> np.ndarray:
        w = np.array([self.model.rank_weights.get(f, 0.0) for f in FEATURES])
        return sig @ w

    # -- verdict

    def confidence(self, sig: np.ndarray, scores: np.ndarray, order: np.ndarray) -> float:
        m = self.model
        values = self.confidence_inputs(sig, scores, order)
        z = m.confidence_bias + sum(m.confidence_weights.get(k, 0.0) * v for k, v in values.items())
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def confidence_inputs(sig: np.ndarray, scores: np.ndarray, order: np.ndarray) -> dict[str, float]:
        best = order[0]
        second = scores[order[1]] if len(order) > 1 else 0.0
        runner_up = sig[order[1]] if len(order) > 1 else np.zeros(len(FEATURES))
        inputs = {
            "top": float(scores[best]),
            "margin": float(scores[best] - second),
            "covered": float(sig[best, FEATURES.index("covered")]),
            "word_covered": float(sig[best, FEATURES.index("word_covered")]),
            # how many signals, taken alone, would pick the same item: disagreement means doubt
            "agree": float(np.mean(np.argmax(sig, axis=0) == best)),
            "q_char": float(sig[best, FEATURES.index("q_char")]),
        }
        for k, f in enumerate(FEATURES):
            if f in _BEST:
                inputs[f"{f}_best"] = float(sig[best, k])
            inputs[f"{f}_lead"] = float(sig[best, k] - runner_up[k])
        return inputs

    def match(self, question: str, context: str = "") -> Match:
        return self.match_many([(question, context)])[0]

    def _ranked(self, question: str, sig: np.ndarray) -> _Ranked:
        s = self._rank(sig)
        order = np.argsort(-s, kind="stable")
        q = self.prepare(question)
        return _Ranked(question, q, s, order, self.confidence(sig, s, order), self._exact.get(q))

    def _verdict(self, r: _Ranked, sides: dict[str, _Side]) -> Match:
        m = self.model
        s, order, confidence, exact = r.scores, r.order, r.confidence, r.exact
        item_ids: tuple[int, ...] = (self._ids[order[0]],)
        pair = None if exact is not None else self._pair(r.prepared, s, order, sides)
        if exact is not None:
            # a wording a person already tied to this item (the question itself or a learned variant)
            item_ids, confidence = (self._ids[exact],), 1.0
            order = np.array([i for i in order if i != exact])
        elif pair is not None:
            item_ids, confidence = pair  # judged by the weaker of its two parts
            order = np.array([i for i in order if self._ids[i] not in item_ids])
        else:
            order = order[1:]
        if confidence >= m.auto_threshold_for(r.question):
            status = "auto"
        elif confidence >= m.review_threshold:
            status = "review"
        else:
            status = "none"
        note = self._hold_back(r, item_ids, sides) if status != "none" and exact is None else ""
        if note and status == "auto":
            status = "review"
        alternatives = tuple(Candidate(self._ids[i], round(float(s[i]), 4)) for i in order[:3])
        return Match(item_ids, round(confidence, 4), status, alternatives, note)

    def _hold_back(self, r: _Ranked, item_ids: tuple[int, ...], sides: dict[str, _Side]) -> str:
        """Why a person must see this row whatever its confidence, or ''."""
        cue = self._unanswered_cue(r.prepared, item_ids)
        if cue:
            return f"asks for {cue.rstrip('*')!r}, which the approved answer does not mention"
        if len(item_ids) == 2:
            # on the labelled examples about half of the pairs found are right: a person confirms
            return "two items asked at once: check that both answers apply"
        if len(item_ids) == 1:
            maybe = self._pair(r.prepared, r.scores, r.order, sides, _ANY_JOIN)
            if maybe is not None:
                other = next(i for i in maybe[0] if i != item_ids[0])
                return f"may also ask about item {other}: two clauses, two topics"
        return ""

    def _unanswered_cue(self, q: str, item_ids: tuple[int, ...]) -> str:
        """A review cue (a document, a figure, a guarantee) that prepared question ``q`` has and the items lack."""
        for cue in self.review_cues:
            if _has_term(q, cue) and not any(self._says(self._ids.index(i), cue) for i in item_ids):
                return cue
        return ""

    def _prepare_cue(self, cue: str) -> str:
        stem = cue.endswith("*")  # kept through preparation: it says "any ending" (see _has_term)
        return self.prepare(cue.rstrip("*")) + "*" * stem

    def _says(self, i: int, cue: str) -> bool:
        """Whether item ``i`` gives the detail ``cue`` names: its own text says it, or wordings from
        two questionnaires tied to it do (one customer's wording accepted once is not enough)."""
        memo = self._says_memo
        if (i, cue) not in memo:
            it = self.items[i]
            own = [it.question, it.question_en, it.answer, *(v.text for v in it.variants if v.source in _CURATED)]
            if len(self.prepare(it.question)) <= 6:  # a bare label: its category says what it is about
                own.append(f"{it.category} {it.subcategory}")
            if any(_has_term(self.prepare(t), cue) for t in own if t):
                memo[i, cue] = True
            else:
                sources = {v.source for v in it.variants if v.source not in _CURATED and _has_term(self.prepare(v.text), cue)}
                memo[i, cue] = len(sources) >= 2
        return memo[i, cue]

    def match_many(self, questions: Sequence[tuple[str, str]]) -> list[Match]:
        out: list[Match] = []
        for start in range(0, len(questions), 256):  # blocks keep the dense products small
            block = questions[start : start + 256]
            ranked = [self._ranked(q, sig) for (q, _), sig in zip(block, self.signals_many(block))]
            sides = self._sides_many(ranked)
            out += [self._verdict(r, sides) for r in ranked]
        return out

    def _sides_many(self, ranked: Sequence[_Ranked]) -> dict[str, _Side]:
        """The sides of every join the block's verdicts will look at, matched together: one by one
        they took half of the matching time."""
        texts: dict[str, None] = {}
        for r in ranked:
            if r.exact is not None:
                continue
            joiners = [_CONJUNCTION]
            if r.confidence >= self.model.review_threshold:
                joiners.append(_ANY_JOIN)  # the hold-back's looser joins, for a row that is not `none`
            for joiner in joiners:
                for lefts, right in self._joins(r.prepared, joiner):
                    texts.update(dict.fromkeys((*lefts, right)))
        found = list(texts)
        return {t: self._side_of(sig) for t, sig in zip(found, self.signals_many([(t, "") for t in found]))}

    # -- two items in one question

    def _pair(
        self, q: str, s: np.ndarray, order: np.ndarray, sides: dict[str, _Side], joiner: re.Pattern[str] = _CONJUNCTION
    ) -> tuple[tuple[int, int], float] | None:
        """Two items, in the order asked, when the question joins two topics (「A および B」).

        Each side of a join must match its own item confidently, one of them the whole question's
        best item, and that best item must not also answer the other side (「火災報知器および消火設備」
        is one item about fire, not two). Returns the pair and the weaker side's confidence.
        """
        best_item = int(order[0])
        found: tuple[tuple[int, int], float] | None = None
        for lefts, right in self._joins(q, joiner):
            (a, conf_a, scores_a), (b, conf_b, scores_b) = (
                max((self._side(t, sides) for t in lefts), key=lambda x: x[1]),
                self._side(right, sides),
            )
            if a == b or best_item not in (a, b):
                continue
            other, other_scores = (b, scores_b) if a == best_item else (a, scores_a)
            if other not in order[: self.model.pair_top]:
                continue  # a second topic would score on the whole question too
            if other_scores[best_item] >= self.model.pair_cover * other_scores[other]:
                continue  # the best item answers that side too
            conf = min(conf_a, conf_b)
            if conf >= self.model.pair_confidence and (found is None or conf > found[1]):
                found = ((self._ids[a], self._ids[b]), conf)
        return found

    def _joins(self, q: str, joiner: re.Pattern[str]) -> list[tuple[tuple[str, ...], str]]:
        """(ways to read the left side, right side) for each join in prepared text ``q`` that
        could join two topics."""
        asides = [m.span() for m in _ASIDE.finditer(q)]
        out = []
        for join in joiner.finditer(q):
            if any(a <= join.start() < b for a, b in asides):
                continue
            # only the clause the join sits in: 「個人情報について、内部監査や外部審査」 joins 監査 and 審査
            left = _CLAUSE.split(q[: join.start()].rstrip("、, "))[-1].strip()  # "A, and B" as "A and B"
            right = _CLAUSE.split(q[join.end() :].lstrip("、, "))[0].strip()
            if _ENUMERATION.search(right):
                continue  # 「パスワードやAPIキーなどの認証情報」: examples of one thing
            if not self._substantive(right):
                continue  # 「開発や運用で」: a bare word on one side is a detail, not a second topic
            # 「保存データおよび通信の暗号化」: the left side borrows the head noun it shares with the right
            head = content_words(right)[-1]
            if not self._substantive(f"{left} {head}"):
                continue
            out.append((tuple(dict.fromkeys((left, f"{left} {head}"))), right))
        return out

    def _substantive(self, side: str) -> bool:
        """Two content words, or one domain term (「tls」 stands for 通信の暗号化)."""
        return len(content_words(side)) >= 2 or bool(self.synonyms.terms_in(side))

    def _side(self, text: str, sides: dict[str, _Side]) -> _Side:
        """Best item for one side of a join, its confidence, and every item's score."""
        if text not in sides:
            sides[text] = self._side_of(self.signals(text))
        return sides[text]

    def _side_of(self, sig: np.ndarray) -> _Side:
        scores = self._rank(sig)
        order = np.argsort(-scores, kind="stable")
        return int(order[0]), self.confidence(sig, scores, order), scores

    # -- explanation

    def explain(self, question: str, context: str = "", top: int = 3) -> list[Explanation]:
        sig = self.signals(question, context)
        s = self._rank(sig)
        q = self.prepare(question)
        q_terms = dict.fromkeys(self.synonyms.terms_in(q))  # in order: the same output on every run
        out = []
        for i in np.argsort(-s, kind="stable")[:top]:
            it = self.items[i]
            item_text = " ".join(self._q_texts[j] for j in np.flatnonzero(self._q_owner == i))
            item_text += " " + self.prepare(f"{it.category} {it.subcategory} {it.answer}")
            shared = [t for t in q_terms if t in item_text] + [w for w in content_words(q) if w in item_text]
            out.append(
                Explanation(
                    it.id,
                    round(float(s[i]), 4),
                    {f: round(float(sig[i, k]), 3) for k, f in enumerate(FEATURES)},
                    tuple(dict.fromkeys(shared))[:12],
                )
            )
        return out


def _has_term(text: str, term: str) -> bool:
    """Latin words match whole words and their -s plurals ("fee" is not in "feedback"); a stem
    ending in ``*`` matches any ending ("expir*": expiry, expired). Other scripts match anywhere."""
    if term[:1].isascii() and term[:1].isalnum():
        return _latin_term(term).search(text) is not None
    return term.rstrip("*") in text


@functools.lru_cache(maxsize=None)
def _latin_term(term: str) -> re.Pattern[str]:
    if term.endswith("*"):
        return re.compile(r"(?<![a-z0-9])" + re.escape(term[:-1]))
    return re.compile(r"(?<![a-z0-9])" + re.escape(term) + r"(?:e?s)?(?![a-z0-9])")


def _bigrams(text: str) -> list[str]:
    t = re.sub(r"[\s、。,.()（）「」『』:：;；/・?？!！]+", " ", text)
    return [t[i : i + 2] for i in range(len(t) - 1) if " " not in t[i : i + 2]]


def _bigram_idf(docs: list[str]) -> dict[str, float]:
    df: dict[str, int] = {}
    for d in docs:
        for g in set(_bigrams(d)):
            df[g] = df.get(g, 0) + 1
    n = len(docs)
    return {g: math.log((1 + n) / (1 + c)) + 1.0 for g, c in df.items()}
