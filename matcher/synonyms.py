"""Domain vocabulary: rewriting each synonym to its group's first term before matching.

The groups live in ``knowledge/synonyms.yaml`` (data, edited by people); this module only
compiles them. Applied to questions and knowledge-base text alike, so both sides meet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


from matcher.errors import KnowledgeError
from matcher.text import nfkc

SYNONYMS_FILE = "synonyms.yaml"


def _fold(term: str) -> str:
    return re.sub(r"\s+", " ", nfkc(str(term)).lower()).strip()


@dataclass(frozen=True)
class Synonyms:
    groups: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        canonical: dict[str, str] = {}
        for group in self.groups:
            for term in group:
                canonical.setdefault(term, group[0])
        object.__setattr__(self, "_canonical", canonical)
        if not canonical:
            object.__setattr__(self, "_pattern", None)
            return
        parts = []
        for term in sorted(canonical, key=len, reverse=True):
            escaped = re.escape(term)
            # Latin terms only as whole words; Japanese has no spaces to anchor on.
            if re.match(r"^[a-z0-9]", term):
                escaped = r"(?<![a-z0-9])" + escaped
            if re.search(r"[a-z0-9]$", term):
                escaped = escaped + r"(?![a-z0-9])"
            parts.append(escaped)
        object.__setattr__(self, "_pattern", re.compile("|".join(parts)))

    def apply(self, text: str) -> str:
        """``text`` (already NFKC + lower case) with every synonym replaced by its canonical term."""
        pattern = self._pattern  # type: ignore[attr-defined]
        if pattern is None:
            return text
        canonical = self._canonical  # type: ignore[attr-defined]
        return pattern.sub(lambda m: canonical[m.group(0)], text)

    def terms_in(self, text: str) -> list[str]:
        """Canonical terms that occur in ``text`` (for explaining a match)."""
        pattern = self._pattern  # type: ignore[attr-defined]
        if pattern is None:
            return []
        canonical = self._canonical  # type: ignore[attr-defined]
        return list(dict.fromkeys(canonical[m.group(0)] for m in pattern.finditer(text)))


def load_synonyms(kb_folder: Path | None) -> Synonyms:
    """Synonym groups from ``kb_folder/synonyms.yaml``; none when the file does not exist."""
    if kb_folder is None:
        return Synonyms()
    path = Path(kb_folder)
    if path.is_file():
        path = path.parent
    path = path / SYNONYMS_FILE
    if not path.exists():
        return Synonyms()
    from matcher.knowledge import read_yaml

    doc = read_yaml(path, round_trip=False)
    groups = doc.get("groups") if isinstance(doc, dict) else None
    if not isinstance(groups, list) or not all(isinstance(g, list) and g for g in groups):
        raise KnowledgeError(f"{path}: expected 'groups:' holding lists of terms")
    return Synonyms(tuple(tuple(dict.fromkeys(_fold(t) for t in g if str(t).strip())) for g in groups))
