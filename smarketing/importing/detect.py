"""Looking at a file before reading it: what it is, its encoding, delimiter, header row and line ends.

Everything here reads the bytes once in large chunks (decoding, hashing and counting are C loops); the
dialect is judged on the first lines only. Rows themselves are read by DuckDB (see source.py)."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smarketing import storage
from smarketing.errors import SmarketingError

CHUNK = 16 * 1024 * 1024
SAMPLE_BYTES = 1024 * 1024
SAMPLE_LINES = 400
PREVIEW_ROWS = 20                   # records kept as written, for the preview
# The documented limits (docs/import-limits.md). Each is checked on the first megabyte, before the file
# is copied, hashed or handed to DuckDB, so a file past one is refused in well under a second.
MAX_COLUMNS = 2000                  # real CRM exports have a few hundred at most
MAX_HEADER_BYTES = SAMPLE_BYTES     # the header line, and any title lines above it, end within the first MB
LINE_SEARCH_BYTES = CHUNK           # how far past that a line end is looked for, to tell a long header from none
DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1")
_BINARY = {
    b"PK\x03\x04": "error.file_xlsx",
    b"\xd0\xcf\x11\xe0": "error.file_xls",
    b"%PDF": "error.file_pdf",
    b"\x1f\x8b": "error.file_binary",          # gzip
    b"7z\xbc\xaf\x27\x1c": "error.file_binary",  # 7-Zip
    b"Rar!": "error.file_binary",
}
# control bytes no text export contains (tab, line ends and form feed aside)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


@dataclass
class Note:
    """Something detected or assumed, reported to the user (key in texts.toml + its parameters)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Scan:
    """What one pass over the whole file tells: its hash, its line ends, its NUL bytes."""

    sha256: str
    line_count: int                 # physical lines
    trailing_blank_lines: int       # empty lines at the very end, which hold no record
    nul_count: int
    last_line: bytes | None         # the last line that holds anything; None: too long to keep


@dataclass
class Layout:
    encoding: str
    delimiter: str
    skip_lines: int                 # physical lines before the header (Excel's sep= line, titles)
    header: list[str]               # column names, made unique
    newline: str
    size: int
    utf8_path: Path                 # the file itself, or its UTF-8 copy in the work folder
    source: Path
    notes: list[Note] = field(default_factory=list)
    sample: list[list[str]] = field(default_factory=list)   # the first PREVIEW_ROWS records after the header
    head_lines: int = 0             # lines after the header in the first megabyte: at most its records
    titles: list[str] = field(default_factory=list)         # the non-blank lines above the header, as text
    header_lines: int = 1           # physical lines the header spans: a cell broken with Alt+Enter adds one
    skip_records: int = 0           # records before the header: DuckDB's reader skips records, not lines
    nameless: int = 0               # cells after the header's last name: columns Excel saved with no heading
    _scan: Scan | None = None
    _thread: threading.Thread | None = None
    _failed: OSError | None = None  # what stopped the thread's pass (the file gone, unreadable)
    _stop: threading.Event = field(default_factory=threading.Event)  # the import ended early: the pass need not go on

    @property
    def header_line(self) -> int:
        return self.skip_lines + 1

    @property
    def scan(self) -> Scan:
        """The whole-file pass: ready at once for transcoded files, else joined from its thread."""
        self.finish()
        if isinstance(self._failed, FileNotFoundError):
            # moved or deleted while it was read (a share that went away): said as a file that is not there
            raise SmarketingError("error.file_missing", path=str(self.source)) from self._failed
        if self._failed is not None:
            raise self._failed
        assert self._scan is not None
        return self._scan

    def finish(self, stop: bool = False) -> None:
        """Wait for the thread's pass over the file (`stop`: cut it short, nobody will read it): an import that
        ends early, refused or failed, never leaves it reading a file the caller then moves or deletes (the inbox's
        done/ and failed/ folders), nor waits for the rest of a large file it refused."""
        if stop:
            self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


