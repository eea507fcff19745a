"""Filled real-world workbooks open in LibreOffice headless without repair (Excel is not available here)."""
from __future__ import annotations

import pytest

from matcher.fill import fill_workbook
from tests.conftest import CAIQ_V4, HECVAT, libreoffice_convert


@pytest.mark.parametrize("source", [CAIQ_V4, HECVAT], ids=["caiq-v4", "hecvat-4.1.4"])
def test_filled_corpus_workbook_converts_in_libreoffice(tmp_path, eager_engine, source):
    result = fill_workbook(source, eager_engine, tmp_path / "out")
    written = [r for r in result.rows if r.cells]
    assert written, "the test needs at least one written answer"
    pdf = libreoffice_convert(result.filled, tmp_path, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_written_answer_reads_back_through_libreoffice(tmp_path, eager_engine):
    result = fill_workbook(CAIQ_V4, eager_engine, tmp_path / "out")
    out = libreoffice_convert(result.filled, tmp_path, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2')
    # the filter options above export the second sheet (the questionnaire) as UTF-8
    text = out.read_text(encoding="utf-8")
    answer = next(v for r in result.rows for v in r.cells.values() if len(v) > 20)
    assert answer.splitlines()[0][:20] in text
