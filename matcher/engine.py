"""Matching questions to knowledge-base items: TF-IDF on characters plus fuzzy ratios.

Each item is described by several fields (its question and variants, its category, its answer).
A question is compared with each field; the field similarities are combined into one score per
item, and the best score and its lead over the runner-up give the confidence that sets the status.
Pure logic: no files, no terminal.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz
from sklearn.feature_extraction.text import TfidfVectorizer

from matcher.text import normalize
from matcher.types import Candidate, Item, Match

_URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class EngineConfig:
    """Weights and thresholds. ``auto`` needs confidence >= auto_threshold; ``review`` >= review_threshold.

    Raising auto_threshold trades coverage for precision of what is written without a human.
    """

    w_question: float = 0.55
    w_answer: float = 0.15
    w_context: float = 0.10
    w_fuzzy: float = 0.20
    auto_threshold: float = 0.75
    review_threshold: float = 0.35
    top_n: int = 4
    # confidence = sigmoid(slope * (score - centre) + margin_weight * (score - runner_up))
    slope: float = 12.0
    centre: float = 0.38
    margin_weight: float = 10.0


class Engine:
    """Fitted once on a knowledge base, then matches any number of questions."""

    def __init__(self, items: Iterable[Item], config: EngineConfig | None = None):
        self.config = config or EngineConfig()
        self.items: list[Item] = list(items)
        if not self.items:
            raise ValueError("the knowledge base has no items")
        self._ids = [it.id for it in self.items]
        q_docs: list[str] = []
        self._q_owner: list[int] = []
        for i, it in enumerate(self.items):
            for text in _question_texts(it):
                q_docs.append(text)
                self._q_owner.append(i)
        a_docs = [normalize(_URL.sub(" ", it.answer)) for it in self.items]
        c_docs = [normalize(f"{it.category} {it.subcategory}") for it in self.items]
        self._vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True, min_df=1)
        self._vec.fit(q_docs + a_docs + c_docs)
        self._q = self._vec.transform(q_docs)
        self._a = self._vec.transform(a_docs)
        self._c = self._vec.transform(c_docs)
        self._q_texts = q_docs
        self._q_owner_arr = np.array(self._q_owner)

    def scores(self, question: str, context: str = "") -> np.ndarray:
        """One combined score per item, in knowledge-base order."""
        cfg = self.config
        q = normalize(question)
        qv = self._vec.transform([q])
        q_sim = (self._q @ qv.T).toarray().ravel()
        per_item_q = np.zeros(len(self.items))
        np.maximum.at(per_item_q, self._q_owner_arr, q_sim)
        a_sim = (self._a @ qv.T).toarray().ravel()
        cv = self._vec.transform([normalize(f"{context} {question}")])
        c_sim = (self._c @ cv.T).toarray().ravel()
        fz = np.zeros(len(self.items))
        for j, text in enumerate(self._q_texts):
            owner = self._q_owner[j]
            fz[owner] = max(fz[owner], fuzz.ratio(q, text) / 100.0)
        return cfg.w_question * per_item_q + cfg.w_answer * a_sim + cfg.w_context * c_sim + cfg.w_fuzzy * fz

    def match(self, question: str, context: str = "") -> Match:
        cfg = self.config
        s = self.scores(question, context)
        order = np.argsort(-s)
        best, second = float(s[order[0]]), float(s[order[1]]) if len(order) > 1 else 0.0
        confidence = _sigmoid(cfg.slope * (best - cfg.centre) + cfg.margin_weight * (best - second))
        if confidence >= cfg.auto_threshold:
            status = "auto"
        elif confidence >= cfg.review_threshold:
            status = "review"
        else:
            status = "none"
        alternatives = tuple(Candidate(self._ids[i], round(float(s[i]), 4)) for i in order[1 : cfg.top_n])
        return Match((self._ids[order[0]],), round(confidence, 4), status, alternatives)

    def match_many(self, questions: Sequence[tuple[str, str]]) -> list[Match]:
        return [self.match(q, c) for q, c in questions]


def _question_texts(item: Item) -> list[str]:
    texts = [item.question, *(v.text for v in item.variants)]
    if item.question_en:
        texts.append(item.question_en)
    out = []
    for t in texts:
        n = normalize(t)
        if len(n) <= 6:  # a bare label such as 全般: its meaning is in the category
            n = normalize(f"{item.category} {item.subcategory} {t}")
        if n:
            out.append(n)
    return out


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