def inspect(path: Path, workdir: Path, encoding: str | None = None, delimiter: str | None = None) -> Layout:
    """Refuse what is not a CSV, settle the encoding, sniff the dialect and the header.

    A file whose start reads as UTF-8 goes to DuckDB as it is, while a thread hashes it and counts its
    lines (hashlib runs without the GIL); any other file, or one where DuckDB then meets a byte that is not
    UTF-8, is first copied as UTF-8 by transcode()."""
    size, head, explicit, guessed = _head(path, encoding)
    _check_limits(path, head, size, guessed, delimiter)
    notes: list[Note] = []
    layout = Layout(encoding=guessed, delimiter=",", skip_lines=0, header=[], newline=_newline(head), size=size,
                    utf8_path=path, source=path, notes=notes)
    if layout.newline == _DOUBLED:
        layout.notes.append(Note("import.note_line_ends_doubled"))
    if guessed in ("utf-8", "utf-8-sig") and not (explicit and explicit != guessed) and layout.newline != _DOUBLED:
        layout._thread = threading.Thread(target=_scan_native, args=(layout,), daemon=True)
        layout._thread.start()
    else:
        transcode(layout, workdir, explicit or (guessed if guessed.startswith("utf-16") else None))
    try:
        if layout.utf8_path != path:
            with layout.utf8_path.open("rb") as fh:
                head = fh.read(SAMPLE_BYTES)
        _sniff(layout, _decode_head(head, "utf-8-sig" if layout.utf8_path != path else layout.encoding), delimiter)
    except BaseException:
        # a file refused here (too many columns, no header) is not read on behind the caller's back
        layout.finish(stop=True)
        raise
    return layout


def header(path: Path) -> list[str]:
    """The header alone, sniffed from the file's first megabyte: no copy and no pass over the whole file. The
    inbox picks a file's mapping by it before the import reads the file; a file that is no CSV is refused
    here as the import would refuse it."""
    size, head, _, guessed = _head(path, None)
    layout = Layout(encoding=guessed, delimiter=",", skip_lines=0, header=[], newline=_newline(head), size=size,
                    utf8_path=path, source=path, notes=[])
    # "mixed": UTF-8 with a few Windows-1252 bytes, read as the import's copy reads them
    _sniff(layout, _decode_head(head, "utf-8", "smarketing-cp1252") if guessed == "mixed" else
           _decode_head(head, guessed), None)
    return layout.header


