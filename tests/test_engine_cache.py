"""The fitted engine is cached: a second run skips fitting, and any edit fits it afresh."""
from __future__ import annotations

import pytest

from matcher.engine import Engine
from matcher.engine_io import load_engine
from matcher.errors import KnowledgeError

QUESTIONS = ["二段階認証に対応していますか", "Is stored data encrypted?", "サイバー保険に加入していますか"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("MATCHER_CACHE_DIR", str(folder))
    return folder


def _no_fitting(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the engine was fitted again")

    monkeypatch.setattr(Engine, "__init__", refuse)


def test_a_second_load_comes_from_the_cache_with_the_same_verdicts(kb, cache, monkeypatch):
    fitted = load_engine(kb)
    assert len(list(cache.glob("engine-*.pickle"))) == 1
    _no_fitting(monkeypatch)
    cached = load_engine(kb)
    assert cached is not fitted
    assert cached.match_many([(q, "") for q in QUESTIONS]) == fitted.match_many([(q, "") for q in QUESTIONS])


@pytest.mark.parametrize("edited", ["items.yaml", "synonyms.yaml", "engine.yaml", "cues.yaml"])
def test_an_edited_knowledge_base_is_fitted_afresh(kb, cache, edited):
    load_engine(kb)
    path = kb / edited
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_engine(kb)
    assert len(list(cache.glob("engine-*.pickle"))) == 2


def test_an_edit_shows_in_the_next_match(kb, cache):
    load_engine(kb)
    items = kb / "items.yaml"
    text = items.read_text(encoding="utf-8")
    old = "利用者アクセスの管理\n    subcategory: ''\n    question: 提供するクラウドサービスにおいて、パスワードに加えた多要素認証の機能を提供すること。"
    assert old in text
    items.write_text(text.replace(old, old.replace("多要素認証の機能", "生体認証の機能")), encoding="utf-8")
    engine = load_engine(kb)
    assert "生体認証" in next(it.question for it in engine.items if it.id == 27)


def test_an_invalid_edit_is_refused_even_after_a_cached_load(kb, cache):
    load_engine(kb)
    items = kb / "items.yaml"
    text = items.read_text(encoding="utf-8")
    first_answer = next(line for line in text.splitlines() if line.startswith("    answer: "))
    items.write_text(text.replace(first_answer, "    answer: ''", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_engine(kb)


def test_a_damaged_cache_file_is_fitted_afresh(kb, cache):
    fitted = load_engine(kb)
    (stored,) = cache.glob("engine-*.pickle")
    stored.write_bytes(b"not a pickle")
    again = load_engine(kb)
    assert again.match(QUESTIONS[0]) == fitted.match(QUESTIONS[0])
    assert stored.read_bytes() != b"not a pickle"  # rewritten


@pytest.mark.parametrize("setting", ["", "file"])
def test_a_disabled_or_unwritable_cache_costs_only_time(kb, tmp_path, monkeypatch, setting):
    if setting == "file":
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        setting = str(blocker / "cache")  # cannot be created under a file
    monkeypatch.setenv("MATCHER_CACHE_DIR", setting)
    assert load_engine(kb).match(QUESTIONS[0]).item_ids == (27,)
    assert not list(tmp_path.rglob("engine-*.pickle"))
