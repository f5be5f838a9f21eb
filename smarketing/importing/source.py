"""Reading the rows with DuckDB's CSV reader, every value as text, one row per record, in file order.

The reader is told that no text means NULL, so an empty cell stays '' while a cell missing from a short
row is NULL; extra cells of a long row land in overflow slots. That is how short and long rows are told
apart from empty values. Nothing is cast while reading, so no row can be lost to a failed cast."""

from __future__ import annotations

import csv
from pathlib import Path

import duckdb

from smarketing.errors import SmarketingError
from smarketing.importing import detect
from smarketing.importing.detect import Layout

OVERFLOW = 8
SAMPLE_ROWS = 20_000
_NEVER_NULL = "\x01\x02"
MAX_LINE_BYTES = 256 * 1024 * 1024
DEFAULT_LINE_BYTES = 2_000_000         # DuckDB's own default
# DuckDB's reader works through a file buffer by buffer. In buffers of 64 MB, larger than its default, its two threads
# spend a fifth less on a million-row export (the bench's file read into staging: 1.26 -> 0.71-0.81 s, 2.4 -> 1.4-1.6
# s of CPU; the same on the Italian export and on a file twice as long), with the same peak memory; a small file fits
# in one buffer either way. The sample of the first rows is read in the smallest buffer instead, as DuckDB reads a
# whole buffer however few rows it keeps (8,010 rows: 48 ms in 64 MB, 15 ms by default, 12 ms in 2 MB). A buffer is
# never smaller than the longest line allowed (DuckDB's rule)
BUFFER_BYTES = 64 * 1024 * 1024
_READ = (
    "read_csv($path, header = false, skip = $skip, delim = $delim, quote = '\"', escape = '\"', "
    "null_padding = true, nullstr = $nullstr, columns = $columns, strict_mode = false, auto_detect = false, "
    "max_line_size = $max_line, buffer_size = $buffer, parallel = $parallel)"
)


def read_into(con: duckdb.DuckDBPyConnection, table: str, select: str, layout: Layout, workdir: Path,
              join: str = "", limit: int | None = None) -> None:
    """create temp table <table> as select <select> from the file (aliased r) [join] [limit <limit>].

    Retries cover what DuckDB's first try refuses: a line longer than its default maximum (read again with
    MAX_LINE_BYTES, which from the start would slow every import: docs/import-limits.md), short rows next to
    values spanning lines (the serial reader can pad those), and a byte that is not UTF-8 (the file is then
    transcoded)."""
    sql = f"create or replace temp table {table} as select {select} from {_READ} as r {join}"
    if limit is not None:
        sql += f" limit {int(limit)}"
    parallel, max_line = True, DEFAULT_LINE_BYTES
    for _ in range(4):
        params = {"path": str(layout.utf8_path), "skip": layout.skip_records + 1, "delim": layout.delimiter,
                  "nullstr": _NEVER_NULL, "columns": _columns(layout), "max_line": max_line,
                  "buffer": max_line if limit is not None else max(BUFFER_BYTES, max_line), "parallel": parallel}
        try:
            con.execute(sql, params)
            return
        except duckdb.Error as exc:
            text = str(exc)
            if "Maximum line size of" in text and max_line < MAX_LINE_BYTES:
                max_line = MAX_LINE_BYTES
            elif "parallel" in text and parallel:
                parallel = False
            elif "unicode" in text.lower() and layout.utf8_path == layout.source:
                detect.transcode(layout, workdir)
            else:
                raise
    con.execute(sql, params)


def sample_into(con: duckdb.DuckDBPyConnection, layout: Layout, workdir: Path) -> None:
    """import_sample(c0..): the records of the file's first megabyte (at most SAMPLE_ROWS), read as the
    whole file is; formats are settled on them before the whole file is read. DuckDB stops reading after
    them."""
    select = ", ".join(f"r.c{i}" for i in range(len(layout.header)))
    read_into(con, "import_sample", select, layout, workdir, limit=min(layout.head_lines, SAMPLE_ROWS))


def _settle(con: duckdb.DuckDBPyConnection) -> None:
    """DuckDB refuses to register a table while a caller's result is still open (a fetchone() left
    rows behind): finish it with a trivial statement first."""
    con.execute("select 1").fetchall()


def _columns(layout: Layout) -> dict[str, str]:
    width = len(layout.header)
    return {f"c{i}": "VARCHAR" for i in range(width)} | {f"x{j}": "VARCHAR" for j in range(OVERFLOW)}


