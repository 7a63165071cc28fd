from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.exchange.dates import guess_format, parse_moment
from app.exchange.importer import parse_number
from app.exchange.mapping import nearest_tier, read_probability
from app.exchange.reading import FileReadError, read_table
from app.exchange.tables import write_table
from app.models.tiers import Tier

DATA = Path(__file__).parents[1] / "data"


def test_windows_1251_semicolon_decimal_comma_file_is_detected():
    table = read_table(DATA / "bitrix24" / "deals.csv")
    assert table.encoding == "cp1251"
    assert table.delimiter == ";"
    assert table.decimal_comma is True
    assert table.headers[1] == "Название сделки"
    assert table.rows[0][1] == "Монтаж вентиляции, склад №2"
    assert table.lines == [2, 3, 4, 5]


def test_utf8_with_bom_and_without():
    with_bom = read_table(DATA / "amocrm" / "deals.csv")
    assert with_bom.encoding == "utf-8-sig"
    assert with_bom.headers[0] == "ID"  # no BOM left in the first header
    plain = read_table(DATA / "pipedrive" / "deals.csv")
    assert plain.encoding == "utf-8"
    assert plain.delimiter == ","
    assert plain.decimal_comma is False


def test_tab_delimited(tmp_path):
    path = tmp_path / "deals.tsv"
    path.write_text("title\tamount\tstage\nJob, with comma\t10.5\t0.5\n", encoding="utf-8")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert table.rows == [["Job, with comma", "10.5", "0.5"]]


def test_overrides_win_over_detection(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes("a;b\n1,5;2\n".encode("cp1251"))
    table = read_table(path, encoding="cp1251", delimiter=",", decimal_comma=False)
    assert table.delimiter == ","
    assert table.decimal_comma is False


def test_empty_and_missing_files_are_refused(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("  \n")
    with pytest.raises(FileReadError, match="empty"):
        read_table(empty)
    with pytest.raises(FileReadError, match="does not exist"):
        read_table(tmp_path / "nothing.csv")


def test_xlsx_is_read_with_row_numbers(tmp_path):
    path = tmp_path / "deals.xlsx"
    write_table(path, ["title", "amount", "closed"],
                [["Job", Decimal("12.50"), datetime(2024, 5, 1)], ["Other", 3, None]])
    table = read_table(path)
    assert table.headers == ["title", "amount", "closed"]
    assert table.rows[0] == ["Job", 12.5, datetime(2024, 5, 1)]
    assert table.lines == [2, 3]


@pytest.mark.parametrize(("values", "expected"), [
    (["2024-12-31", "2024-01-02"], "%Y-%m-%d"),
    (["31.12.2024", "01.02.2024 15:30:00"], "%d.%m.%Y"),
    (["12/31/2024", "01/02/2024"], "%m/%d/%Y"),
    (["02/03/24", "03/31/26", "02/23/26 08:55 PM"], "%m/%d/%y"),
    (["02/03/24", "31/03/26"], "%d/%m/%y"),
    (["", None], None),
])
def test_date_format_is_guessed_from_the_whole_column(values, expected):
    assert guess_format(values) == expected


def test_twelve_hour_timestamps_and_two_digit_years():
    assert parse_moment("02/23/26 08:55 PM", "%m/%d/%y") == datetime(2026, 2, 23, 20, 55)
    assert parse_moment("02/24/26 12:20 AM", "%m/%d/%y") == datetime(2026, 2, 24, 0, 20)
    assert parse_moment("31.12.2024 15:30:00", "%d.%m.%Y") == datetime(2024, 12, 31, 15, 30)


@pytest.mark.parametrize(("text", "comma", "expected"), [
    ("1 250 000,50", True, Decimal("1250000.50")),
    ("1.250.000,50", True, Decimal("1250000.50")),
    ("12,500.00", False, Decimal("12500.00")),
    ("4514", False, Decimal(4514)),
    ("", False, None),
])
def test_numbers_follow_the_files_decimal_mark(text, comma, expected):
    assert parse_number(text, decimal_comma=comma) == expected


def test_probability_goes_to_the_nearest_tier():
    assert read_probability("75") == 0.75
    assert read_probability("0,2") == 0.2
    assert nearest_tier(0.75) is Tier.T09
    assert nearest_tier(0.7) is Tier.T05  # a tie goes to the lower tier
    assert nearest_tier(0.2) is Tier.T01
    assert nearest_tier(1.0) is None


def test_write_table_csv_and_refuses_other_extensions(tmp_path):
    path = write_table(tmp_path / "load.csv", ["who", "hours"], [["Анна", 7.5]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_table(path).rows == [["Анна", "7.5"]]
    with pytest.raises(ValueError, match=r"csv or \.xlsx"):
        write_table(tmp_path / "load.txt", ["a"], [])