def _head(path: Path, encoding: str | None) -> tuple[int, bytes, str | None, str]:
    """The file's size, its first megabyte, the encoding named (if it fits) and the one to read with; an
    empty or binary file (a spreadsheet, a zip, an image) is refused."""
    size = path.stat().st_size
    if size == 0:
        raise SmarketingError("error.file_empty")
    with path.open("rb") as fh:
        head = fh.read(SAMPLE_BYTES)
    for magic, key in _BINARY.items():
        if head.startswith(magic):
            raise SmarketingError(key)
    explicit = _fitting(_codec_name(encoding), head, whole=len(head) == size) if encoding else None
    guessed = explicit or _guess_encoding(head)
    if not guessed.startswith("utf-16"):
        controls = len(head) - len(head.translate(None, _CONTROL))
        if controls > max(16, len(head) // 100):
            raise SmarketingError("error.file_binary")
    return size, head, explicit, guessed


_CP1252_HOLES = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
_fallbacks = threading.local()


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """codecs error handler: a byte that is not UTF-8 is read as Windows-1252 (the five bytes that code page
    leaves undefined as Latin-1). A file saved by Excel in cp1252, or a UTF-8 file someone edited with an
    old tool, then reads as its author wrote it; nothing is ever replaced by a question mark."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start:exc.end]
    _fallbacks.count = getattr(_fallbacks, "count", 0) + len(bad)
    text = "".join(bytes([b]).decode("latin-1" if b in _CP1252_HOLES else "cp1252") for b in bad)
    return text, exc.end


codecs.register_error("smarketing-cp1252", _cp1252_fallback)


def transcode(layout: Layout, workdir: Path, explicit: str | None = None) -> None:
    """Write a UTF-8 copy of the file: decoded strictly with the encoding the user named, else as UTF-8
    with every non-UTF-8 byte read as cp1252 (see _Fallback). Reports what it found."""
    target = workdir / "utf8.csv"
    _fallbacks.count = 0
    decoder = codecs.getincrementaldecoder(explicit or "utf-8")("strict" if explicit else "smarketing-cp1252")
    # a file named cp1252 or latin-1 that is valid UTF-8 all through would turn "Caffè" into "CaffÃ¨"
    utf8 = codecs.getincrementaldecoder("utf-8")() if explicit in _SINGLE_BYTE else None
    digest, lines = hashlib.sha256(), _LineCounter()
    high = 0
    try:
        with layout.source.open("rb") as fh, target.open("wb") as out:
            pending = ""
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
                high += len(chunk) - len(chunk.translate(None, _HIGH))
                utf8 = _still_utf8(utf8, chunk)
                text = decoder.decode(chunk)
                if layout.newline == _DOUBLED:
                    # \r\r\n (a file passed twice through Windows text mode) is one line end, not a blank
                    # line inside every record; a \r at the chunk's end waits for what follows it
                    text = pending + text
                    cut = len(text.rstrip("\r"))
                    text, pending = text[:cut].replace("\r\r\n", "\r\n"), text[cut:]
                data = text.encode("utf-8")
                lines.add(data)
                out.write(data)
            data = (pending + decoder.decode(b"", final=True)).replace("\r\r\n", "\r\n").encode("utf-8")
            lines.add(data)
            out.write(data)
            utf8 = _still_utf8(utf8, b"", final=True)
    except UnicodeError:  # UnicodeDecodeError, or a UTF-16 stream without its byte order mark
        raise SmarketingError("error.encoding_mismatch", encoding=explicit) from None
    except OSError as exc:
        # the copy goes to the temporary folder: a full disk there is said in words, naming it
        full = storage.disk_error(exc, target)
        if full is None:
            raise
        raise full from exc
    if utf8 is not None and high:
        target.unlink(missing_ok=True)
        raise SmarketingError("error.encoding_is_utf8", encoding=explicit)
    if explicit:
        layout.encoding = explicit
    elif not _fallbacks.count:
        layout.encoding = "utf-8"
    elif high > _fallbacks.count:
        layout.encoding = "utf-8+cp1252"
        layout.notes.append(Note("import.note_encoding_mixed", {"count": _fallbacks.count}))
    elif _mac_roman(layout.source):
        transcode(layout, workdir, "mac_roman")
        layout.notes.append(Note("import.note_encoding_fallback", {"tried": "UTF-8", "used": "Mac Roman"}))
        return
    else:
        layout.encoding = "cp1252"
        layout.notes.append(Note("import.note_encoding_fallback", {"tried": "UTF-8", "used": "cp1252"}))
    layout.utf8_path = target
    layout._thread = None
    layout._scan = lines.scan(digest.hexdigest(), target)


_HIGH = bytes(range(128, 256))
_SINGLE_BYTE = ("cp1252", "latin-1", "mac_roman")
# an accented letter right after a letter, as Mac Roman writes it (à é è ì ò ù ä ö ü: bytes cp1252 reads as ˆ Ž “ ˜
# Š š Ÿ or leaves undefined) and as cp1252 does (any of its accented small letters: a German file's “ closing a
# word is outweighed by its ü and ö)
_MAC_VOWELS = re.compile(rb"[A-Za-z][\x88\x8a\x8e\x8f\x93\x98\x9a\x9d\x9f]")
_CP1252_VOWELS = re.compile(rb"[A-Za-z][\xdf-\xf6\xf8-\xff]")


def _mac_roman(source: Path) -> bool:
    """A file that is no UTF-8 came from Excel for Mac ("Niccolò" written 0x98 after the "l") rather than from
    Windows: read once more, as such files are the small ones people save by hand."""
    mac = windows = 0
    with source.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            mac += len(_MAC_VOWELS.findall(chunk))
            windows += len(_CP1252_VOWELS.findall(chunk))
    return mac > windows


def _still_utf8(decoder, chunk: bytes, final: bool = False):
    """The UTF-8 decoder while every byte so far is UTF-8, else None (and no more decoding)."""
    if decoder is None:
        return None
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return None
    return decoder


def _scan_native(layout: Layout) -> None:
    digest, lines = hashlib.sha256(), _LineCounter()
    try:
        with layout.source.open("rb") as fh:
            while not layout._stop.is_set() and (chunk := fh.read(CHUNK)):
                digest.update(chunk)
                lines.add(chunk)
        if not layout._stop.is_set():
            layout._scan = lines.scan(digest.hexdigest(), layout.source)
    except OSError as exc:
        # said where the import reads the pass (Layout.scan), as the same error met there would be
        layout._failed = exc


class _LineCounter:
    """Line ends and NUL bytes, counted on UTF-8 bytes, where a line end is always one byte."""

    def __init__(self) -> None:
        self.newlines = self.crs = self.nuls = 0
        self.last = b""

    def add(self, data: bytes) -> None:
        self.newlines += data.count(b"\n")
        if not self.newlines:
            # only a file without any LF ends its lines with CR alone: once an LF is seen, CRs tell nothing
            self.crs += data.count(b"\r")
        if b"\0" in data:
            # nearly no file has one: searching for it costs next to nothing, counting ~0.05 s a 130 MB file
            self.nuls += data.count(b"\0")
        self.last = data[-1:] or self.last

    def scan(self, sha256: str, path: Path) -> Scan:
        lines = self.newlines if self.newlines else self.crs  # old Mac files end lines with CR alone
        if self.last not in (b"\n", b"\r"):
            lines += 1
        blank, last = _tail(path)
        return Scan(sha256, lines, blank, self.nuls, last)


def _codec_name(name: str) -> str:
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        raise SmarketingError("error.encoding_unknown", encoding=name) from None
    aliases = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-le": "utf-16-le",
               "utf-16-be": "utf-16-be", "cp1252": "cp1252", "iso8859-1": "latin-1", "latin-1": "latin-1",
               "mac-roman": "mac_roman"}
    if canonical not in aliases:
        raise SmarketingError("error.encoding_unsupported", encoding=name)
    return aliases[canonical]


def _fitting(explicit: str, head: bytes, whole: bool) -> str:
    """The encoding the user named, once the first megabyte shows it can be right: a wrong one would not
    fail but quietly fill the store with other letters (UTF-16 read from a UTF-8 file gives Chinese-looking
    text, cp1252 read from UTF-8 turns "Caffè" into "CaffÃ¨"). "utf-16" without a byte order mark gets the
    order its bytes show, which Python cannot guess."""
    order = _utf16_order(head)
    if explicit.startswith("utf-16"):
        bom = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if order is None or (explicit != "utf-16" and not explicit.endswith(order)):
            raise SmarketingError("error.encoding_mismatch", encoding=explicit)
        return explicit if bom or explicit != "utf-16" else f"utf-16-{order}"
    if order is not None:
        raise SmarketingError("error.encoding_mismatch", encoding=explicit)
    utf8 = _reads_as_utf8(head, whole)
    if explicit in _SINGLE_BYTE and utf8 and head.translate(None, _HIGH) != head:
        raise SmarketingError("error.encoding_is_utf8", encoding=explicit)
    if explicit in _SINGLE_BYTE and not utf8 and _mostly_utf8(head):
        # a UTF-8 export with a line or two pasted from elsewhere: the automatic reading takes each as it is
        raise SmarketingError("error.encoding_mostly_utf8", encoding=explicit)
    if explicit.startswith("utf-8") and not utf8:
        raise SmarketingError("error.encoding_mismatch", encoding=explicit)
    return explicit


_UTF8_SEQUENCE = re.compile(rb"[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}")


def _mostly_utf8(head: bytes) -> bool:
    """Whether nine in ten bytes above ASCII (and at least ten) form UTF-8 letters: such a file is UTF-8 with a few
    stray bytes, which a single-byte encoding would turn into "CaffÃ¨" everywhere else."""
    high = len(head) - len(head.translate(None, _HIGH))
    in_letters = sum(len(m) for m in _UTF8_SEQUENCE.findall(head))
    return in_letters >= 10 and in_letters * 10 >= high * 9


def _reads_as_utf8(head: bytes, whole: bool) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a character cut by the end of the sample is no evidence against UTF-8
        return not whole and exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def _utf16_order(head: bytes) -> str | None:
    """"le" or "be" when the bytes are UTF-16, else None. Line ends, delimiters, digits and e-mail addresses
    are ASCII, which UTF-16 writes with a zero byte: on the odd side in little-endian files, on the even side
    in big-endian ones. Text in any other encoding holds no zero bytes (a damaged row may hold a few)."""
    if head.startswith(codecs.BOM_UTF16_LE):
        return "le"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "be"
    sample = head[:65536]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd + even < max(2, len(sample) // 100) or odd == even:
        return None
    return "le" if odd > even else "be"


def _check_limits(path: Path, head: bytes, size: int, encoding: str, delimiter: str | None) -> None:
    """Refuse, on the first megabyte alone, a file past the documented limits: a header line that does not
    end within it, a first line that does not end at all, more than MAX_COLUMNS columns."""
    text = head.decode("utf-8" if encoding == "mixed" else encoding, errors="replace").lstrip("\ufeff")
    cut = len(head) < size
    lines = _LINE_END.split(text)
    if cut:
        lines.pop()                     # the last line goes on past the first megabyte ("" when it just ended)
    i = _next_filled(lines, 0)
    forced = None
    match = re.fullmatch(r"\s*sep=(.)\s*", lines[i]) if i < len(lines) else None
    if match:
        forced = match.group(1)
        i = _next_filled(lines, i + 1)
    if i >= len(lines):
        if not cut:
            return                      # blank: _sniff says the file is empty
        if not lines and not _line_end_after(path, len(head)):
            raise SmarketingError("error.line_too_long", limit_mb=MAX_HEADER_BYTES // 1024 // 1024)
        raise SmarketingError("error.header_too_long", limit_mb=MAX_HEADER_BYTES // 1024 // 1024)
    choices = [given] if (given := delimiter or forced) else DELIMITERS
    columns = max(_width(row[0]) if (row := _records([lines[i]], d)) else 0 for d in choices)
    if columns > MAX_COLUMNS:
        raise SmarketingError("error.too_many_columns", columns=columns, limit=MAX_COLUMNS)


_LINE_END = re.compile(r"\r\n|\r|\n")


def _next_filled(lines: list[str], start: int) -> int:
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _line_end_after(path: Path, offset: int) -> bool:
    """Whether a line end comes within LINE_SEARCH_BYTES after `offset` (one read, searched in C)."""
    with path.open("rb") as fh:
        fh.seek(offset)
        more = fh.read(LINE_SEARCH_BYTES)
    return b"\n" in more or b"\r" in more


def _sniff(layout: Layout, text: str, delimiter: str | None) -> None:
    lines = _lines(text)[:SAMPLE_LINES]
    if not any(line.strip() for line in lines):
        raise SmarketingError("error.file_empty")
    skip = 0
    forced = None
    match = re.fullmatch(r"\s*sep=(.)\s*", lines[0]) if lines else None
    if match:
        forced = match.group(1)
        skip = 1
        layout.notes.append(Note("import.note_sep_line", {"delimiter": _show(forced)}))
    layout.delimiter = delimiter or forced or _guess_delimiter(lines[skip:], layout.notes)
    # the header is found among records, not lines: a header cell Excel users break with Alt+Enter ("Data
    # creazione" on two lines) is one record over two lines
    records, spans = _logical(lines, layout.delimiter)
    index = _header_index(records, skip, layout.delimiter, layout.notes)
    layout.skip_lines, layout.header_lines, layout.skip_records = sum(spans[:index]), spans[index], index
    layout.header = _header(records[index], layout.delimiter, layout.notes)
    layout.nameless = max(0, len(next(iter(_records([records[index]], layout.delimiter)), [])) - len(layout.header))
    for note in layout.notes:
        if note.key == "import.note_delimiter":
            # the columns the header names: rows with empty trailing cells (open deals) made the guess count fewer
            note.params["columns"] = len(layout.header)
    layout.titles = [" ".join(c.strip() for c in row if c.strip())
                     for row in _records(records[skip:index], layout.delimiter)]
    if len(layout.header) > MAX_COLUMNS:   # a header below title lines, which _check_limits did not see
        raise SmarketingError("error.too_many_columns", columns=len(layout.header), limit=MAX_COLUMNS)
    _ragged_note(records, index, len(layout.header), layout.nameless, layout.delimiter, layout.notes)
    body = _lines(text, keepends=True)[layout.skip_lines + layout.header_lines:]
    layout.head_lines = len(body)
    reader = csv.reader(io.StringIO("".join(body)), delimiter=layout.delimiter, quotechar='"')
    try:
        layout.sample = list(itertools.islice((row for row in reader if row), PREVIEW_ROWS))
    except csv.Error:
        layout.sample = []


_HEADER_SPAN = 10       # physical lines a record near the header may span before a stray quote is suspected


def _logical(lines: list[str], delimiter: str) -> tuple[list[str], list[int]]:
    """The lines joined into records as a CSV reader reads them, and how many lines each spans. Where a
    record among the first ones runs on for more than _HEADER_SPAN lines, a quote opened and never closed
    (a title "Report "Q4) would swallow the header: the lines are then taken one by one, as before."""
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter, quotechar='"')
    spans: list[int] = []
    try:
        for _ in reader:
            spans.append(reader.line_num - sum(spans))
    except csv.Error:
        spans = []
    if sum(spans) != len(lines) or any(span > _HEADER_SPAN for span in spans[:13]):
        return lines, [1] * len(lines)
    starts = list(itertools.accumulate([0] + spans))
    return ["\n".join(lines[a:b]) for a, b in zip(starts, starts[1:])], spans


def _lines(text: str, keepends: bool = False) -> list[str]:
    """Lines as a CSV reader ends them: at \r\n, \r or \n only. str.splitlines() also breaks at U+2028,
    U+0085 and form feeds, which web forms leave inside notes: a header would be split in two."""
    parts = re.split(r"(\r\n|\r|\n)", text)
    if parts and parts[-1] == "":
        parts.pop()
    lines = [parts[i] + (parts[i + 1] if keepends and i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    return lines


def _guess_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        # UTF-16 without a BOM: text in Latin script puts a zero in every other byte
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            return "utf-16-le"
        if even > len(sample) // 4 and odd == 0:
            return "utf-16-be"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a cut at the very end of the sample is no evidence against UTF-8
        if exc.start < len(head) - 3:
            return "mixed"
    return "utf-8"


def _tail(path: Path) -> tuple[int, bytes | None]:
    """The empty lines at the very end, and the last line that holds anything."""
    with path.open("rb") as fh:
        fh.seek(0, 2)
        start = max(0, fh.tell() - 4096)
        fh.seek(start)
        tail = fh.read()
    body = tail.rstrip(b"\r\n")
    ends = tail[len(body):].replace(b"\r\n", b"\n")
    cut = max(body.rfind(b"\n"), body.rfind(b"\r"))
    last = body[cut + 1:] if cut >= 0 or start == 0 else None
    # the first line end closes the last record; every further one is an empty line
    return max(0, len(ends) - 1), last


def _decode_head(head: bytes, encoding: str, errors: str = "replace") -> str:
    text = head.decode(encoding, errors=errors)
    if len(head) == SAMPLE_BYTES:
        # the sample may end inside a line: drop that partial line
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[:cut] if cut > 0 else text
    return text.lstrip("\ufeff")


_DOUBLED = "\r\r\n"


def _newline(head: bytes) -> str:
    if b"\r\r\n" in head:
        return _DOUBLED
    if b"\r\n" in head:
        return "\r\n"
    if b"\n" in head:
        return "\n"
    return "\r" if b"\r" in head else "\n"


def _records(lines: list[str], delimiter: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter, quotechar='"')
    try:
        return [row for row in reader if row and any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def _width(row: list[str]) -> int:
    """Columns up to the last non-empty cell: Excel pads rows and title lines with trailing delimiters."""
    for i in range(len(row), 0, -1):
        if row[i - 1].strip():
            return i
    return 0


def _guess_delimiter(lines: list[str], notes: list[Note]) -> str:
    """The delimiter that splits the first lines into the same number (2 or more) of columns most often.

    A ragged file keeps its best delimiter and has its odd rows rejected later; it never silently turns
    into a single column just because no delimiter is perfectly regular."""
    best = None
    for delimiter in DELIMITERS:
        records = _records(lines, delimiter)
        counts = Counter(_width(row) for row in records)
        if not counts:
            continue
        mode, hits = _usual_width(counts)
        # the cells as written count too: an Italian sheet whose last column is sometimes empty is regular with
        # ";" only when the empty cells are counted, while its decimal commas make "," look regular
        written, written_hits = _usual_width(Counter(len(row) for row in records))
        if written_hits > hits and written >= 2:
            mode, hits = written, written_hits
        share = hits / sum(counts.values())
        score = (mode >= 2, share >= 0.5, share, mode)
        if best is None or score > best[0]:
            best = (score, delimiter, mode)
    if best is None or not best[0][0]:
        notes.append(Note("import.note_single_column"))
        return ","
    _, delimiter, mode = best
    notes.append(Note("import.note_delimiter", {"delimiter": _show(delimiter), "columns": mode}))
    return delimiter


def _usual_width(widths: Counter[int]) -> tuple[int, int]:
    """The most common number of columns and its count, among rows of two columns or more when there are
    any: a short export's title lines (LinkedIn writes four) must not outnumber its rows into the header."""
    several = Counter({w: n for w, n in widths.items() if w >= 2})
    return (several or widths).most_common(1)[0]


def _header_index(lines: list[str], start: int, delimiter: str, notes: list[Note]) -> int:
    """Skip blank lines and title rows above the header: the header is the first line that has as many
    columns as most of the data below it."""
    candidates = [i for i in range(start, min(len(lines), start + 12)) if lines[i].strip()]
    if not candidates:
        raise SmarketingError("error.file_empty")
    widths = Counter(_width(r) for r in _records(lines[candidates[0]:], delimiter))
    mode = _usual_width(widths)[0] if widths else 1
    for i in candidates:
        row = _records([lines[i]], delimiter)
        if row and _width(row[0]) >= mode:
            if i > start:
                notes.append(Note("import.note_skipped_lines", {"count": i - start}))
            return i
    return candidates[0]


def _ragged_note(lines: list[str], header_index: int, width: int, nameless: int, delimiter: str,
                 notes: list[Note]) -> None:
    rows = _records(lines[header_index + 1:], delimiter)
    # a cell under a heading left empty (a note typed beside the table) is no extra column: the header has it
    odd = sum(1 for row in rows if len(row) < width or _width(row) > width + nameless)
    if rows and odd / len(rows) > 0.05:
        notes.append(Note("import.note_ragged", {"share": round(100 * odd / len(rows))}))


_DATA_LIKE = re.compile(r"^[\d\s.,:/+-]+$|@")


def _header(line: str, delimiter: str, notes: list[Note]) -> list[str]:
    records = _records([line], delimiter)
    # a line of delimiters alone names no column
    # a name broken over lines in its cell ("Data⏎creazione") is the name on one line
    cells = [re.sub(r"\s*[\r\n]+\s*", " ", c.strip().lstrip("\ufeff")) for c in records[0]] if records else []
    # trailing delimiters leave nameless columns at the end; they are checked to be empty, not mapped
    while cells and not cells[-1]:
        cells.pop()
    if not cells:
        raise SmarketingError("error.file_no_header")
    filled = [c for c in cells if c]
    if filled and sum(bool(_DATA_LIKE.search(c)) for c in filled) > len(filled) / 2:
        raise SmarketingError("error.file_no_header")
    names: list[str] = []
    seen: Counter[str] = Counter()
    for position, cell in enumerate(cells, start=1):
        name = cell or f"#{position}"
        seen[name.lower()] += 1
        if seen[name.lower()] > 1:
            notes.append(Note("import.note_duplicate_header", {"name": name, "position": position}))
            name = f"{name} ({seen[name.lower()]})"
        names.append(name)
    return names


def _show(delimiter: str) -> str:
    return {"\t": "TAB", " ": "SPACE"}.get(delimiter, delimiter)
