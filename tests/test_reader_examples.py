"""The reader on the labelled example questionnaires: every labelled row found, nothing else.

This is the reader half of `matcher eval examples/` (MISSED and EXTRA rows), without the engine.
"""
from __future__ import annotations

import pytest

from matcher.evaluate import labelled_files, read_labels
from matcher.workbook.load import read_questionnaire
from tests.conftest import EXAMPLES

PAIRS = labelled_files(EXAMPLES) if EXAMPLES.exists() else []


@pytest.mark.parametrize("book, labels", PAIRS, ids=[str(b.relative_to(EXAMPLES)) for b, _ in PAIRS])
def test_reader_finds_exactly_the_labelled_rows(book, labels):
    found = {(q.sheet, q.row): q for q in read_questionnaire(book).rows}
    labelled = {(sheet, row): question for sheet, row, _, question in read_labels(labels)}
    missed = [f"{s}!{r}: {labelled[(s, r)][:50]}" for s, r in labelled if (s, r) not in found]
    extra = [f"{s}!{r}: {found[(s, r)].text[:50]}" for s, r in found if (s, r) not in labelled]
    assert not missed and not extra, f"missed {missed}, extra {extra}"
