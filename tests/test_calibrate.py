"""Fitting the engine on labelled questionnaires: folds, thresholds, the command."""
from __future__ import annotations

import shutil
import stat

import numpy as np
from click.testing import CliRunner

from matcher.calibrate import choose_thresholds, labelled_samples
from matcher.cli import main
from matcher.engine import CONFIDENCE_FEATURES
from matcher.engine_io import load_engine
from tests.conftest import EXAMPLES, ordinary_file_mode


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
    # three writers (three folds) in two folders given together
    for folder, names in (("set_a", ("round4_en", "round4_jp")), ("set_b", ("round4_mixed",))):
        for name in names:
            shutil.copytree(EXAMPLES / "tune" / name, tmp_path / folder / name)
    folders = [str(tmp_path / "set_a"), str(tmp_path / "set_b")]
    before = (kb / "engine.yaml").read_bytes()
    dry = CliRunner().invoke(main, ["calibrate", *folders, "--kb", str(kb), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith("fitted on 265 questions (47 without an answer)")
    assert (kb / "engine.yaml").read_bytes() == before
    done = CliRunner().invoke(main, ["calibrate", *folders, "--kb", str(kb), "--precision", "0.95"])
    assert done.exit_code == 0, done.output
    model = load_engine(kb).model
    assert (
        f"thresholds: auto >= {model.auto_threshold} (English: >= {model.auto_threshold_latin}), "
        f"review >= {model.review_threshold}"
    ) in done.output
    assert 0.05 <= model.review_threshold <= model.auto_threshold <= 0.99  # the grids' floors
    assert model.auto_threshold_latin is not None and model.review_threshold <= model.auto_threshold_latin <= 0.99
    assert abs(sum(model.rank_weights.values()) - 1.0) < 1e-3  # weights are shares
    assert set(model.confidence_weights) == set(CONFIDENCE_FEATURES)  # every input, leads included, saved and read back
    assert stat.S_IMODE((kb / "engine.yaml").stat().st_mode) == ordinary_file_mode()  # not mkstemp's 0600


def test_english_questions_have_their_own_auto_threshold(kb):
    from dataclasses import replace

    engine = load_engine(kb)
    ja, en = "二段階認証に対応していますか", "Do you support two-factor authentication for users?"
    conf_ja, conf_en = engine.match(ja).confidence, engine.match(en).confidence
    strict_en = engine.with_model(replace(engine.model, auto_threshold=0.3, auto_threshold_latin=min(conf_en + 0.001, 1.0)))
    assert strict_en.match(ja).status == "auto" and conf_ja >= 0.3
    assert strict_en.match(en).status == "review"
    same = engine.with_model(replace(engine.model, auto_threshold=0.3, auto_threshold_latin=None))
    assert same.match(en).status == "auto"


def test_calibrate_needs_labelled_questions(tmp_path, kb):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["calibrate", str(tmp_path / "empty"), "--kb", str(kb)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    missing = CliRunner().invoke(main, ["calibrate", str(tmp_path / "nowhere"), "--kb", str(kb)])
    assert (missing.exit_code, missing.output.strip()) == (1, f"Error: {tmp_path / 'nowhere'}: no such file or folder")
