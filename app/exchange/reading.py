"""Reading a CSV or XLSX file into a plain table.

The encoding, the delimiter and the decimal mark are detected (each can be overridden), and every
row keeps the line it came from so that a report can point at it.
"""

import csv
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

log = logging.getLogger(__name__)

#: The delimiters a CSV file may use, in the order a tie is decided.
DELIMITERS = (",", ";", "\t")

_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))
_COMMA_DECIMAL = re.compile(r"^-?[\d\s\u00a0.]*\d,\d{1,2}$|^-?\d{1,3}(\.\d{3})+,\d+$")
_DOT_DECIMAL = re.compile(r"^-?[\d\s\u00a0,]*\d\.\d{1,2}$|^-?\d{1,3}(,\d{3})+\.\d+$")


@dataclass
class SourceTable:
    """A file read into memory.

    Attributes:
        path: where it was read from.
        headers: the column names, as the file writes them.
        rows: the data rows; a CSV gives strings, an XLSX numbers and dates where it has them.
        lines: for each row, the line (CSV) or row number (XLSX) of the file it came from.
        encoding: the text encoding used (empty for XLSX).
        delimiter: the CSV delimiter (empty for XLSX).
        decimal_comma: whether numbers write their fraction after a comma (1234,50).
    """

    path: Path
    headers: list[str]
    rows: list[list[object]]
    lines: list[int]
    encoding: str = ""
    delimiter: str = ""
    decimal_comma: bool = False
    sheet: str = ""
    notes: list[str] = field(default_factory=list)

    def column(self, header: str) -> list[object]:
        """Every value of one column (empty where a short row has none)."""
        index = self.headers.index(header)
        return [row[index] if index < len(row) else "" for row in self.rows]

    def records(self) -> list[dict[str, object]]:
        """The rows as dicts keyed by header."""
        return [dict(zip(self.headers, row, strict=False)) for row in self.rows]


class FileReadError(ValueError):
    """The file cannot be read as a table; the message says why."""


def detect_encoding(data: bytes) -> str:
    """The text encoding of a file's bytes: a BOM decides, then strict UTF-8, then a detector.

    ASCII is reported as UTF-8, its superset, so that later edits with accents still read.
    """
    for name, mark in _BOMS:
        if data.startswith(mark):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise FileReadError("the file is not text in any known encoding")
    return str(best.encoding).replace("_", "-")


def detect_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: comma, semicolon or tab."""
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS))
        return str(dialect.delimiter)
    except csv.Error:
        # A one-column file or an irregular sample: the most frequent candidate in the header.
        first = sample.splitlines()[0] if sample else ""
        counts = {delimiter: first.count(delimiter) for delimiter in DELIMITERS}
        return max(DELIMITERS, key=lambda delimiter: counts[delimiter])


def guess_decimal_comma(values: list[object], delimiter: str) -> bool:
    """Whether the numbers among ``values`` write their fraction after a comma."""
    commas = dots = 0
    for value in values:
        if not isinstance(value, str) or not value:
            continue
        text = value.strip()
        if _COMMA_DECIMAL.match(text):
            commas += 1
        elif _DOT_DECIMAL.match(text):
            dots += 1
    if commas != dots:
        return commas > dots
    return delimiter == ";"


def read_table(path: Path | str, *, encoding: str | None = None,
               delimiter: str | None = None, decimal_comma: bool | None = None) -> SourceTable:
    """Read a CSV or XLSX file; what is not given is detected.

    Raises:
        FileReadError: the file is empty, not a table, or cannot be decoded.
    """
    source = Path(path)
    if not source.is_file():
        raise FileReadError(f"{source} does not exist or is not a file")
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        table = _read_xlsx(source)
    else:
        table = _read_csv(source, encoding=encoding, delimiter=delimiter)
    if decimal_comma is None:
        sample = [value for row in table.rows[:500] for value in row]
        table.decimal_comma = guess_decimal_comma(sample, table.delimiter)
    else:
        table.decimal_comma = decimal_comma
    log.debug("read %s: %d rows, encoding %s, delimiter %r, decimal comma %s", source,
              len(table.rows), table.encoding, table.delimiter, table.decimal_comma)
    return table


def _read_csv(path: Path, *, encoding: str | None, delimiter: str | None) -> SourceTable:
    data = path.read_bytes()
    if not data.strip():
        raise FileReadError(f"{path.name} is empty")
    chosen = encoding or detect_encoding(data)
    try:
        text = data.decode(chosen)
    except (UnicodeDecodeError, LookupError) as error:
        raise FileReadError(f"{path.name} cannot be read as {chosen}: {error}") from None
    text = text.removeprefix("\ufeff")
    chosen_delimiter = delimiter or detect_delimiter(text[:20000])

    reader = csv.reader(text.splitlines(keepends=True), delimiter=chosen_delimiter)
    headers: list[str] = []
    rows: list[list[object]] = []
    lines: list[int] = []
    try:
        for record in reader:
            if not headers:
                if any(cell.strip() for cell in record):
                    headers = [cell.strip() for cell in record]
                continue
            if not any(cell.strip() for cell in record):
                continue
            rows.append(list(record))
            lines.append(reader.line_num)
    except csv.Error as error:
        raise FileReadError(f"{path.name}, line {reader.line_num}: {error}") from None
    if not headers:
        raise FileReadError(f"{path.name} has no header row")
    return SourceTable(path, _unique(headers), rows, lines, encoding=chosen,
                       delimiter=chosen_delimiter)


def _read_xlsx(path: Path) -> SourceTable:
    from openpyxl import load_workbook  # imported here: CSV users do not pay for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise FileReadError(f"{path.name} is not a readable Excel workbook: {error}") from None
    try:
        sheet = workbook.worksheets[0]
        headers: list[str] = []
        rows: list[list[object]] = []
        lines: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = ["" if value is None else value for value in values]
            if not any(str(cell).strip() for cell in cells):
                continue
            if not headers:
                headers = [str(cell).strip() for cell in cells]
                continue
            rows.append(cells)
            lines.append(number)
        title = sheet.title
    finally:
        workbook.close()
    if not headers:
        raise FileReadError(f"{path.name} has no header row on its first sheet")
    while headers and not headers[-1]:
        headers.pop()
    return SourceTable(path, _unique(headers), rows, lines, sheet=title)


def _unique(headers: list[str]) -> list[str]:
    """Headers made unique (a file may repeat one), so that a mapping can name each column."""
    seen: dict[str, int] = {}
    unique = []
    for index, header in enumerate(headers):
        name = header or f"column {index + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        unique.append(name)
    return unique
