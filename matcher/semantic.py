"""Meaning that shared words miss: WordLlama's static token embeddings.

"Will one broken machine take the whole service offline?" shares no word with "Are the servers
redundant?", yet their cosine is 0.27 against 0.13 for "Do you train staff on security?": the
tokens sit near each other in an embedding trained for semantic similarity. It was trained mostly
on English; Japanese text falls into smaller pieces, though out of fold it helped there too. The
256-dimension model (16 MB) ships inside the ``wordllama`` wheel and is loaded with downloads
disabled: nothing is fetched at run time.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from matcher.text import nfkc

DIM = 256


@lru_cache(maxsize=1)
def _model():
    from pathlib import Path

    import wordllama

    # The package looks for its bundled tokenizer under "tokenizer/" while the wheel holds it in
    # "tokenizers/", the layout of its cache folder: so the package folder is given as the cache.
    package = Path(wordllama.__file__).parent
    return wordllama.WordLlama.load(config="l2_supercat", dim=DIM, cache_dir=package, disable_download=True)


def embed(texts: Sequence[str]) -> np.ndarray:
    """One unit vector per text (a zero row for a blank one), as float32 rows."""
    folded = [nfkc(t) for t in texts]
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    live = [k for k, t in enumerate(folded) if t.strip()]
    if live:
        vectors = np.asarray(_model().embed([folded[k] for k in live], norm=True), dtype=np.float32)
        out[live] = np.nan_to_num(vectors)
    return out
