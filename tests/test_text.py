import pytest

from matcher.text import normalize


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Q1. 多要素認証に対応していますか？", "多要素認証に対応"),
        ("1-2 パスワードの⽅針を定めていること", "パスワードの方針を定め"),  # Kangxi ⽅ -> 方
        ("(3) 2段階認証", "2段階認証"),
        ("①通信の暗号化レベル", "通信の暗号化レベル"),
        ("No.5 バックアップを取得していますか", "バックアップを取得"),
        ("２４時間監視", "24時間監視"),  # full-width digits; a number glued to a word is not numbering
        ("ＭＦＡを提供しているか", "mfaを提供"),
        ("A.1.2 Is MFA supported?", "is mfa supported"),
        ("データを暗号化していること。", "データを暗号化"),
        ("ログの保存期間をご記入ください", "ログの保存期間"),
    ],
)
def test_normalize_strips_numbering_endings_and_width(raw, expected):
    assert normalize(raw) == expected


def test_normalize_keeps_short_noun_phrases():
    assert normalize("稼働率") == "稼働率"



def test_english_words_meet_whatever_their_ending():
    from matcher.text import content_words

    assert content_words("Are personnel trained?") == content_words("personnel training") == ("personnel", "train")
    assert content_words("encrypted backups") == content_words("backup encryption")[::-1] == ("encrypt", "backup")
    assert content_words("社員への教育") == ("社員", "教育")  # Japanese words are left as Sudachi gives them
