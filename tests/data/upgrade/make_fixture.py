"""Writes a database as a release left it, for tests/db/test_upgrade.py: the release's own code (a git
revision, checked out apart) fills a store through its command line, then DuckDB exports it (schema, macros
and data as CSV: portable across DuckDB versions, unlike the file).

    python tests/data/upgrade/make_fixture.py REVISION

Run it with the revision of each release to keep; the folder is tests/data/upgrade/release-REVISION."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
CORPUS = ROOT / "tests" / "data" / "import"


def main(revision: str) -> None:
    out = HERE / f"release-{revision}"
    with tempfile.TemporaryDirectory() as tmp:
        code = Path(tmp) / "code"
        subprocess.run(["git", "worktree", "add", "--detach", str(code), revision], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            store = Path(tmp) / "release.duckdb"

            def cli(*args: str) -> None:
                subprocess.run([sys.executable, "-m", "smarketing", "--db", str(store), *args], cwd=code,
                               check=True, capture_output=True,
                               env={**os.environ, "SMARKETING_TODAY": "2026-11-25", "SMARKETING_LANG": "it"})

            cli("init")
            cli("import", "leads", str(CORPUS / "zoho_leads.csv"), "--preset", "zoho-leads")
            cli("import", "leads", str(CORPUS / "pipedrive_deals_closed_on.csv"), "--save-as", "Pipedrive vendite")
            cli("import", "spend", str(CORPUS / "meta_ads_by_day.csv"), "--preset", "meta-ads")
            cli("objectives", "add", "Portare gli MQL da Google Ads a 40 al mese entro il 31/03/2027",
                "--owner", "marketing:Giulia Ferrari", "--owner", "sales:Matteo Ricci")
            shutil.rmtree(out, ignore_errors=True)
            con = duckdb.connect(str(store))
            con.execute(f"export database '{out}' (format csv)")
            con.close()
            # file names relative to the folder, as IMPORT DATABASE reads them wherever the folder is
            load = out / "load.sql"
            load.write_text(load.read_text(encoding="utf-8").replace(f"'{out}/", "'"), encoding="utf-8")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(code)], cwd=ROOT, check=True)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1])
