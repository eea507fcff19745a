"""Fitting the engine's weights, confidence and thresholds on labelled questionnaires.

Ranking: a pairwise logistic model on signal differences (right item minus each wrong item),
so the weights say how much each signal separates right from wrong, not a guess.
Confidence: a logistic model of "the best item is right" over the best item's score, its lead
over the runner-up and how much of the question it covers; no-answer questions count as wrong,
which is what teaches the engine to abstain.
Thresholds: ``auto`` is the lowest confidence whose `auto` answers reach the target precision on
the tuning set, chosen apart for questions in Latin letters (English) and the others; ``review``
the level under which the right item is rarely in the top three.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from matcher.engine import CONFIDENCE_FEATURES, FEATURES, Engine, Model
from matcher.text import is_latin


@dataclass(frozen=True)
class Sample:
    question: str
    context: str
    expected: tuple[int, ...]  # () = the knowledge base has no answer
    group: str = ""  # its fold (see matcher.evaluate.fold_of): folds never split one
    source: str = ""  # the questionnaire's file name, as learned wordings record it


def labelled_samples(folder: Path) -> list[Sample]:
    """Every labelled question the reader finds under ``folder``."""
    from matcher.evaluate import fold_of, labelled_files, read_labels
    from matcher.workbook.load import read_questionnaire

    out = []
    for book, labels in labelled_files(Path(folder)):
        found = {(q.sheet, q.row): q for q in read_questionnaire(book).rows}
        for sheet, row, expected, _ in read_labels(labels):
            q = found.get((sheet, row))
            if q is not None:
                out.append(Sample(q.text, q.context, expected, fold_of(book), book.name))
    return out


def fit_model(engine: Engine, samples: Sequence[Sample], target_precision: float = 0.99) -> Model:
    """Weights fitted on all samples; thresholds chosen on out-of-fold verdicts (leave one folder
    out: its wordings and its questions), so that they are set on confidences of questions whose
    writer neither the weights nor the learned wordings have seen."""
    known = set(engine._ids)
    samples = [s for s in samples if all(i in known for i in s.expected)]
    if len({s.group for s in samples}) < 3:  # too few folders to leave one out: one file per fold
        samples = [replace(s, group=s.source) for s in samples]
    groups = sorted({s.group for s in samples})
    # a fold whose wordings the knowledge base learned is seen as if it were new
    unseen = {g: engine.without_sources({s.source for s in samples if s.group == g}) for g in groups}
    by_group = {g: iter(unseen[g].signals_many([(s.question, s.context) for s in samples if s.group == g])) for g in groups}
    signals = [next(by_group[s.group]) for s in samples]
    fitted = _fit_weights(engine, samples, signals)
    verdicts: list[tuple[float, bool, bool, bool]] = []
    latin: list[bool] = []
    for g in groups:
        test = [s for s in samples if s.group == g]
        latin += [is_latin(s.question) for s in test]
        if len(groups) >= 3:
            train = [i for i, s in enumerate(samples) if s.group != g]
            fold = _fit_weights(engine, [samples[i] for i in train], [signals[i] for i in train])
        else:
            fold = fitted
        verdicts += _verdicts(unseen[g].with_model(fold), test)
    confidence, autoable, right, in_top3 = (np.array(x) for x in zip(*verdicts))
    auto_t, review_t = choose_thresholds(confidence, autoable, right, in_top3, target_precision)
    by_script = {}
    for is_en in (False, True):
        part = np.array(latin) == is_en
        if part.sum() >= 50:  # too few questions in one script: the shared threshold stands
            by_script[is_en] = choose_thresholds(confidence[part], autoable[part], right[part], in_top3[part], target_precision)[0]
    auto_ja, auto_en = by_script.get(False, auto_t), by_script.get(True, auto_t)
    return replace(
        fitted,
        auto_threshold=auto_ja,
        auto_threshold_latin=auto_en,
        review_threshold=min(review_t, auto_ja, auto_en),  # what may be `auto` is never `none`
    )


def _fit_weights(engine: Engine, samples: Sequence[Sample], signals: Sequence[np.ndarray]) -> Model:
    rank = _fit_rank(engine, samples, signals)
    ranked = engine.with_model(replace(engine.model, rank_weights=rank))
    conf_weights, bias = _fit_confidence(ranked, samples, signals)
    return replace(engine.model, rank_weights=rank, confidence_weights=conf_weights, confidence_bias=bias)


def _verdicts(engine: Engine, samples: Sequence[Sample]) -> list[tuple[float, bool, bool, bool]]:
    """(confidence, may be auto, right, right item in top three) per sample, as users will see it."""
    probe = engine.with_model(replace(engine.model, auto_threshold=0.0, auto_threshold_latin=0.0))
    out = []
    for sample, m in zip(samples, probe.match_many([(s.question, s.context) for s in samples])):
        ranked = list(m.item_ids) + [c.item_id for c in m.alternatives]
        out.append(
            (
                m.confidence,
                m.status == "auto",  # false when a review cue holds it back
                bool(sample.expected) and m.item_ids == sample.expected,
                bool(sample.expected) and sample.expected[0] in ranked[:3],
            )
        )
    return out


def _fit_rank(engine: Engine, samples: Sequence[Sample], signals: Sequence[np.ndarray]) -> dict[str, float]:
    ids = engine._ids
    diffs = []
    for s, sig in zip(samples, signals):
        if not s.expected:
            continue
        positives = [ids.index(i) for i in s.expected]
        for p in positives:
            for n in range(len(ids)):
                if n not in positives:
                    diffs.append(sig[p] - sig[n])
    X = np.array(diffs)
    X = np.vstack([X, -X])
    y = np.concatenate([np.ones(len(diffs)), np.zeros(len(diffs))])
    clf = LogisticRegression(fit_intercept=False, C=1.0, max_iter=2000)
    clf.fit(X, y)
    w = clf.coef_[0]
    w = np.maximum(w, 0.0)  # a similarity never counts against an item
    scale = w.sum() or 1.0
    return {f: round(float(v / scale), 4) for f, v in zip(FEATURES, w)}


def _fit_confidence(engine: Engine, samples: Sequence[Sample], signals: Sequence[np.ndarray]) -> tuple[dict[str, float], float]:
    X, y = [], []
    for s, sig in zip(samples, signals):
        scores = engine._rank(sig)
        order = np.argsort(-scores, kind="stable")
        inputs = engine.confidence_inputs(sig, scores, order)
        X.append([inputs[k] for k in CONFIDENCE_FEATURES])
        y.append(1 if s.expected and engine._ids[order[0]] == s.expected[0] else 0)
    clf = LogisticRegression(C=10.0, max_iter=2000)
    clf.fit(np.array(X), np.array(y))
    weights = {k: round(float(v), 4) for k, v in zip(CONFIDENCE_FEATURES, clf.coef_[0])}
    return weights, round(float(clf.intercept_[0]), 4)


def choose_thresholds(
    confidence: np.ndarray, autoable: np.ndarray, right: np.ndarray, in_top3: np.ndarray, target_precision: float
) -> tuple[float, float]:
    """(auto, review): auto = the lowest level whose `auto` rows meet the target precision;
    review = the highest level that still keeps 97% of the rows whose right item is in the top three."""
    grid = np.round(np.arange(0.30, 0.991, 0.01), 2)
    auto_t = 0.99
    for t in grid:
        chosen = (confidence >= t) & autoable
        if chosen.sum() == 0:
            break
        if right[chosen].mean() >= target_precision:
            auto_t = float(t)
            break
    review_t = 0.05
    keep = in_top3.sum()
    for t in np.round(np.arange(0.05, auto_t, 0.01), 2):
        if keep and (in_top3 & (confidence >= t)).sum() / keep >= 0.97:
            review_t = float(t)
    return auto_t, review_t
