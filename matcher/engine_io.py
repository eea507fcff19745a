"""Loading and saving the engine's fitted model, and building an engine from a knowledge-base folder."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from matcher import atomic
from matcher.engine import CONFIDENCE_FEATURES, FEATURES, Engine, Model, Preparer
from matcher.errors import KnowledgeError
from matcher.knowledge import default_kb_path, items_file, load_kb, read_yaml, validate_kb

MODEL_FILE = "engine.yaml"
CUES_FILE = "cues.yaml"


def load_engine(kb_path: Path | None = None) -> Engine:
    """The knowledge base, its synonyms and its fitted model, ready to match.

    Fitting takes seconds with thousands of learned wordings, so the fitted engine is kept in a
    cache (see :func:`cache_folder`) under a key made of every file it is built from and of the
    code that builds it: any edit to the knowledge base, or a new version, fits it afresh.
    """
    from matcher.synonyms import load_synonyms

    items = _items(kb_path)
    folder = items.parent
    key = _cache_key(items, folder)
    engine = _read_cache(key)
    if engine is not None:  # validated when it was fitted; the key holds items.yaml's every byte
        return engine
    kb = load_kb(kb_path)
    problems = validate_kb(kb)
    if problems:  # never answer from an item with no answer or an unknown mark
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise KnowledgeError(f"{problems[0]}{more}; run `matcher kb validate` for the list")
    engine = Engine(kb.items, load_synonyms(folder), load_model(folder), load_cues(folder))
    _write_cache(key, engine)
    return engine


CACHE_ENV = "MATCHER_CACHE_DIR"
_CACHE_KEEP = 4  # fitted engines kept: a few knowledge bases (or versions) side by side


def cache_folder() -> Path | None:
    """``$MATCHER_CACHE_DIR``, else ``$XDG_CACHE_HOME/matcher`` or ``~/.cache/matcher``; an empty
    ``$MATCHER_CACHE_DIR`` turns the cache off. It holds only the vendor's knowledge base, fitted."""
    if CACHE_ENV in os.environ:
        value = os.environ[CACHE_ENV].strip()
        return Path(value) if value else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "matcher"


_FITTED_BY = (
    "scikit-learn", "numpy", "scipy", "rapidfuzz", "sudachipy", "sudachidict-core", "snowballstemmer", "wordllama",
)


def _cache_key(items: Path, folder: Path) -> str:
    import hashlib
    import sys
    from importlib import metadata

    import matcher
    from matcher.synonyms import SYNONYMS_FILE

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "-"

    h = hashlib.sha256()
    h.update(" ".join([matcher.__version__, sys.version, *map(version, _FITTED_BY)]).encode())
    code = Path(__file__).parent
    for path in (items, *(folder / n for n in (MODEL_FILE, CUES_FILE, SYNONYMS_FILE)),
                 *(code / n for n in ("engine.py", "semantic.py", "text.py", "synonyms.py", "types.py"))):
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"-")
    return h.hexdigest()[:32]


def _read_cache(key: str) -> Engine | None:
    import pickle

    folder = cache_folder()
    path = folder / f"engine-{key}.pickle" if folder else None
    if path is None or not path.exists():
        return None
    try:
        with open(path, "rb") as f:
            engine = pickle.load(f)  # written by _write_cache below, in the user's own cache
        os.utime(path)  # most recently used: kept longest
    except Exception:  # a damaged or foreign file: fit afresh, it is overwritten
        return None
    return engine if isinstance(engine, Engine) else None


