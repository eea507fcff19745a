"""Learning from people: new wordings become variants, new answers become proposals.

Pure logic over a :class:`~matcher.knowledge.KnowledgeBase` and its
:class:`~matcher.knowledge.Proposals`; the callers load and save them. Wordings are compared in
the engine's prepared form (normalised, synonym-folded), so 「MFAを利用できますか」 and
「多要素認証を利用していますか」 count as one wording and are learned once.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from matcher.knowledge import KnowledgeBase, Proposal, Proposals, normalise_mark
from matcher.types import Item, QuestionRow, Variant
from matcher.workbook import vocab

Prepare = Callable[[str], str]


def wordings(item: Item) -> list[str]:
    """Every wording of an item's question: the canonical one, its English one, its variants."""
    return [t for t in (item.question, item.question_en, *(v.text for v in item.variants)) if t.strip()]


def owners_of(items: Iterable[Item], prepare: Prepare, text: str) -> list[int]:
    """Ids of the items that already hold ``text`` (compared in prepared form)."""
    key = prepare(text)
    if not key:
        return []
    return [it.id for it in items if any(prepare(w) == key for w in wordings(it))]


@dataclass(frozen=True)
class Learned:
    """What became of one wording: ``added``, ``known`` (an equivalent exists), ``elsewhere``
    (another item holds it) or ``pair`` (a decision for two items: not learned)."""

    item_id: int
    text: str
    outcome: str
    other: int | None = None  # elsewhere: the item that already holds the wording

    def describe(self) -> str:
        if self.outcome == "added":
            return f"learned as a wording of item {self.item_id}"
        if self.outcome == "known":
            return f"item {self.item_id} already knows this wording"
        if self.outcome == "pair":
            return "not learned: the question spans two items, a wording is learned for one"
        return (
            f"not learned: the wording belongs to item {self.other}; "
            f"move it in items.yaml if it should answer item {self.item_id}"
        )


def learn_variant(kb: KnowledgeBase, prepare: Prepare, item_id: int, text: str, source: str, added: str) -> Learned:
    """Add ``text`` as a variant of item ``item_id`` unless an equivalent wording exists.

    A wording some other item already holds is not added: one wording answering two items
    would make the next match ambiguous, and moving it is a person's call.
    """
    text = text.strip()
    owners = owners_of(kb.items, prepare, text)
    if item_id in owners or not prepare(text):
        return Learned(item_id, text, "known")
    if owners:
        return Learned(item_id, text, "elsewhere", owners[0])
    kb.add_variant(item_id, Variant(text=text, source=source, added=added))
    return Learned(item_id, text, "added")


def learn_labelled(
    kb: KnowledgeBase, prepare: Prepare, rows: Iterable[tuple[str, tuple[int, ...]]], source: str, added: str
) -> list[Learned]:
    """Learn each labelled question (text, expected item ids) as a wording of its item.

    The label is a person's decision, so no matching is involved; questions labelled with no
    item teach nothing, and two-item questions are not learned (a wording answers one item).
    """
    out = []
    prepare = functools.lru_cache(maxsize=None)(prepare)  # every wording is compared with every other
    for text, expected in rows:
        if len(expected) == 2:
            out.append(Learned(expected[0], text, "pair"))
        elif len(expected) == 1:
            out.append(learn_variant(kb, prepare, expected[0], text, source, added))
    return out


def propose(book: Proposals, prepare: Prepare, proposal: Proposal) -> tuple[Proposal, bool]:
    """Add ``proposal`` unless the same one (kind, item, wording, mark, answer) is already there.

    Returns the proposal in the book and whether it was added now.
    """
    key = prepare(proposal.question)
    for p in book:
        same_item = p.item == proposal.item if proposal.kind == "answer" else True
        if (
            p.kind == proposal.kind
            and same_item
            and prepare(p.question) == key
            and p.mark == proposal.mark
            and p.answer.strip() == proposal.answer.strip()
        ):
            return p, False
    return book.add(proposal), True


# --------------------------------------------------------------------------- promote


@dataclass
class Promoted:
    proposal: Proposal
    item: Item
    created: bool  # a new item (else an existing item changed)
    learned: Learned | None = None


def promote(
    kb: KnowledgeBase,
    book: Proposals,
    number: int,
    prepare: Prepare,
    today: str,
    variant_of: int | None = None,
) -> Promoted:
    """Apply proposal ``number`` to ``kb`` and mark it promoted.

    ``answer``: the item's answer (and mark, when the proposal has one) become the proposed
    ones, and the customer's wording is learned. ``item``: a new item with a fresh id, or with
    ``variant_of`` only the wording is added to that existing item (the answer is dropped).
    """
    from matcher.errors import KnowledgeError

    p = book.get(number)
    if p.status == "promoted":
        raise KnowledgeError(f"proposal {number} was already promoted on {p.promoted or 'an earlier day'}")
    if variant_of is not None:
        if p.kind != "item":
            raise KnowledgeError(f"proposal {number} changes item {p.item}'s answer; --variant-of is for new-item proposals")
        item = kb.get(variant_of)
        learned = learn_variant(kb, prepare, item.id, p.question, p.source, today)
        if learned.outcome == "elsewhere":
            raise KnowledgeError(f"proposal {number}: {learned.describe()}")
        done = dataclasses.replace(p, status="promoted", promoted=today, item=item.id)
        book.replace(done)
        return Promoted(done, kb.get(item.id), False, learned)
    if p.kind == "answer":
        assert p.item is not None
        item = kb.get(p.item)
        changed = dataclasses.replace(item, answer=p.answer, mark=normalise_mark(p.mark) if p.mark else item.mark)
        kb.replace(changed)
        learned = learn_variant(kb, prepare, item.id, p.question, p.source, today)
        done = dataclasses.replace(p, status="promoted", promoted=today)
        book.replace(done)
        return Promoted(done, kb.get(item.id), False, learned)
    owners = owners_of(kb.items, prepare, p.question)
    if owners:
        raise KnowledgeError(
            f"proposal {number}: item {owners[0]} already holds this wording; "
            f"use `matcher kb promote {number} --variant-of {owners[0]}` or edit items.yaml"
        )
    new = Item(
        id=kb.allocate_id(),
        question=p.question,
        answer=p.answer,
        mark=normalise_mark(p.mark),
        category=p.category,
    )
    kb.add(new)
    done = dataclasses.replace(p, status="promoted", promoted=today, item=new.id)
    book.replace(done)
    return Promoted(done, new, True)


