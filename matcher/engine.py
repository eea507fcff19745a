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

A linear model over the signals ranks the items; a second one turns the best item's signals and
its lead over the runner-up into a confidence in 0–1. Both are fitted on labelled examples by
:mod:`matcher.calibrate` and stored in ``knowledge/engine.yaml``. Text is normalised and domain
synonyms are folded (``knowledge/synonyms.yaml``) before any comparison. Pure logic: no IO.
"""
from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.synonyms import Synonyms
from matcher.text import content_words, normalize
from matcher.types import Candidate, Item, Match

FEATURES = ("q_char", "q_fuzzy", "q_tokens", "answer", "context", "full", "covered", "q_word", "full_word", "word_covered")
CONFIDENCE_FEATURES = ("top", "margin", "covered", "word_covered", "q_char")
_URL = re.compile(r"https?://\S+")
# Two things asked at once: 「A および B」, 「A・B」, "A and B".
_ASIDE = re.compile(r"\([^)]*\)")  # (連絡手段、連絡時間): a list inside brackets details one thing
_CONJUNCTION = re.compile(r"および|及び|ならびに|並びに|や|、|・|/| and | & |,")


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
    review_threshold: float = 0.3
    # A second item joins the best one when each covers this share of the question's words alone
    pair_gain: float = 0.15
    pair_ratio: float = 0.5  # and the second scores at least this share of the best one's


@dataclass(frozen=True)
class Explanation:
    """Why an item scored as it did, for `matcher match`."""

    item_id: int
    score: float
    signals: dict[str, float]
    shared_terms: tuple[str, ...]


class Engine:
    """Fitted once on a knowledge base, then matches any number of questions."""

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
        self.model = model or Model()
        self.review_cues = tuple(self.prepare(c) for c in review_cues if c.strip())
        self._ids = [it.id for it in self.items]
        q_docs: list[str] = []
        owner: list[int] = []
        for i, it in enumerate(self.items):
            for text in self._question_texts(it):
                q_docs.append(text)
                owner.append(i)
        self._q_texts = q_docs
        self._q_owner = np.array(owner)
        self._exact: dict[str, int] = {}
        for text, i in zip(q_docs, owner):
            if len(text) > 6:  # not bare labels
                self._exact.setdefault(text, i)
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
        self._word_idf = dict(zip(self._wvec.get_feature_names_out(), self._wvec.idf_))
        self._item_words = [set(content_words(doc)) for doc in full_docs]

    def with_model(self, model: Model) -> Engine:
        """The same fitted knowledge base with other weights (cheap: nothing is refitted)."""
        clone = copy.copy(self)
        clone.model = model
        return clone

    # -- text

    def prepare(self, text: str) -> str:
        """Normalised text with domain synonyms folded to one term."""
        return self.synonyms.apply(normalize(text))

    def _question_texts(self, item: Item) -> list[str]:
        texts = [item.question, *(v.text for v in item.variants)]
        if item.question_en:
            texts.append(item.question_en)
        out = []
        for t in texts:
            n = self.prepare(t)
            if len(n) <= 6:  # a bare label such as 全般: its meaning is in the category
                n = self.prepare(f"{item.category} {item.subcategory} {t}")
            if n:
                out.append(n)
        return out

    # -- signals

    def signals(self, question: str, context: str = "") -> np.ndarray:
        """Array (items x FEATURES) of similarity signals, in knowledge-base order."""
        q = self.prepare(question)
        n = len(self.items)
        out = np.zeros((n, len(FEATURES)))
        if not q:
            return out
        qv = self._vec.transform([q])
        q_sim = (self._q @ qv.T).toarray().ravel()
        out[:, 0] = _max_by_owner(q_sim, self._q_owner, n)
        ratios = process.cdist([q], self._q_texts, scorer=fuzz.ratio)[0] / 100.0
        out[:, 1] = _max_by_owner(ratios, self._q_owner, n)
        tokens = process.cdist([q], self._q_texts, scorer=fuzz.token_set_ratio)[0] / 100.0
        out[:, 2] = _max_by_owner(tokens, self._q_owner, n)
        out[:, 3] = (self._a @ qv.T).toarray().ravel()
        cv = self._vec.transform([self.prepare(f"{context} {question}")]) if context else qv
        out[:, 4] = (self._c @ cv.T).toarray().ravel()
        out[:, 5] = (self._full @ qv.T).toarray().ravel()
        out[:, 6] = self._coverage(q)
        wv = self._wvec.transform([q])
        out[:, 7] = _max_by_owner((self._wq @ wv.T).toarray().ravel(), self._q_owner, n)
        out[:, 8] = (self._wfull @ wv.T).toarray().ravel()
        out[:, 9] = self._word_coverage(q)
        return out

    def _word_coverage(self, q: str) -> np.ndarray:
        words = set(content_words(q))
        if not words:
            return np.zeros(len(self.items))
        top = max(self._word_idf.values(), default=1.0)
        weights = {w: self._word_idf.get(w, top) for w in words}
        total = sum(weights.values())
        return np.array([sum(v for w, v in weights.items() if w in have) / total for have in self._item_words])

    def _coverage(self, q: str) -> np.ndarray:
        grams = set(_bigrams(q))
        if not grams:
            return np.zeros(len(self.items))
        weights = {g: self._bigram_idf.get(g, self._bigram_idf_max) for g in grams}
        total = sum(weights.values())
        return np.array([sum(w for g, w in weights.items() if g in have) / total for have in self._item_bigrams])

    @property
    def _bigram_idf_max(self) -> float:
        return max(self._bigram_idf.values(), default=1.0)

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
        return {
            "top": float(scores[best]),
            "margin": float(scores[best] - second),
            "covered": float(sig[best, FEATURES.index("covered")]),
            "word_covered": float(sig[best, FEATURES.index("word_covered")]),
            "q_char": float(sig[best, FEATURES.index("q_char")]),
        }

    def match(self, question: str, context: str = "") -> Match:
        m = self.model
        sig = self.signals(question, context)
        s = self._rank(sig)
        order = np.argsort(-s, kind="stable")
        confidence = self.confidence(sig, s, order)
        item_ids: tuple[int, ...] = (self._ids[order[0]],)
        exact = self._exact.get(self.prepare(question))
        pair = None if exact is not None else self._pair(question, s, order)
        if exact is not None:
            # a wording a person already tied to this item (the question itself or a learned variant)
            item_ids, confidence = (self._ids[exact],), 1.0
            order = np.array([i for i in order if i != exact])
        elif pair is not None:
            item_ids = pair
            order = np.array([i for i in order if self._ids[i] not in pair])
            # the pair is judged by the weaker of its two halves
            confidence = min(confidence, self._half_confidence(question, pair))
        else:
            order = order[1:]
        note = ""
        if confidence >= m.auto_threshold:
            status = "auto"
            cue = self._unanswered_cue(question, item_ids)
            if cue:
                status, note = "review", f"asks for {cue!r}, which the approved answer does not mention"
        elif confidence >= m.review_threshold:
            status = "review"
        else:
            status = "none"
        alternatives = tuple(Candidate(self._ids[i], round(float(s[i]), 4)) for i in order[:3])
        return Match(item_ids, round(confidence, 4), status, alternatives, note)

    def _unanswered_cue(self, question: str, item_ids: tuple[int, ...]) -> str:
        """A review cue (a document, a figure, a guarantee) that the question has and the items lack."""
        q = self.prepare(question)
        for cue in self.review_cues:
            if _has_term(q, cue) and not any(_has_term(self._item_text(i), cue) for i in item_ids):
                return cue
        return ""

    def _item_text(self, item_id: int) -> str:
        i = self._ids.index(item_id)
        it = self.items[i]
        return " ".join([*(self._q_texts[j] for j in np.flatnonzero(self._q_owner == i)), self.prepare(it.answer)])

    def match_many(self, questions: Sequence[tuple[str, str]]) -> list[Match]:
        return [self.match(q, c) for q, c in questions]

    # -- two items in one question

    def _pair(self, question: str, s: np.ndarray, order: np.ndarray) -> tuple[int, int] | None:
        """Two items when the question joins two topics (「A および B」) and each of the two best
        items covers words of the question that the other does not, on its own side of the join."""
        if len(order) < 2:
            return None
        q = self.prepare(question)
        asides = [m.span() for m in _ASIDE.finditer(q)]
        joins = [m.start() for m in _CONJUNCTION.finditer(q) if not any(a <= m.start() < b for a, b in asides)]
        if not joins:
            return None
        m = self.model
        a, b = int(order[0]), int(order[1])
        if s[b] < m.pair_ratio * s[a]:
            return None
        words = list(dict.fromkeys(content_words(q)))
        top = max(self._word_idf.values(), default=1.0)
        weight = {w: self._word_idf.get(w, top) for w in words}
        total = sum(weight.values()) or 1.0
        only_a = [w for w in words if w in self._item_words[a] and w not in self._item_words[b]]
        only_b = [w for w in words if w in self._item_words[b] and w not in self._item_words[a]]
        if sum(weight[w] for w in only_a) / total < m.pair_gain or sum(weight[w] for w in only_b) / total < m.pair_gain:
            return None
        pos_a = min(q.find(w) for w in only_a)
        pos_b = min(q.find(w) for w in only_b)
        lo, hi = sorted((pos_a, pos_b))
        if not any(lo < j < hi for j in joins):
            return None  # both topics on one side of the join: one question about one thing
        first, second = (a, b) if pos_a < pos_b else (b, a)
        return self._ids[first], self._ids[second]

    def _half_confidence(self, question: str, pair: tuple[int, int]) -> float:
        sig = self.signals(question)
        s = self._rank(sig)
        confs = []
        for item_id in pair:
            i = self._ids.index(item_id)
            rest = np.array([i] + [j for j in np.argsort(-s) if self._ids[j] not in pair])
            confs.append(self.confidence(sig, s, rest))
        return min(confs)

    # -- explanation

    def explain(self, question: str, context: str = "", top: int = 3) -> list[Explanation]:
        sig = self.signals(question, context)
        s = self._rank(sig)
        q = self.prepare(question)
        q_terms = set(self.synonyms.terms_in(q))
        out = []
        for i in np.argsort(-s, kind="stable")[:top]:
            it = self.items[i]
            item_text = " ".join(self._q_texts[j] for j in np.flatnonzero(self._q_owner == i))
            item_text += " " + self.prepare(f"{it.category} {it.subcategory} {it.answer}")
            shared = [t for t in q_terms if t in item_text] + _shared_words(q, item_text)
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
    if term[:1].isascii() and term[:1].isalnum():
        return re.search(r"(?<![a-z0-9])" + re.escape(term), text) is not None
    return term in text


def _max_by_owner(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    out = np.zeros(n)
    np.maximum.at(out, owner, values)
    return out


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


_WORD = re.compile(r"[a-z0-9][a-z0-9./-]+|[\u30a0-\u30ff]{2,}|[\u4e00-\u9fff]{2,}")


def _shared_words(q: str, item_text: str) -> list[str]:
    return [w for w in dict.fromkeys(_WORD.findall(q)) if w in item_text]