def _write_cache(key: str, engine: Engine) -> None:
    """Best effort: a cache that cannot be written only costs the next run its fitting time."""
    import pickle

    folder = cache_folder()
    if folder is None:
        return
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".engine-", dir=folder)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(engine, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"engine-{key}.pickle")
        tmp = None
        kept = sorted(folder.glob("engine-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in kept[_CACHE_KEEP:]:
            stale.unlink(missing_ok=True)
    except Exception:  # full disk, read-only home, ...: matching goes on
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def load_preparer(kb_path: Path | None = None) -> Preparer:
    """The engine's text preparation (normalising, synonyms) without fitting an engine: enough to
    learn a wording, which is compared with the item's others as the engine will see it."""
    from matcher.synonyms import load_synonyms

    return Preparer(load_synonyms(_items(kb_path).parent))


def _items(kb_path: Path | None) -> Path:
    return items_file(kb_path if kb_path is not None else default_kb_path())


def load_cues(folder: Path) -> tuple[str, ...]:
    """Review cues from ``cues.yaml`` (see that file); none when it does not exist."""
    path = Path(folder) / CUES_FILE
    if not path.exists():
        return ()
    doc = read_yaml(path, round_trip=False)
    cues = doc.get("review") if isinstance(doc, dict) else None
    if not isinstance(cues, list):
        raise KnowledgeError(f"{path}: expected 'review:' holding a list of words")
    return tuple(str(c) for c in cues if str(c).strip())



_HEADER = """\
# Engine weights, confidence and thresholds, fitted on the labelled examples in examples/tune and
# examples/real by `matcher calibrate` (see the README, "Matching quality"). Hand edits are
# possible but a refit overwrites them.
#   rank_weights        how much each similarity signal counts when ranking items
#   confidence_*        logistic model: P(best item is right) from the best item's signals and
#                       its lead over the runner-up on each (NAME_lead)
#   auto_threshold      confidence at or above which an answer is written without a human
#   auto_threshold_latin  the same for questions written mostly in Latin letters (English)
#   review_threshold    below it the question is `none` (no item fits)
#   pair_*              when a question joining two topics gets two items (set by hand, not fitted)
"""


def model_path(kb_path: Path | None) -> Path | None:
    if kb_path is None:
        return None
    p = Path(kb_path)
    return (p.parent if p.is_file() else p) / MODEL_FILE


def load_model(kb_path: Path | None) -> Model:
    path = model_path(kb_path)
    if path is None or not path.exists():
        return Model()
    doc = read_yaml(path, round_trip=False)
    try:
        return Model(
            rank_weights={str(k): float(v) for k, v in doc["rank_weights"].items()},
            confidence_weights={str(k): float(v) for k, v in doc["confidence_weights"].items()},
            confidence_bias=float(doc["confidence_bias"]),
            auto_threshold=float(doc["auto_threshold"]),
            auto_threshold_latin=None if doc.get("auto_threshold_latin") is None else float(doc["auto_threshold_latin"]),
            review_threshold=float(doc["review_threshold"]),
            pair_confidence=float(doc.get("pair_confidence", Model().pair_confidence)),
            pair_cover=float(doc.get("pair_cover", Model().pair_cover)),
            pair_top=int(doc.get("pair_top", Model().pair_top)),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise KnowledgeError(f"{path}: not a valid engine file ({e})") from None


def save_model(model: Model, kb_path: Path) -> Path:
    path = model_path(kb_path)
    assert path is not None
    lines = [_HEADER, "rank_weights:"]
    lines += [f"  {k}: {model.rank_weights.get(k, 0.0)}" for k in FEATURES]
    lines.append("confidence_weights:")
    lines += [f"  {k}: {model.confidence_weights.get(k, 0.0)}" for k in CONFIDENCE_FEATURES]
    lines += [
        f"confidence_bias: {model.confidence_bias}",
        f"auto_threshold: {model.auto_threshold}",
        *([f"auto_threshold_latin: {model.auto_threshold_latin}"] if model.auto_threshold_latin is not None else []),
        f"review_threshold: {model.review_threshold}",
        f"pair_confidence: {model.pair_confidence}",
        f"pair_cover: {model.pair_cover}",
        f"pair_top: {model.pair_top}",
    ]
    atomic.write_text(path, "\n".join(lines) + "\n")
    return path
