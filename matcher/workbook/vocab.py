"""Answer vocabularies: how a sheet spells the canonical marks ○ × △ －.

A customer's mark column accepts its own words (○ vs 〇, はい, Yes, 対応済, 有 …). We translate
the knowledge base's canonical mark into the exact string that column accepts, or report that
it has no counterpart, so a dropdown never receives a value it would reject.
"""
from __future__ import annotations

import re

from matcher.text import nfkc

# Each canonical mark and the words customers use for it. Compared after NFKC + lower case.
MARK_WORDS: dict[str, tuple[str, ...]] = {
    "○": (
        "○", "〇", "◯", "●", "◎", "はい", "yes", "y", "有", "あり", "有り", "対応済", "対応済み", "対応",
        "対応している", "対応可", "実施", "実施済", "実施済み", "実施している", "済", "✓", "✔", "☑", "■",
        "可", "適合", "true", "compliant", "fully compliant", "comply", "complies", "fully comply", "implemented",
        "fully implemented", "in place", "導入済", "導入済み", "している", "定めている",
    ),
    "×": (
        "×", "✕", "✖", "x", "いいえ", "no", "n", "無", "なし", "無し", "未対応", "未実施", "不可", "非対応",
        "実施していない", "していない", "不適合", "false", "non-compliant", "non compliant", "not compliant", "not comply",
        "does not comply", "not implemented", "not in place", "未導入", "□",
    ),
    "△": (
        "△", "▲", "一部", "一部対応", "一部実施", "一部対応済", "部分的", "部分的に対応", "partial", "partially",
        "partially implemented", "partially compliant", "partially comply", "partly", "planned", "in progress", "対応予定",
        "実施予定", "検討中", "予定", "計画中", "条件付き", "条件付",
    ),
    "－": (
        "－", "-", "―", "ー", "‐", "—", "n/a", "na", "not applicable", "該当なし", "対象外", "非該当", "該当しない",
        "適用外", "不要", "does not apply",
    ),
}

_WORD_TO_MARK = {nfkc(w).lower(): mark for mark, words in MARK_WORDS.items() for w in words}
# "x" is also a tick ("put x in the column that applies"); as a value of a mark list it means ×.
_SPLIT = re.compile(r"\s*[/／・,、，|｜]\s*|\s+or\s+|\s+")


def mark_of(value: str, strict: bool = False) -> str | None:
    """The canonical mark a cell value or vocabulary entry stands for, if any.

    Accepts entries that start with a mark word, as in "○：実施している" or "Yes - see notes";
    ``strict`` accepts only the bare word (for telling a tick-column header from 「対応状況」).
    """
    v = nfkc(value or "").strip().lower()
    if not v:
        return None
    if v in _WORD_TO_MARK:
        return _WORD_TO_MARK[v]
    if strict:
        return None
    head = re.split(r"[\s:：(（\-－・]", v, maxsplit=1)[0]
    if head and head in _WORD_TO_MARK:
        return _WORD_TO_MARK[head]
    # "対応済です", "実施しています": a known word followed by a polite tail
    for word in sorted(_WORD_TO_MARK, key=len, reverse=True):
        if len(word) >= 2 and v.startswith(word) and len(v) <= len(word) + 6:
            return _WORD_TO_MARK[word]
    return None


def marks_in(vocabulary: tuple[str, ...] | list[str]) -> dict[str, str]:
    """canonical mark -> the first vocabulary entry that spells it."""
    out: dict[str, str] = {}
    for entry in vocabulary:
        mark = mark_of(entry)
        if mark and mark not in out:
            out[mark] = entry
    return out


def is_mark_vocabulary(vocabulary: tuple[str, ...] | list[str]) -> bool:
    """True when most entries are marks (a Yes/No/NA list), false for e.g. an ownership list."""
    if not vocabulary:
        return False
    hits = sum(1 for v in vocabulary if mark_of(v))
    return hits >= 2 and hits * 2 >= len(vocabulary)


def vocabulary_from_header(header: str) -> tuple[str, ...]:
    """Marks spelled out in a header such as 「回答（○/×/△）」 or 「はい・いいえ」."""
    inner = re.findall(r"[（(\[【]([^）)\]】]+)[）)\]】]", header)
    candidates = inner if inner else [header]
    out: list[str] = []
    for chunk in candidates:
        parts = [p for p in _SPLIT.split(chunk) if p]
        marks = [p for p in parts if mark_of(p)]
        if len(marks) >= 2:
            out.extend(marks)
    return tuple(dict.fromkeys(out))


def spell(mark: str, vocabulary: tuple[str, ...], default_japanese: bool = True) -> str | None:
    """The string to write for ``mark`` in a cell whose accepted values are ``vocabulary``.

    With no vocabulary the canonical mark is written (Japanese sheets) or Yes/No/Partial/N/A.
    Returns None when the vocabulary has no counterpart: the caller must not write.
    """
    if not mark:
        return None
    if vocabulary:
        return marks_in(vocabulary).get(mark)
    if default_japanese:
        return mark
    return {"○": "Yes", "×": "No", "△": "Partial", "－": "N/A"}.get(mark)
