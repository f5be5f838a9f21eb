"""Limits that answer in seconds, in words (docs/import-limits.md): files past a limit, an encoding that
does not fit, a full disk, a reader that leaves early, an import killed halfway.

Every command runs in a subprocess with a timeout, so a hang fails the test instead of stalling it; big
files are generated into tmp_path at test time."""

from __future__ import annotations

import errno
import functools
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from smarketing import db, storage
from smarketing.errors import SmarketingError
from smarketing.importing import ImportOptions, detect, run_import
from tests.conftest import ROOT
from tests.helpers import cli_in_process, cli_process

TIMEOUT = 60          # seconds; each command here takes a few on a slow shared machine
TABLES = ("leads", "spend", "import_batches")

TOO_MANY_IT = ("Il file ha {columns} colonne: se ne possono importare al massimo 2000. Esporta di nuovo dal CRM "
               "solo le colonne che servono (email o ID, nome, azienda, fase, date, valore) e riprova.")
TOO_MANY_EN = ("The file has {columns} columns: at most 2000 can be imported. Export again from the CRM with only "
               "the columns you need (email or ID, name, company, stage, dates, value) and try again.")
HEADER_IT = ("La riga con i nomi delle colonne è più lunga di 1 MB, il massimo per l'intestazione: di solito vuol "
             "dire migliaia di colonne. Esporta di nuovo dal CRM solo le colonne che servono e riprova.")
HEADER_EN = ("The line with the column names is longer than 1 MB, the most a header may take: that usually means "
             "thousands of columns. Export again from the CRM with only the columns you need and try again.")
LINE_IT = ("La prima riga del file va oltre 1 MB senza andare a capo: non è un CSV con una riga per record (forse "
           "un export JSON, o un file salvato senza a capo). Esporta di nuovo i dati dal CRM in formato CSV.")
LINE_EN = ("The first line of the file runs past 1 MB without a line break: this is not a CSV with one row per "
           "record (perhaps a JSON export, or a file saved without line breaks). Export the data from your CRM "
           "as CSV again.")
MISMATCH_IT = ("Il file non si legge come {encoding}: controlla la codifica (--encoding) o salvalo di nuovo come "
               "CSV UTF-8.")
MISMATCH_EN = "The file does not read as {encoding}: check the encoding (--encoding) or save it again as CSV UTF-8."
IS_UTF8_IT = ("Il file è scritto in UTF-8, non in {encoding}: letto come {encoding}, le lettere accentate "
              "diventerebbero altri segni («Caffè» come «CaffÃ¨»). Lascia la codifica automatica, o scegli utf-8.")
IS_UTF8_EN = ("The file is written in UTF-8, not in {encoding}: read as {encoding}, accented letters would turn "
              "into other signs (\"Caffè\" as \"CaffÃ¨\"). Leave the encoding automatic, or choose utf-8.")
DISK_IT = ("Non c'è più spazio su disco per scrivere in {folder}. L'operazione è stata annullata senza salvare "
           "nulla a metà: il database è integro. Libera spazio (o chiedi a chi gestisce il server) e riprova.")
DISK_EN = ("There is no disk space left to write in {folder}. The operation was cancelled without keeping "
           "anything half-written: the database is intact. Free some space (or ask whoever runs the server) "
           "and try again.")


def cli(*args: str, env: dict | None = None, preexec_fn=None) -> subprocess.CompletedProcess:
    """The command line; in a process of its own only where it needs one: another environment or a limit on
    the size of the files it writes."""
    if env is None and preexec_fn is None:
        return cli_in_process(*args)
    return cli_process(*args, env=env, preexec_fn=preexec_fn, timeout=TIMEOUT)


