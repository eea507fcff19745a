"""The seed importer: every irregularity of the seed checklist has its own test."""
from __future__ import annotations

from pathlib import Path

import pytest

from matcher.errors import InputError, KnowledgeError
from matcher.seed import CERT_CATEGORY, CERT_QUESTION, import_seed, parse_seed, seed_comments
from matcher.types import Item

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_306a6eb53a12da80.txt"
HEADER = "NO\tカテゴリ\t確認内容\t実施\t回答内容"


def table(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def items() -> dict[int, Item]:
    return {item.id: item for item in import_seed(SEED)}


def raw_row(lines: list[str], number: int) -> list[str]:
    """The tab-separated fields of seed row NO ``number``."""
    return next(line.split("\t") for line in lines if line.split("\t")[0] == str(number))


def test_all_items_with_ids_from_no(items: dict[int, Item]) -> None:
    assert sorted(items) == list(range(1, 52))
    assert all(item.mark == "○" for item in items.values())
    assert all(item.question and item.answer for item in items.values())
    assert all(item.variants == () and item.question_en == "" and item.answer_en == "" for item in items.values())


def test_five_field_rows(items: dict[int, Item], seed_lines: list[str]) -> None:
    for number in range(1, 13):
        fields = raw_row(seed_lines, number)
        assert len(fields) == 5
        item = items[number]
        assert (item.question, item.mark, item.answer) == (fields[2], fields[3], fields[4])
        assert item.subcategory == ""
    assert items[1].category == "情報セキュリティのための方針群"


def test_four_field_rows_have_the_mark_glued_to_the_answer(items: dict[int, Item], seed_lines: list[str]) -> None:
    for number in range(13, 31):
        fields = raw_row(seed_lines, number)
        assert len(fields) == 4 and fields[3].startswith("○ ")
        item = items[number]
        assert item.mark == "○"
        assert not item.answer.startswith(("○", " "))
        if number != 14:
            assert item.answer == fields[3].removeprefix("○ ")
    assert items[13].answer.startswith("サービス開発・エンハンス時において")


def test_six_field_rows_have_a_subcategory(items: dict[int, Item], seed_lines: list[str]) -> None:
    for number in range(31, 51):
        fields = raw_row(seed_lines, number)
        assert len(fields) == 6
        item = items[number]
        assert (item.question, item.mark, item.answer) == (fields[3], fields[4], fields[5])
    assert items[31].subcategory == "パスワードの利用"
    assert items[47].category == "セキュリティ管理態勢"
    assert items[47].subcategory == "従業員教育"


def test_blank_category_is_carried_down(items: dict[int, Item]) -> None:
    assert [items[n].category for n in range(1, 9)] == ["情報セキュリティのための方針群"] * 8
    assert [items[n].category for n in range(9, 14)] == ["運用管理"] * 5
    # row 31 (6 fields) has a blank category but its own subcategory
    assert items[31].category == items[30].category == "利用者アクセスの管理"
    assert items[48].category == "セキュリティ管理態勢"
    assert items[48].subcategory == "委託先管理"


def test_subcategory_carried_only_when_both_blank(items: dict[int, Item]) -> None:
    assert (items[39].category, items[39].subcategory) == ("事業継続管理", "事業継続計画")
    assert (items[40].category, items[40].subcategory) == ("事業継続管理", "事業継続計画")
    assert (items[33].category, items[33].subcategory) == ("ネットワークのアクセス制御", "")
    assert (items[34].category, items[34].subcategory) == ("ネットワークのアクセス制御", "")
    # a new category starts without the subcategory of the rows above
    assert (items[41].category, items[41].subcategory) == ("データセンター", "")
    assert (items[42].category, items[42].subcategory) == ("データセンター", "")


def test_subcategory_carry_rules_on_a_small_table() -> None:
    text = table(
        "1\tA\tS1\tq1\t○\ta1",
        "2\t\t\tq2\t○\ta2",  # both blank: A / S1
        "3\t\tS2\tq3\t○\ta3",  # new subcategory only: A / S2
        "4\tB\t\tq4\t○\ta4",  # new category, blank subcategory: B / ''
        "5\t\t\tq5\t○\ta5",  # B / ''
    )
    got = [(i.category, i.subcategory) for i in parse_seed(text)]
    assert got == [("A", "S1"), ("A", "S1"), ("A", "S2"), ("B", ""), ("B", "")]


def test_row_14_keeps_both_paragraphs(items: dict[int, Item]) -> None:
    item = items[14]
    assert item.mark == "○"
    first, second = item.answer.split("\n")
    assert first.startswith("お客様のデータ喪失を防ぐため")
    assert first.endswith("リストア可能なバックアップデータを保持しております。")
    assert second.startswith("またシステム構成はコード化して管理しており")
    assert second.endswith("失敗時のリカバリを適宜行っております。")
    assert "○" not in item.answer


def test_label_only_questions_are_kept_as_written(items: dict[int, Item]) -> None:
    assert items[9].question == "全般"
    assert items[23].question == "全般"
    assert items[29].question == "利用者登録"
    assert items[30].question == "特権管理"
    assert items[23].category == "アクセス制御"
    assert items[29].category == items[30].category == "利用者アクセスの管理"


def test_answers_are_kept_exactly(items: dict[int, Item], seed_lines: list[str]) -> None:
    fields = raw_row(seed_lines, 6)
    assert items[6].answer == fields[4]
    assert "10:00~12:00（最終受付11:45）" in items[6].answer
    assert items[6].answer.endswith(" https://jinjer.zendesk.com/hc/ja/articles/4403081062297")
    assert " ・パスワード最小文字数 ・パスワード有効期限 " in items[31].answer


def test_answers_are_stripped_of_surrounding_whitespace() -> None:
    text = table("1\tA\tq\t○\t  answer with  inner  spaces  ", "2\t\tq2\t○   glued answer  ")
    first, second = parse_seed(text)
    assert first.answer == "answer with  inner  spaces"
    assert (second.mark, second.answer) == ("○", "glued answer")


def test_blank_lines_between_rows_are_skipped() -> None:
    text = table("", "1\tA\tq1\t○\ta1", "", "   ", "\t", "2\t\tq2\t×\ta2", "")
    assert [(i.id, i.category, i.mark) for i in parse_seed(text)] == [(1, "A", "○"), (2, "A", "×")]


def test_seed_blank_lines_do_not_break_the_sequence(items: dict[int, Item]) -> None:
    # the seed has blank lines after rows 12 and 30
    assert items[12].question.startswith("クラウドサービスの資源の利用状況")
    assert items[13].category == "運用管理"
    assert items[31].category == "利用者アクセスの管理"


def test_certification_statement_is_item_51(items: dict[int, Item]) -> None:
    item = items[51]
    assert item.question == CERT_QUESTION == "情報セキュリティマネジメントシステム（ISMS）およびプライバシーマークの認証"
    assert item.category == CERT_CATEGORY == "情報セキュリティマネジメントシステム"
    assert (item.mark, item.subcategory) == ("○", "")
    assert item.answer == (
        "jinjer株式会社は ISO/IEC 27001:2013 に基づく認証されたISMSおよび、"
        "プライバシーマーク（Pマーク）認証を保有しています。\n"
        "ISO/IEC27001:2013 登録認証番号：IS 778939\n"
        "プライバシーマーク 登録番号:10825116"
    )
    assert seed_comments(list(items.values())).keys() == {51}


def test_table_without_preamble_has_no_certification_item() -> None:
    assert [i.id for i in parse_seed(table("7\tA\tq\t○\ta"))] == [7]


def test_look_alike_circles_are_normalised() -> None:
    got = parse_seed(table("1\tA\tq\t〇\ta", "2\t\tq\t◯ glued", "3\tB\tS\tq\t〇\tb"))
    assert [i.mark for i in got] == ["○", "○", "○"]


def test_other_marks_and_no_mark() -> None:
    got = parse_seed(table("1\tA\tq\t×\ta", "2\t\tq\t－ glued", "3\t\tq\t\tno mark"))
    assert [(i.mark, i.answer) for i in got] == [("×", "a"), ("－", "glued"), ("", "no mark")]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("1\tA\tonly three", "line 2: item 1: expected 4, 5 or 6"),
        ("1\tA\tq\t○\ta\tb\tc", "line 2: item 1: expected 4, 5 or 6"),
        ("x\tA\tq\t○\ta", "line 2: expected a row starting with its NO"),
        ("just some text", "line 2: expected a row starting with its NO"),
        ("1\tA\tq\tanswer without mark", "line 2: item 1: 4 fields, but the answer does not start"),
        ("1\tA\tq\t済\ta", "line 2: item 1: unknown 実施 mark '済'"),
        ("1\tA\t\t○\ta", "line 2: item 1: question is empty"),
        ("1\tA\tq\t○\t", "line 2: item 1: answer is empty"),
    ],
)
def test_garbled_rows_name_the_line(row: str, expected: str) -> None:
    with pytest.raises(KnowledgeError, match=expected):
        parse_seed(table(row))


