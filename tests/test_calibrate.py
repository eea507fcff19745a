"""Fitting the engine on labelled questionnaires: folds, thresholds, the command."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
from click.testing import CliRunner

from matcher.calibrate import choose_thresholds, labelled_samples
from matcher.cli import main
from matcher.engine_io import load_engine
from tests.conftest import EXAMPLES


def test_auto_is_the_lowest_confidence_that_reaches_the_target_precision():
    # ten answers at 0.50-0.59 with two wrong, ten at 0.80-0.89 all right
    confidence = np.concatenate([np.linspace(0.50, 0.59, 10), np.linspace(0.80, 0.89, 10)])
    right = np.array([False, True, False] + [True] * 17)
    autoable = np.ones(20, bool)
    auto, review = choose_thresholds(confidence, autoable, right, right.copy(), 0.99)
    assert auto == 0.53  # from 0.53 up every answer is right
    assert review <= auto
    auto_90, _ = choose_thresholds(confidence, autoable, right, right.copy(), 0.90)
    assert auto_90 == 0.30  # 18 of 20 right already meets 90%: the grid's floor


def test_a_folder_is_one_fold(tmp_path):
    for name in ("writer_a", "writer_b"):
        shutil.copytree(EXAMPLES / "tune" / "round4_en", tmp_path / name)
    samples = labelled_samples(tmp_path)
    assert {s.group for s in samples} == {str(tmp_path / "writer_a"), str(tmp_path / "writer_b")}
    assert {s.source for s in samples} == {p.name for p in (EXAMPLES / "tune" / "round4_en").glob("*.xlsx")}


def test_calibrate_writes_a_model_the_engine_then_uses(tmp_path, kb):
    folder = tmp_path / "labelled"
    for name in ("round4_en", "round4_jp", "round4_mixed"):  # three writers: three folds
        shutil.copytree(EXAMPLES / "tune" / name, folder / name)
    before = (kb / "engine.yaml").read_bytes()
    dry = CliRunner().invoke(main, ["calibrate", str(folder), "--kb", str(kb), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith("fitted on 265 questions (47 without an answer)")
    assert (kb / "engine.yaml").read_bytes() == before
    done = CliRunner().invoke(main, ["calibrate", str(folder), "--kb", str(kb), "--precision", "0.95"])
    assert done.exit_code == 0, done.output
    model = load_engine(kb).model
    assert f"thresholds: auto >= {model.auto_threshold}, review >= {model.review_threshold}" in done.output
    assert 0.3 <= model.review_threshold <= model.auto_threshold <= 0.99
    assert abs(sum(model.rank_weights.values()) - 1.0) < 1e-3  # weights are shares


def test_calibrate_needs_labelled_questions(tmp_path, kb):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["calibrate", str(tmp_path / "empty"), "--kb", str(kb)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    missing = CliRunner().invoke(main, ["calibrate", str(tmp_path / "nowhere"), "--kb", str(kb)])
    assert (missing.exit_code, missing.output.strip()) == (1, f"Error: {tmp_path / 'nowhere'}: no such file or folder")
