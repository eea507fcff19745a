"""The meaning signal: loaded from the installed package alone, and finding an item by meaning."""
import socket

import numpy as np
import pytest
import requests

from matcher import semantic
from matcher.engine import FEATURES, Engine
from matcher.synonyms import Synonyms
from matcher.types import Item

ITEMS = [
    Item(1, "Are the servers redundant?", "Yes: every server has a standby in another zone."),
    Item(2, "Do you train staff on security?", "Yes, every employee once a year."),
    Item(3, "Is data encrypted at rest?", "Yes, with AES-256."),
    Item(4, "How long are access logs kept?", "Three years."),
]


def test_the_embedding_model_loads_without_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to reach the network")

    monkeypatch.setattr(requests.Session, "request", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    semantic._model.cache_clear()
    try:
        vectors = semantic.embed(["Are the servers redundant?"])
    finally:
        semantic._model.cache_clear()  # later tests load it again, unpatched
    assert vectors.shape == (1, semantic.DIM)
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-4)


def test_a_blank_text_has_no_direction():
    vectors = semantic.embed(["", "   ", "Backups"])
    assert not vectors[0].any() and not vectors[1].any()
    assert np.linalg.norm(vectors[2]) == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    "question",
    ["Will one broken machine take the whole service offline?", "If a single machine breaks, does everything stop?"],
)
def test_the_meaning_signal_finds_the_item_asked_about_when_no_word_is_shared(question):
    engine = Engine(ITEMS, Synonyms())
    meaning = engine.signals(question)[:, FEATURES.index("q_sem")]
    assert engine.items[int(np.argmax(meaning))].id == 1
    assert meaning[0] > 1.5 * np.sort(meaning)[-2]  # clearly, not by a hair