def number_lines(con: duckdb.DuckDBPyConnection, layout: Layout, rows: int) -> None:
    """import_lines(rn, line): the physical line each record starts on (the header of a plain file is 1).

    When every line after the header is one record, that is arithmetic. Blank lines or values spanning
    lines break the 1:1 match; then the file is walked once more with Python's csv module to find where
    each record starts (only such files pay for it)."""
    first = layout.skip_lines + layout.header_lines + 1
    scan = layout.scan
    last_line = scan.line_count - scan.trailing_blank_lines
    if last_line - first + 1 == rows:
        _check_not_cut(scan.last_line, layout.delimiter, last_line)
        con.execute(f"create or replace temp view import_lines as select range as rn, range + {int(first)} "
                    f"as line from range({int(rows)})")
        return
    starts = _record_starts(layout)
    if starts and starts[-1] == last_line:
        _check_not_cut(scan.last_line, layout.delimiter, last_line)
    if len(starts) != rows:
        # the two readers disagree on a malformed file: approximate rather than fail
        starts = [first + i for i in range(rows)]
    import pyarrow as pa

    table = pa.table({"rn": pa.array(range(len(starts)), pa.int64()), "line": pa.array(starts, pa.int64())})
    _settle(con)
    con.register("import_lines_arrow", table)
    con.execute("create or replace temp table import_lines_table as select * from import_lines_arrow")
    con.unregister("import_lines_arrow")
    con.execute("create or replace temp view import_lines as select * from import_lines_table")


def _record_starts(layout: Layout) -> list[int]:
    starts = []
    offset = layout.skip_lines + layout.header_lines  # lines read before the first record
    # a quote that never closes makes the rest of the file one value, longer than csv's default limit of 128 KB
    csv.field_size_limit(MAX_LINE_BYTES)
    with open(layout.utf8_path, encoding="utf-8-sig", newline="") as fh:
        for _ in range(offset):
            fh.readline()
        reader = csv.reader(fh, delimiter=layout.delimiter, quotechar='"', strict=False)
        consumed = last = 0
        try:
            for row in reader:
                if row:  # a blank line is no record
                    starts.append(offset + consumed + 1)
                    if reader.line_num - consumed > 2 and _swallows(row, layout.delimiter, len(layout.header)):
                        raise SmarketingError("error.unterminated_quote", line=starts[-1],
                                              lines=reader.line_num - consumed - 1)
                    last = consumed
                consumed = reader.line_num
        except csv.Error:
            pass
    if starts and consumed - last > 1 and _never_closes(layout, starts[-1]):
        # the last record runs to the end of the file inside a quote: whatever the reader made of it, the lines
        # after its start are not the rows they look like
        raise SmarketingError("error.unterminated_quote", line=starts[-1], lines=consumed - last - 1)
    return starts


def _check_not_cut(line: bytes | None, delimiter: str, number: int) -> None:
    """The last record, one line, opens a quoted value and the file ends inside it: cut short (a download or a
    copy that stopped), its last row is not what the export held, and the file is refused."""
    if line is not None and b'"' in line and _ends_in_quote(line.decode("utf-8", "replace"), delimiter):
        raise SmarketingError("error.unterminated_quote_end", line=number)


def _ends_in_quote(line: str, delimiter: str) -> bool:
    """Whether a line ends inside a quoted value, read as DuckDB reads it: a quote opens a value only where the
    value starts, a doubled one inside is a quote of the value, and what follows a closing quote ("Carlo" ,
    "Gamma" Srl, 27\\") stays in the value; a quote inside an unquoted value (Monitor 27") is a mark of its own."""
    inside, start, i = False, True, 0
    while i < len(line):
        char = line[i]
        if inside:
            if char == '"':
                if line[i + 1:i + 2] == '"':
                    i += 1
                else:
                    inside = False
        elif char == '"' and start:
            inside = True
        start = not inside and char == delimiter
        i += 1
    return inside


def _never_closes(layout: Layout, line: int) -> bool:
    """Whether the quotes from `line` to the end of the file are odd in number: one opened and never closed
    (a quote inside a quoted value is written twice)."""
    with open(layout.utf8_path, encoding="utf-8-sig", newline="") as fh:
        for _ in range(line - 1):
            fh.readline()
        return fh.read().count('"') % 2 == 1


def _swallows(row: list[str], delimiter: str, width: int) -> bool:
    """Whether a value spanning lines holds whole records: a quote that opens and never closes (or closes
    far below, at another stray quote) turns the rows after it into one value. A note written over a few
    lines does not look like that: its lines rarely hold a delimiter for every column."""
    for cell in row:
        inner = cell.split("\n")[1:]
        recordlike = sum(1 for line in inner if line.count(delimiter) >= max(width - 1, 1))
        if recordlike >= 2 and recordlike * 2 >= len(inner):
            return True
    return False
