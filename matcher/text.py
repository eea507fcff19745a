"""Text normalisation for questions as customers write them. Pure functions, no IO."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


def is_latin(text: str) -> bool:
    """Written mostly in Latin letters (an English question, or one with a few Japanese words)."""
    letters = [ch for ch in text or "" if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) > len(letters) / 2


# ---------------------------------------------------------------- words

# Parts of speech that carry the topic of a question; the rest (particles, auxiliaries) do not.
_CONTENT_POS = {"名詞", "動詞", "形容詞", "形状詞", "接頭辞", "接尾辞"}
# Words that appear in almost every question and so say nothing about which item is meant.
STOPWORDS = frozenset(
    """
    居る 為る 有る 成る 出来る つく 付く 於る 依る 因る 当たる 行う 実施 対応 場合 こと もの 等 など 及び ため 際 時 方法 内容 状況 有無 記入 回答 確認
    貴社 御社 弊社 当社 本市 本社 利用 使う 使用 提供 ください 下さい 頂く 致す 於く 係る 関する 対する 定める 用いる 持つ
    導入 整備 講じる 設ける 可能 有する 措置 仕組み 適切 十分 必要 各種 全て すべて よう 如何
    do does did you your yours we our is are was were be been the a an of to and or for in on at by with how what
    which who when where please provide describe any all if there this that it its have has can could will would
    should may must not no yes such as from into about per each other than more they them their there use used using
    """.split()
)


@lru_cache(maxsize=1)
def _tokenizer():  # the dictionary ships inside the sudachidict_core package: nothing is downloaded
    from sudachipy import dictionary

    from sudachipy import tokenizer as sudachi_tokenizer

    return dictionary.Dictionary(dict="core").tokenizer(mode=sudachi_tokenizer.Tokenizer.SplitMode.C)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return _stemmer().stemWord(word)


def _word(m) -> str | None:
    """The content word a Sudachi token stands for, or None."""
    surface = m.surface()
    if surface.isascii():
        # Sudachi would spell English words in katakana; keep them, stemmed ("trained" = "training")
        word = surface.lower()
        if word.isalpha() and word not in STOPWORDS:
            word = _stem(word)
    elif m.part_of_speech()[0] in _CONTENT_POS:
        word = m.normalized_form().lower()
    else:
        return None
    if len(word) < 2 or not any(ch.isalnum() for ch in word) or word in STOPWORDS:
        return None
    return word


@lru_cache(maxsize=50_000)
def content_words(text: str) -> tuple[str, ...]:
    """Dictionary forms of the words that carry meaning (SudachiPy, mode C), lower case."""
    if not text:
        return ()
    return tuple(w for w in map(_word, _tokenizer().tokenize(text[:5000])) if w is not None)

