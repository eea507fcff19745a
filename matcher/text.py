"""Text normalisation for questions as customers write them. Pure functions, no IO."""
from __future__ import annotations

import re
import unicodedata

# Numbering in front of a question: Q1. / 1-2 / (3) / ① / No.5 / A.1.2 / 第3条 / 1) / [4]
_NUMBERING = re.compile(
    r"""^\s*(?:
        (?:q|no|問|質問|設問|項目)\s*[.:：]?\s*\d+(?:[-.]\d+)*\s*[.:：)\]、]?   # Q1. No.5 問3
      | [\(\[（【]\s*[0-9a-z]{1,4}\s*[\)\]）】]                              # (3) [a] 【4】
      | [a-z]{1,3}[-.]\d+(?:[-.]\d+)*(?:[.:)]|\s)                            # A.1.2 AC-3
      | \d+(?:[-.]\d+)*(?:\s*[.:)、．]|\s)                                   # 1-2 1.2.3 4) 5. (not 2段階)
      | 第\s*\d+\s*[章節条項]
      | [\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]                           # ①..⑳ ㉑..
      | [・●■□◆◇▼▶※-]
    )\s*""",
    re.VERBOSE,
)

# Polite and requirement endings that carry no meaning for matching. Longest first.
_ENDINGS = sorted(
    [
        "していますか", "しているか", "していること", "されていますか", "されているか", "されていること",
        "ていますか", "ているか", "ていること", "ありますか", "あるか", "あること", "できますか", "できるか",
        "できること", "でしょうか", "ですか", "ますか", "をご記入ください", "をご回答ください", "を記入してください",
        "を教えてください", "について教えてください", "についてご記入ください", "についてご回答ください",
        "ご記入ください", "ご回答ください", "記入してください", "教えてください", "ください", "すること",
        "していること", "を実施している", "を実施していること", "を行っている", "を行っていること",
        "しているかどうか", "かどうか", "について", "ですか", "か", "こと", "する", "している",
        "が望ましい", "ことが望ましい",
    ],
    key=len,
    reverse=True,
)
_CIRCLED = re.compile(r"^\s*[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")
_TRAILING_PUNCT = "?？。.．!！、,:：;； \u3000"


def nfkc(text: str) -> str:
    """NFKC folds full-width letters and digits and Kangxi-radical look-alikes (⽅ → 方)."""
    return unicodedata.normalize("NFKC", text or "")


def normalize(text: str) -> str:
    """Canonical form for matching: NFKC, lower case, one space, no numbering, no polite ending."""
    t = nfkc(_CIRCLED.sub("", text or "", count=1)).lower()  # before NFKC turns ① into 1
    t = re.sub(r"\s+", " ", t).strip()
    for _ in range(2):  # "Q1. (a) ..." has two layers of numbering
        stripped = _NUMBERING.sub("", t, count=1)
        if stripped == t or not stripped:
            break
        t = stripped
    t = t.rstrip(_TRAILING_PUNCT)
    for end in _ENDINGS:
        if t.endswith(end) and len(t) > len(end) + 2:
            t = t[: -len(end)]
            break
    return t.rstrip(_TRAILING_PUNCT).strip()


def is_blank(text: str | None) -> bool:
    return not (text or "").strip()


_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def is_japanese(text: str) -> bool:
    return bool(_JAPANESE.search(text or ""))
