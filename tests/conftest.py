from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = SHARED / "seeds" / "000_306a6eb53a12da80.txt"
EXAMPLES = REPO / "examples"

CAIQ_V4 = CORPUS / "caiq-v4.0.3-official" / "CAIQv4.0.3_STAR-Security-Questionnaire_Generated-at_2024-06-03.xlsx"
CAIQ_V3 = CORPUS / "caiq-v3-metanorma" / "csa-caiq-v3.0.1-09-01-2017.xlsx"
HECVAT = CORPUS / "hecvat-4.1.4" / "HECVAT414.xlsx"


def libreoffice_convert(path: Path, outdir: Path, to: str = "pdf") -> Path:
    """Convert with LibreOffice headless (installed by `make test`) and return the output file.

    A private profile per call: parallel runs do not share LibreOffice's lock.
    """
    import subprocess

    profile = outdir / "lo-profile"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", to, "--outdir", str(outdir), str(path)],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr
    # a single exported sheet is named STEM-SHEET.csv
    found = sorted(outdir.glob(f"{Path(path).stem}*.{to.split(':')[0]}"))
    assert found and found[0].stat().st_size > 0, (done.stdout, done.stderr)
    return found[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def _private_engine_cache(tmp_path_factory):
    """Fitted engines go to a cache of this run's own, never the user's (subprocesses inherit it)."""
    before = os.environ.get("MATCHER_CACHE_DIR")
    os.environ["MATCHER_CACHE_DIR"] = str(tmp_path_factory.mktemp("engine-cache"))
    yield
    if before is None:
        os.environ.pop("MATCHER_CACHE_DIR", None)
    else:
        os.environ["MATCHER_CACHE_DIR"] = before


@pytest.fixture
def kb(tmp_path) -> Path:
    """A private copy of the bundled knowledge base: tests that learn or fingerprint it never touch the repo's."""
    folder = tmp_path / "kb"
    folder.mkdir()
    for path in (REPO / "knowledge").glob("*.yaml"):
        shutil.copy2(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def engine():
    """The bundled knowledge base with its synonyms, review cues and fitted model."""
    from matcher.engine_io import load_engine

    return load_engine()


@pytest.fixture(scope="session")
def eager_engine(engine):
    """The bundled engine with `auto` from confidence 0.5: the writer's tests on real standard
    questionnaires need written answers, and today's thresholds write few or none there."""
    from dataclasses import replace

    return engine.with_model(replace(engine.model, auto_threshold=0.5, auto_threshold_latin=0.5))


def ordinary_file_mode() -> int:
    """The mode a new file gets under the current umask (what users expect of an output)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