def test_garbled_line_after_blank_lines_has_its_own_line_number() -> None:
    text = "preamble\n\n" + table("1\tA\tq\t○\ta", "", "oops")
    with pytest.raises(KnowledgeError, match=r"^line 6: "):
        parse_seed(text)


def test_duplicate_no() -> None:
    with pytest.raises(KnowledgeError, match="line 3: NO 1 already used on line 2"):
        parse_seed(table("1\tA\tq\t○\ta", "1\tA\tq\t○\ta"))


def test_missing_header() -> None:
    with pytest.raises(KnowledgeError, match="no table header"):
        parse_seed("1\tA\tq\t○\ta\n")


def test_empty_table() -> None:
    with pytest.raises(KnowledgeError, match="no rows"):
        parse_seed(table())


def test_import_seed_names_the_file(tmp_path: Path) -> None:
    seed = tmp_path / "bad.txt"
    seed.write_text(table("1\tA\tq"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"bad\.txt:2: item 1"):
        import_seed(seed)


def test_import_seed_missing_or_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="seed file not found"):
        import_seed(tmp_path / "nope.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        import_seed(latin)


def test_windows_line_endings_and_bom() -> None:
    text = "\ufeff" + table("1\tA\tq\t○\ta", "2\t\tq2\t○ b").replace("\n", "\r\n")
    assert [(i.id, i.answer) for i in parse_seed(text)] == [(1, "a"), (2, "b")]