def counts(path: Path) -> dict[str, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A store that already holds an import of two leads, so that "unchanged" means something; made once for the
    module, each test taking its own copy (store)."""
    path = tmp_path_factory.mktemp("seeded") / "store.duckdb"
    seed = path.parent / "seed.csv"
    seed.write_text("Email,Azienda\nanna@alfa.it,Alfa\nbruno@beta.it,Beta\n", encoding="utf-8")
    con = db.connect(path)
    run_import(con, seed, ImportOptions(kind="leads"))
    con.close()
    assert counts(path) == {"leads": 2, "spend": 0, "import_batches": 1}
    return path


@pytest.fixture
def store(seeded: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store.duckdb"
    shutil.copy(seeded, path)
    return path


def refused(store: Path, file: Path, lang: str, message: str, code: str, *options: str,
            env: dict | None = None, preexec_fn=None) -> None:
    """The import of `file` fails with exit 1 and exactly `message`, in words and in JSON, and changes
    nothing in the store."""
    before = counts(store)
    out = cli("--db", str(store), "--lang", lang, "import", "leads", str(file), *options, "--format", "json",
              env=env, preexec_fn=preexec_fn)
    assert out.returncode == 1, out.stderr
    prefix = "Errore" if lang == "it" else "Error"
    assert out.stderr == f"{prefix}: {message}\n"
    body = json.loads(out.stdout)
    assert (body["status"], body["batch_id"], body["code"], body["message"], body["rows_read"]) == (
        "failed", None, code, message, 0)
    assert counts(store) == before


def write_lines(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(",".join(r) + "\n" for r in [header, *rows]).encode(encoding))
    return path


# ---------------------------------------------------------------------------------------------- columns


def test_200000_columns_are_refused_in_seconds(store, tmp_path):
    """Today's minutes and 1.9 GB: refused on the first megabyte."""
    width = 200_000
    file = write_lines(tmp_path / "wide.csv", ["email"] + ["x"] * (width - 1),
                       [[f"u{r}@x.it"] + ["1"] * (width - 1) for r in range(3)])
    refused(store, file, "it", TOO_MANY_IT.format(columns=width), "error.too_many_columns")


def test_one_column_past_the_limit_is_refused_and_the_limit_itself_is_read(store, tmp_path):
    file = write_lines(tmp_path / "2001.csv", ["email"] + [f"c{i}" for i in range(2000)],
                       [["u@x.it"] + ["1"] * 2000])
    refused(store, file, "en", TOO_MANY_EN.format(columns=2001), "error.too_many_columns")
    at_limit = write_lines(tmp_path / "2000.csv", ["email"] + [f"c{i}" for i in range(1999)],
                           [["u@x.it"] + ["1"] * 1999])
    work = tmp_path / "work"
    work.mkdir()
    layout = detect.inspect(at_limit, work)
    assert len(layout.header) == detect.MAX_COLUMNS == 2000


def test_trailing_delimiters_that_excel_pads_with_do_not_count(tmp_path):
    """Excel pads every line to its widest one: empty cells after the last name are no columns."""
    file = tmp_path / "padded.csv"
    file.write_text("email,company" + "," * 5000 + "\nu@x.it,Alfa" + "," * 5000 + "\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    assert detect.inspect(file, work).header == ["email", "company"]


def test_a_wide_header_below_title_lines_is_refused_too(tmp_path):
    file = tmp_path / "titled.csv"
    file.write_text("Export contatti\n\n" + ";".join(f"c{i}" for i in range(2500)) + "\n"
                    + ";".join("1" for _ in range(2500)) + "\n", encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(SmarketingError) as caught:
        detect.inspect(file, work)
    assert (caught.value.key, caught.value.params) == ("error.too_many_columns", {"columns": 2500, "limit": 2000})
    # refused, the file is read no further: no pass over it goes on behind the caller's back (one did, and met the
    # file gone once the test's folder was cleaned: an error in a thread nobody waits for)
    assert _scans_running() == []


def _scans_running() -> list[str]:
    return [t.name for t in threading.enumerate() if "_scan_native" in t.name and t.is_alive()]


def test_an_import_refused_after_reading_the_header_leaves_no_pass_over_the_file_running(tmp_path, migrated,
                                                                                         monkeypatch):
    # a header with no column the import can use: refused once the file is inspected and its pass has started.
    # The pass is held until the import either waits for it (Layout.finish) or has returned without waiting: which
    # came first is told by events, never by how long the import took on a busy machine
    first: list[str] = []
    moved = threading.Event()

    def mark(what):
        if not moved.is_set():
            first.append(what)
            moved.set()

    real_scan, real_finish = detect._scan_native, detect.Layout.finish

    # (named as the pass it stands for: a thread takes its target's name, which _scans_running looks for)
    @functools.wraps(real_scan)
    def held(layout):
        moved.wait(timeout=60)      # a bound for a hung test only: one of the two always comes
        real_scan(layout)

    def finishing(layout, stop=False):
        mark("waited for the pass")
        real_finish(layout, stop)

    monkeypatch.setattr(detect, "_scan_native", held)
    monkeypatch.setattr(detect.Layout, "finish", finishing)
    file = tmp_path / "nothing.csv"
    file.write_text("colore;peso\nrosso;3\n", encoding="utf-8")
    con = db.connect(migrated)
    try:
        with pytest.raises(SmarketingError) as caught:
            run_import(con, file, ImportOptions(backup=False))
        mark("returned")
    finally:
        mark("returned")
        con.close()
    assert caught.value.key == "error.import_no_key"
    assert first == ["waited for the pass"] and _scans_running() == []


def test_a_file_gone_during_its_pass_is_said_where_the_import_reads_it(tmp_path):
    # the pass over the whole file runs beside the header's reading; what stops it (the file moved away, a share
    # gone) is raised where the import asks for the pass, never lost in the thread
    layout = detect.Layout(encoding="utf-8", delimiter=",", skip_lines=0, header=["email"], newline="\n", size=10,
                           utf8_path=tmp_path / "gone.csv", source=tmp_path / "gone.csv")
    detect._scan_native(layout)
    with pytest.raises(SmarketingError) as caught:
        _ = layout.scan
    assert caught.value.message("it") == f"Il file {tmp_path / 'gone.csv'} non esiste."
    assert caught.value.message("en") == f"The file {tmp_path / 'gone.csv'} does not exist."


@pytest.mark.parametrize("width", [1000, 2000])
def test_1000_columns_and_the_limit_itself_import(store, tmp_path, width):
    file = write_lines(tmp_path / "wide.csv", ["email"] + [f"col{i}" for i in range(width - 1)],
                       [[f"u{r}@x.it"] + [str(i) for i in range(width - 1)] for r in range(3)])
    out = cli("--db", str(store), "import", "leads", str(file), "--format", "json")
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert (body["status"], body["rows_read"], body["inserted"], body["rejected"]) == ("committed", 3, 3, 0)
    assert counts(store) == {"leads": 5, "spend": 0, "import_batches": 2}


# ---------------------------------------------------------------------------------------------- lines


def test_a_header_over_1_mb_is_refused(store, tmp_path):
    names = [f"a_long_column_name_{i:07d}" for i in range(60_000)]     # about 1.6 MB
    file = write_lines(tmp_path / "long-header.csv", ["email", *names], [["u@x.it"] + ["1"] * len(names)])
    assert file.stat().st_size > 1.5 * 1024 * 1024
    refused(store, file, "it", HEADER_IT, "error.header_too_long")


def test_a_50_mb_line_without_a_line_break_is_refused(store, tmp_path):
    file = tmp_path / "one-line.csv"
    with file.open("w", encoding="utf-8") as fh:
        fh.write("email,")
        for _ in range(50):
            fh.write("abc," * (1024 * 1024 // 4))
    assert file.stat().st_size > 50 * 1024 * 1024
    refused(store, file, "en", LINE_EN, "error.line_too_long")
    refused(store, file, "it", LINE_IT, "error.line_too_long")


def test_a_first_megabyte_without_any_line_break_is_no_longer_called_empty(tmp_path):
    """It used to end as "the file is empty" or "no header"."""
    work = tmp_path / "work"
    work.mkdir()
    blob = tmp_path / "blob.csv"
    blob.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(SmarketingError) as caught:
        detect.inspect(blob, work)
    assert caught.value.key == "error.line_too_long"
    # a header that starts after Excel's sep= line and runs past the first megabyte
    late = tmp_path / "late.csv"
    late.write_bytes(b"sep=;\r\n" + b";".join(b"column %d" % i for i in range(150_000)) + b"\r\nu@x.it\r\n")
    with pytest.raises(SmarketingError) as caught:
        detect.inspect(late, work)
    assert caught.value.key == "error.header_too_long"


# ---------------------------------------------------------------------------------------------- encodings


@pytest.fixture
def utf8_file(tmp_path) -> Path:
    return write_lines(tmp_path / "utf8.csv", ["Email", "Azienda"], [["anna@alfa.it", "Caffè Rossi"]])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_named_for_a_file_that_is_not_is_refused(store, utf8_file, encoding):
    refused(store, utf8_file, "it", MISMATCH_IT.format(encoding=encoding), "error.encoding_mismatch",
            "--encoding", encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_single_byte_encoding_named_for_a_utf8_file_is_refused(store, utf8_file, encoding):
    refused(store, utf8_file, "it", IS_UTF8_IT.format(encoding=encoding), "error.encoding_is_utf8",
            "--encoding", encoding)


def test_a_single_byte_encoding_named_for_a_utf8_file_with_a_stray_byte_is_refused_too(store, tmp_path):
    """A UTF-8 export with one line pasted from a cp1252 file: cp1252 would read every other accent wrong
    ("Nicolò" as "NicolÃ²"), so naming it is refused; the automatic reading takes each line as it is."""
    rows = [[f"p{i}@x.it", name] for i, name in enumerate(["Nicolò", "Gómez", "O’Connor", "Zoë", "François"] * 4)]
    file = write_lines(tmp_path / "mixed.csv", ["Email", "Nome"], rows)
    file.write_bytes(file.read_bytes() + "z@x.it,Caffè\n".encode("cp1252"))
    refused(store, file, "it", "Il file è scritto quasi tutto in UTF-8, non in cp1252: letto come cp1252, le lettere "
            "accentate diventerebbero altri segni («Caffè» come «CaffÃ¨»). Lascia la codifica automatica, che legge "
            "anche le poche righe scritte altrimenti.", "error.encoding_mostly_utf8", "--encoding", "cp1252")


def test_utf8_accents_after_the_first_megabyte_are_caught_as_well(store, tmp_path):
    """The first megabyte is plain ASCII; the whole-file copy sees the rest and refuses before any write."""
    rows = [[f"u{i}@x.it", f"Azienda {i}"] for i in range(60_000)] + [["z@x.it", "Caffè Rossi"]]
    file = write_lines(tmp_path / "late-accents.csv", ["Email", "Azienda"], rows)
    assert file.stat().st_size > 1024 * 1024
    refused(store, file, "en", IS_UTF8_EN.format(encoding="cp1252"), "error.encoding_is_utf8",
            "--encoding", "cp1252")


def test_utf16_of_the_other_byte_order_and_utf8_for_a_cp1252_file_are_refused(store, tmp_path):
    little = write_lines(tmp_path / "le.csv", ["Email", "Azienda"], [["anna@alfa.it", "Caffè"]], "utf-16-le")
    refused(store, little, "en", MISMATCH_EN.format(encoding="utf-16-be"), "error.encoding_mismatch",
            "--encoding", "utf-16-be")
    windows = write_lines(tmp_path / "cp.csv", ["Email", "Azienda"], [["anna@alfa.it", "Caffè"]], "cp1252")
    refused(store, windows, "en", MISMATCH_EN.format(encoding="utf-8"), "error.encoding_mismatch",
            "--encoding", "utf-8")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_reads_in_the_order_its_bytes_show(tmp_path, codec):
    """Python's "utf-16" needs a byte order mark; a file without one used to end in an unexpected error."""
    file = write_lines(tmp_path / "no-bom.csv", ["Email", "Azienda"], [["anna@alfa.it", "Caffè Rossi"]], codec)
    work = tmp_path / "work"
    work.mkdir()
    layout = detect.inspect(file, work, encoding="utf-16")
    assert (layout.encoding, layout.header, layout.sample) == (codec, ["Email", "Azienda"],
                                                              [["anna@alfa.it", "Caffè Rossi"]])


def test_fitting_encodings_still_read(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    windows = write_lines(tmp_path / "cp.csv", ["Email", "Azienda"], [["anna@alfa.it", "Caffè"]], "cp1252")
    assert detect.inspect(windows, work, encoding="cp1252").sample == [["anna@alfa.it", "Caffè"]]
    ascii_only = write_lines(tmp_path / "ascii.csv", ["Email", "Azienda"], [["anna@alfa.it", "Alfa"]])
    assert detect.inspect(ascii_only, work, encoding="latin-1").sample == [["anna@alfa.it", "Alfa"]]
    bom = tmp_path / "bom.csv"
    bom.write_bytes("Email,Azienda\nanna@alfa.it,Caffè\n".encode("utf-16"))
    assert detect.inspect(bom, work, encoding="utf-16").sample == [["anna@alfa.it", "Caffè"]]


# ---------------------------------------------------------------------------------------------- full disk


def _file_size_limit(limit: int):
    def limited() -> None:
        # without the signal ignored the kernel would kill the process; ignored, the write fails with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limited


def _rows(path: Path, count: int, extra: bytes = b"") -> Path:
    duckdb.connect().execute(
        "copy (select 'K' || i as id, 'u' || i || '@x.it' as email, 'Azienda ' || i as company, 'lead' as stage "
        f"from range({int(count)}) t(i)) to ? (header)", [str(path)])
    if extra:
        data = path.read_bytes()
        header, _, body = data.partition(b"\n")
        path.write_bytes(header + b"\n" + extra + body)
    return path


def test_a_full_temporary_folder_stops_the_staged_copy(store, tmp_path):
    """A cp1252 file is first copied as UTF-8 into the temporary folder: that copy hits the limit."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    file = _rows(tmp_path / "windows.csv", 300_000, extra=b"K-1,caffe@x.it,Caff\xe8 Rossi,lead\n")
    limit = storage.file_size(store) + 512 * 1024
    assert file.stat().st_size > 2 * limit
    refused(store, file, "it", DISK_IT.format(folder=temp), "error.disk_full",
            env=dict(os.environ, TMPDIR=str(temp)), preexec_fn=_file_size_limit(limit))


def test_a_full_database_folder_rolls_the_import_back(store, tmp_path):
    """A UTF-8 file goes to DuckDB as it is: the writes into the database file hit the limit."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    file = _rows(tmp_path / "many.csv", 300_000)
    limit = storage.file_size(store) + 512 * 1024
    refused(store, file, "en", DISK_EN.format(folder=tmp_path), "error.disk_full",
            env=dict(os.environ, TMPDIR=str(temp)), preexec_fn=_file_size_limit(limit))
    con = db.connect(store)
    assert con.execute("select email from leads order by 1").fetchall() == [("anna@alfa.it",), ("bruno@beta.it",)]
    con.close()


def test_disk_error_names_the_folder_or_says_none(tmp_path):
    wal = tmp_path / "x.duckdb.wal"
    found = storage.disk_error(duckdb.IOException(f'IO Error: Could not write file "{wal}": No space left on device'))
    assert (found.key, found.params) == ("error.disk_full", {"folder": str(tmp_path)})
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise SmarketingError("error.write_failed", path=str(tmp_path / "out.csv"), detail="disk") from exc
    except SmarketingError as outer:
        assert storage.disk_error(outer).params == {"folder": str(tmp_path)}
    assert storage.disk_error(OSError(errno.EFBIG, "File too large")).params == {"folder": str(Path(
        __import__("tempfile").gettempdir()).absolute())}
    assert storage.disk_error(OSError(errno.EACCES, "Permission denied", str(wal))) is None
    assert storage.disk_error(duckdb.IOException('Could not write file "x": Permission denied')) is None
    assert storage.disk_error(ValueError("no")) is None


# ---------------------------------------------------------------------------------------------- pipes


def test_piping_into_head_ends_quietly(demo_template, tmp_path):
    store = tmp_path / "demo.duckdb"
    store.write_bytes(demo_template.read_bytes())
    # about 1 MB of output: far more than a pipe holds, so the writer meets the closed end
    proc = subprocess.Popen([sys.executable, "-m", "smarketing", "--db", str(store), "metrics", "funnel", "--by",
                             "campaign", "--every", "week", "--format", "json"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline() == b"[\n"
    ends_quietly(proc)


def test_a_reader_gone_before_the_first_line_ends_quietly(store):
    """`imports list | head -0`: the few lines are written at exit, into a pipe nobody reads any more."""
    proc = subprocess.Popen([sys.executable, "-m", "smarketing", "--db", str(store), "imports", "list"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ends_quietly(proc)


def ends_quietly(proc: subprocess.Popen) -> None:
    """The reader closes the pipe: the CLI stops with 141 within the time limit and writes nothing to stderr."""
    proc.stdout.close()
    try:
        assert proc.wait(timeout=TIMEOUT) == 141
    finally:
        proc.kill()
    assert proc.stderr.read() == b""
    proc.stderr.close()


# ---------------------------------------------------------------------------------------------- killed import


def test_a_killed_import_leaves_no_staged_rows_once_the_next_command_starts(store, tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, TMPDIR=str(temp))
    # cp1252 somewhere: the whole file is staged as a UTF-8 copy, customer rows and all
    big = _rows(tmp_path / "big.csv", 1_500_000, extra=b"K-1,caffe@x.it,Caff\xe8 Rossi,lead\n")
    # a live process of the same machine with its own staging: the next command must leave it alone
    live = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom smarketing import storage\n"
                             "(storage.staging_dir() / 'import-live').mkdir(parents=True)\nprint('ready', flush=True)\n"
                             "sys.stdin.read()"],
                            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    importing = None
    try:
        assert live.stdout.readline() == "ready\n"
        importing = subprocess.Popen([sys.executable, "-m", "smarketing", "--db", str(store), "import", "leads",
                                      str(big)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + TIMEOUT
        while not list(temp.glob("smarketing-*/staging/import-*/utf8.csv")):
            assert importing.poll() is None, "the import ended before it staged anything; use a bigger file"
            assert time.monotonic() < deadline, "the import staged nothing within the time"
            time.sleep(0.01)
        os.kill(importing.pid, signal.SIGKILL)
        importing.wait(timeout=TIMEOUT)
        staged = sorted(p.name for p in temp.glob("smarketing-*/staging/import-*"))
        assert len(staged) == 2 and "import-live" in staged
        out = cli("--db", str(store), "info", env=env)
        assert out.returncode == 0, out.stderr
        assert [p.name for p in temp.glob("smarketing-*/staging/import-*")] == ["import-live"]
        assert counts(store) == {"leads": 2, "spend": 0, "import_batches": 1}
    finally:
        if importing is not None and importing.poll() is None:
            importing.kill()
        live.communicate(timeout=TIMEOUT)
    # the live process removed its own folder when it ended
    assert list(temp.glob("smarketing-*")) == []
