"""Shared types: what the reader, the engine, the writer and the reports pass to each other."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["auto", "review", "none"]
SlotKind = Literal["mark", "text", "tick", "combined"]

# Canonical 実施 marks in the knowledge base: done / not done / partly / not applicable.
MARKS: tuple[str, ...] = ("○", "×", "△", "－")


@dataclass(frozen=True)
class Variant:
    """Another wording of an item's question, with where it came from."""

    text: str
    source: str = ""
    added: str = ""  # ISO date


@dataclass(frozen=True)
class Item:
    """One canonical question with its approved answer."""

    id: int
    question: str
    answer: str
    mark: str = "○"
    category: str = ""
    subcategory: str = ""
    question_en: str = ""
    answer_en: str = ""
    variants: tuple[Variant, ...] = ()


@dataclass(frozen=True)
class AnswerSlot:
    """A cell of a question row that takes (part of) the answer.

    kind: ``mark`` takes one value of ``vocabulary`` (a dropdown or a ○/× column),
    ``text`` takes the approved answer text, ``tick`` is one of several columns
    (Yes / No / N/A) where ``meaning`` is the canonical mark this column stands for,
    ``combined`` is a sheet's only answer column and takes the mark and the text together.
    """

    ref: str  # A1-style cell reference
    kind: SlotKind
    header: str = ""
    vocabulary: tuple[str, ...] = ()
    meaning: str = ""  # for tick columns: the canonical mark (○, ×, △, －)
    current: str = ""  # what the cell already holds


@dataclass(frozen=True)
class QuestionRow:
    """One question found in a customer's workbook."""

    sheet: str
    row: int
    text: str
    ref: str  # cell holding the question text
    context: str = ""  # section / category headings above or beside it
    qid: str = ""  # the customer's own number for the question, if any
    slots: tuple[AnswerSlot, ...] = ()


@dataclass(frozen=True)
class Candidate:
    item_id: int
    score: float


@dataclass(frozen=True)
class Match:
    """The engine's verdict on one question."""

    item_ids: tuple[int, ...]  # best item first; two when the question spans two items
    confidence: float  # 0–1
    status: Status
    alternatives: tuple[Candidate, ...] = ()  # runner-up items, best first
    note: str = ""  # why the status is lower than the confidence alone would give
