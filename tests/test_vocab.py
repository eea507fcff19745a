import pytest

from matcher.workbook.vocab import is_mark_vocabulary, mark_of, spell, vocabulary_from_header


@pytest.mark.parametrize(
    "vocabulary, expected",
    [
        (("〇", "×", "△"), "〇"),  # U+3007, the sheet's own circle
        (("◯", "✕"), "◯"),
        (("はい", "いいえ", "該当なし"), "はい"),
        (("Yes", "No", "NA"), "Yes"),
        (("有", "無"), "有"),
        (("対応済", "未対応", "対応予定"), "対応済"),
        (("○：実施している", "×：実施していない"), "○：実施している"),
    ],
)
def test_spell_done_mark_in_the_sheets_vocabulary(vocabulary, expected):
    assert spell("○", vocabulary) == expected


@pytest.mark.parametrize(
    "vocabulary",
    [
        ("Comply", "Partially Comply", "Not Comply", "N/A"),
        ("Compliant", "Partially compliant", "Not compliant", "Not applicable"),
        ("Implemented", "Planned", "Not implemented", "Not applicable"),
    ],
)
def test_a_compliance_scale_spells_every_mark(vocabulary):
    # the list's own words, in the order ○ △ × －: a × is never written as "Comply"
    assert [spell(m, vocabulary) for m in "○△×－"] == list(vocabulary)


def test_spell_returns_none_when_the_list_has_no_counterpart():
    assert spell("△", ("はい", "いいえ")) is None


def test_spell_without_vocabulary_uses_canonical_or_english():
    assert spell("○", ()) == "○"
    assert spell("○", (), default_japanese=False) == "Yes"


def test_mark_vocabulary_is_told_from_other_lists():
    assert is_mark_vocabulary(("Yes", "No", "NA"))
    assert not is_mark_vocabulary(("CSP-owned", "CSC-owned", "3rd-party outsourced"))


def test_vocabulary_from_header():
    assert vocabulary_from_header("回答（○/×/△）") == ("○", "×", "△")
    assert vocabulary_from_header("はい・いいえ") == ("はい", "いいえ")
    assert vocabulary_from_header("実施状況") == ()


def test_strict_mark_of_does_not_read_headers_as_marks():
    assert mark_of("対応状況", strict=True) is None
    assert mark_of("Yes", strict=True) == "○"