# --------------------------------------------------------------------------- harvest


def _same_text(text: str) -> str:
    """Answer text compared without differences of width and spacing."""
    from matcher.text import nfkc

    return "".join(nfkc(text).split())


def answer_of(q: QuestionRow) -> tuple[str, str]:
    """(mark, text) the vendor gave in a past questionnaire, from the row's answer cells."""
    mark, texts = "", []
    for s in q.slots:
        value = s.current.strip()
        if not value:
            continue
        if s.kind == "mark":
            mark = mark or vocab.mark_of(value) or ""
        elif s.kind == "tick":
            mark = mark or s.meaning
        elif s.kind == "text":
            texts.append(value)
        elif s.kind == "combined":
            head, _, rest = value.partition(" ")
            found = vocab.mark_of(head, strict=True)
            if found:
                mark = mark or found
                value = rest.strip()
            if value:
                texts.append(value)
    return normalise_mark(mark), "\n".join(texts)


@dataclass
class HarvestRow:
    question: QuestionRow
    status: str  # the engine's
    item_ids: tuple[int, ...]
    confidence: float
    mark: str
    answer: str
    outcome: str  # added | known | elsewhere | proposed | already-proposed | unanswered | mark-differs | pair
    detail: str = ""
    proposal: int | None = None


@dataclass
class HarvestResult:
    source: Path
    rows: list[HarvestRow] = field(default_factory=list)

    def count(self, *outcomes: str) -> int:
        return sum(1 for r in self.rows if r.outcome in outcomes)

    @property
    def changed(self) -> bool:
        return self.count("added", "proposed") > 0


def harvest(
    rows: list[QuestionRow],
    engine,
    kb: KnowledgeBase,
    book: Proposals,
    *,
    source: str,
    today: str,
) -> HarvestResult:
    """Learn from a questionnaire the vendor answered in the past.

    Wordings the engine matches ``auto`` become variants of their item (unless the past answer's
    mark contradicts the item's), and so do wordings whose past answer is exactly one item's
    approved answer; every other answered question becomes a new-item proposal.
    """
    result = HarvestResult(Path(source))
    items = {it.id: it for it in kb.items}
    by_answer: dict[str, list[int]] = {}
    for it in kb.items:
        by_answer.setdefault(_same_text(it.answer), []).append(it.id)
    matches = engine.match_many([(q.text, q.context) for q in rows])
    for q, m in zip(rows, matches):
        mark, answer = answer_of(q)
        row = HarvestRow(q, m.status, m.item_ids, m.confidence, mark, answer, "")
        result.rows.append(row)
        if not mark and not answer:
            row.outcome = "unanswered"
            continue
        # the vendor's own answer is the best evidence: exactly one item's approved text
        owners = by_answer.get(_same_text(answer), []) if answer else []
        if len(owners) == 1 and (not mark or not items[owners[0]].mark or mark == items[owners[0]].mark):
            learned = learn_variant(kb, engine.prepare, owners[0], q.text, source, today)
            row.item_ids = (owners[0],)
            row.outcome, row.detail = learned.outcome, learned.describe()
            continue
        if m.status == "auto":
            if len(m.item_ids) != 1:
                row.outcome, row.detail = "pair", "spans two items; wordings are learned for one item only"
                continue
            item = items.get(m.item_ids[0])
            if item is None:
                row.outcome, row.detail = "elsewhere", f"item {m.item_ids[0]} is not in the knowledge base"
                continue
            if mark and item.mark and mark != item.mark:
                row.outcome = "mark-differs"
                row.detail = f"the past answer {mark} differs from item {item.id}'s {item.mark}; not learned"
                continue
            learned = learn_variant(kb, engine.prepare, item.id, q.text, source, today)
            row.outcome, row.detail = learned.outcome, learned.describe()
            continue
        nearest = f"{m.item_ids[0]} ({m.confidence:.2f})" if m.item_ids else ""
        proposal, added = propose(
            book,
            engine.prepare,
            Proposal(
                number=0, kind="item", question=q.text.strip(), answer=answer or "", mark=mark,
                category=q.context.strip(), nearest=nearest, source=source, added=today,
            ),
        )
        row.outcome = "proposed" if added else "already-proposed"
        row.proposal = proposal.number
    return result
