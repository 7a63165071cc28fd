"""Writing any table (headers and rows) to a CSV or XLSX file, chosen by the file's extension.

The load and forecast tables and the deal export all go through here, so that every file the
program writes opens the same way: CSV as UTF-8 with a byte-order mark (spreadsheet programs
then read accents and Cyrillic right), XLSX with real numbers and dates in its cells.
"""

import csv
import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

log = logging.getLogger(__name__)

#: File extensions ``write_table`` understands.
FORMATS = (".csv", ".xlsx")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


def write_table(path: Path | str, headers: Sequence[str],
                rows: Iterable[Sequence[object]], *, sheet: str = "Tierboard") -> Path:
    """Write a table to ``path``: CSV or XLSX by its extension.

    Args:
        path: the file to write (replaced if it exists).
        headers: the column names.
        rows: the rows; dates, numbers and Decimals keep their type in XLSX.
        sheet: the worksheet's name in XLSX.

    Returns:
        The path written.

    Raises:
        ValueError: the extension is neither .csv nor .xlsx.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".csv":
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(list(headers))
            lines = [[_text(value) for value in row] for row in rows]
            writer.writerows(lines)
            count = len(lines)
    elif suffix == ".xlsx":
        count = _write_xlsx(target, headers, rows, sheet)
    else:
        raise ValueError(f"{target.name}: write a .csv or .xlsx file, not {suffix or 'none'}")
    log.info("wrote %d rows to %s", count, target)
    return target


def _write_xlsx(target: Path, headers: Sequence[str], rows: Iterable[Sequence[object]],
                sheet: str) -> int:
    from openpyxl import Workbook  # imported here: CSV users do not pay for it

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    worksheet.append(list(headers))
    count = 0
    for row in rows:
        worksheet.append([_cell(value) for value in row])
        count += 1
    workbook.save(target)
    return count


def _cell(value: object) -> object:
    if value is None:
        return None
    if isinstance(value, Decimal):
        # Money keeps its cents exactly: a float of two decimals prints back the same.
        return float(value)
    if isinstance(value, str | int | float | date | datetime):
        return value
    return str(value)
