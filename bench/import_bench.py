"""Import speed and memory against DuckDB's own CSV load (issues 3 and 16). Not part of the test suite.

    python bench/import_bench.py [--rows 1000000] [--repeat 3]

For each variant (plain export, Italian-locale export) it writes a CSV, then measures, each in a fresh
process so peak memory belongs to that step alone:
  a  bare DuckDB: CREATE TABLE t AS SELECT * FROM read_csv(file) into a new database file (the baseline)
  b  the import of the file as leads into an empty database (run_import, the CLI's call)
  c  the same import again into that database (everything unchanged)
  d  the floor: plain SQL writing the same end state as b (leads, stage_events, lead_journeys, same counts)
     from the same file, with no check at all: what any import must at least spend
  e  the re-import's floor: plain SQL reading the file and comparing each row with the stored lead of its
     key (every value and the stage), on the database c ran on, writing nothing, as c writes nothing
Ratios use medians over --repeat runs, all taken in this one run on this machine.
Targets: b/a <= 2.0, c/a <= 2.0, peak memory of b under 1 GB. Results go to bench/results/."""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGETS = {"b/a": 2.0, "c/a": 2.0, "peak_b_mb": 1024}

# Ten columns of a typical CRM export, about 100 bytes a row.
PLAIN = """
copy (
    select
        'CRM-' || lpad(i::varchar, 7, '0') as "Record ID",
        'contatto' || i || '@azienda' || (i % 9973) || '.it' as "Email",
        (['Mario', 'Giulia', 'Luca', 'Sara', 'Paolo', 'Chiara'])[1 + i % 6] as "First Name",
        (['Rossi', 'Bianchi', 'Ferrari', 'Colombo', 'Ricci'])[1 + (i // 7) % 5] as "Last Name",
        'Azienda ' || (i % 20011) || ' S.r.l.' as "Company",
        (['Google Ads', 'LinkedIn', 'Webinar', 'Fiere', 'Referral', 'Newsletter'])[1 + i % 6] as "Lead Source",
        (['lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer'])[1 + i % 5]
            as "Lifecycle Stage",
        strftime(timestamp '2024-01-01' + to_seconds(i * 53), '%Y-%m-%d %H:%M') as "Create Date",
        case when i % 5 >= 3 then round(1000 + (i % 997) * 97.31, 2) end as "Amount",
        (['Luca Bertolini', 'Sara Colombo', 'Davide Mancini'])[1 + i % 3] as "Contact owner"
    from range(1, $rows + 1) as t(i)
) to $path (header, delimiter ',')
"""

ITALIAN = """
copy (
    select
        'CRM-' || lpad(i::varchar, 7, '0') as "Codice",
        'contatto' || i || '@azienda' || (i % 9973) || '.it' as "Email",
        (['Mario', 'Giulia', 'Luca', 'Sara', 'Paolo', 'Chiara'])[1 + i % 6] as "Nome",
        (['Rossi', 'Bianchi', 'Ferrari', 'Colombo', 'Ricci'])[1 + (i // 7) % 5] as "Cognome",
        'Azienda ' || (i % 20011) || ' S.r.l.' as "Ragione sociale",
        (['Google Ads', 'LinkedIn', 'Webinar', 'Fiere', 'Referral', 'Newsletter'])[1 + i % 6] as "Fonte",
        (['Contatto', 'MQL', 'SQL', 'Opportunità', 'Cliente'])[1 + i % 5] as "Fase",
        strftime(timestamp '2024-01-01' + to_seconds(i * 53), '%d/%m/%Y %H:%M') as "Data creazione",
        case when i % 5 >= 3 then replace(replace(replace(format('{:,.2f}', 1000 + (i % 997) * 97.31),
            ',', '#'), '.', ','), '#', '.') end as "Valore",
        (['Luca Bertolini', 'Sara Colombo', 'Davide Mancini'])[1 + i % 3] as "Commerciale"
    from range(1, $rows + 1) as t(i)
) to $path (header, delimiter ';')
"""

BASELINE = """
import duckdb, json, resource, sys, time
start = time.perf_counter()
con = duckdb.connect(sys.argv[1])
con.execute("create table t as select * from read_csv(?)", [sys.argv[2]])
con.close()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

IMPORT = """
import json, resource, sys, time
from smarketing import db
from smarketing.importing import ImportOptions, run_import
start = time.perf_counter()
con = db.connect(sys.argv[1])
# the automatic backup before an import is a cost of its own, outside the targets of this benchmark
result = run_import(con, sys.argv[2], ImportOptions(backup=False))
tables = con.execute("select (select count(*) from leads), (select count(*) from stage_events), "
                     "(select count(*) from lead_journeys)").fetchone()
con.close()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rows_read": result.rows_read, "inserted": result.inserted, "updated": result.updated,
                  "unchanged": result.unchanged, "rejected": result.rejected, "tables": tables}))
"""

# The floors (d, e) run plain SQL; the rows of its last statement come back as "found".
# d: the file's columns straight into the three tables, as the import stores them; FLOOR_COLUMNS reads each
# variant's columns (stage codes, timestamps, decimals). The bench stops if it writes other counts.
FLOOR = """
import json, resource, sys, time
from smarketing import db
start = time.perf_counter()
con = db.connect(sys.argv[1])
con.execute("begin")
for statement in con.extract_statements(sys.argv[3]):
    cur = con.execute(statement.query, {"path": sys.argv[2]} if statement.named_parameters else None)
found = cur.fetchall()
con.execute("commit")
tables = con.execute("select (select count(*) from leads), (select count(*) from stage_events), "
                     "(select count(*) from lead_journeys)").fetchone()
con.close()
print(json.dumps({"seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "tables": tables,
                  "found": found[0] if found else None}))
"""

FLOOR_SQL = """
create temp table staged as select {columns} from read_csv($path, all_varchar = true);

-- the row id numbers the rows in file order, as the import's does: cheaper than row_number() over ()
create temp view t as select rowid + 1 as lead_id, * from staged;

-- the rows are numbered: the tables may now be written in any order, the cheapest way (each row keeps its id)
set preserve_insertion_order = false;

insert into leads (lead_id, external_id, email, first_name, last_name, name, company, source, owner, created_at,
    current_stage, deal_value, currency, batch_id, is_deal)
select lead_id, external_id, email, first_name, last_name, first_name || ' ' || last_name, company, source, owner,
    created_at, stage, deal_value, case when deal_value is not null then 'EUR' end, 1, false
from t;

insert into stage_events (lead_id, stage, entered_at, batch_id)
select lead_id, 'lead', created_at, 1 from t
union all select lead_id, stage, null, 1 from t where stage <> 'lead';

insert into lead_journeys by name
select lead_id, created_at, created_at as lead_at, null::timestamp as mql_at, null::timestamp as sql_at,
    null::timestamp as opportunity_at, null::timestamp as customer_at, null::timestamp as lost_at,
    case stage when 'lead' then 1 when 'mql' then 2 when 'sql' then 3 when 'opportunity' then 4 else 5 end
        as furthest, false as is_lost, stage as current_stage, case when stage = 'customer' then 'won' end as outcome,
    null::timestamp as closed_at, source, null as campaign, null as segment, null as region, owner, null as product,
    deal_value, case when deal_value is not null then 'EUR' end as currency, created_at as first_at,
    case when stage = 'customer' then 'won' end as deal_outcome
from t;
"""

# The re-import's floor (e): the same typed columns, each row compared with the stored lead of its key. The bench
# stops unless it finds every row stored and none changed, which is what c finds.
REFLOOR_SQL = """
create temp table t as select {columns} from read_csv($path, all_varchar = true);

select count(*) as stored, count(*) filter (where
    t.email is distinct from l.email or t.first_name is distinct from l.first_name
    or t.last_name is distinct from l.last_name or t.first_name || ' ' || t.last_name is distinct from l.name
    or t.company is distinct from l.company or t.source is distinct from l.source or t.owner is distinct from l.owner
    or t.created_at is distinct from l.created_at or t.deal_value is distinct from l.deal_value
    or t.stage is distinct from l.current_stage) as changed
from t join leads as l on l.external_id = t.external_id;
"""

FLOOR_COLUMNS = {
    "plain": """"Record ID" as external_id, lower("Email") as email, "First Name" as first_name,
        "Last Name" as last_name, "Company" as company, "Lead Source" as source, "Contact owner" as owner,
        case "Lifecycle Stage" when 'marketingqualifiedlead' then 'mql' when 'salesqualifiedlead' then 'sql'
            else "Lifecycle Stage" end as stage,
        "Create Date"::timestamp as created_at, "Amount"::decimal(18, 2) as deal_value""",
    "italian": """"Codice" as external_id, lower("Email") as email, "Nome" as first_name, "Cognome" as last_name,
        "Ragione sociale" as company, "Fonte" as source, "Commerciale" as owner,
        case "Fase" when 'Contatto' then 'lead' when 'MQL' then 'mql' when 'SQL' then 'sql'
            when 'Opportunità' then 'opportunity' else 'customer' end as stage,
        strptime("Data creazione", '%d/%m/%Y %H:%M') as created_at,
        replace(replace("Valore", '.', ''), ',', '.')::decimal(18, 2) as deal_value""",
}


def make_file(template: str, path: Path, rows: int) -> None:
    import duckdb

    duckdb.connect().execute(template, {"rows": rows, "path": str(path)})


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(csv: Path, work: Path, repeat: int, floor_sql: str, refloor_sql: str) -> dict:
    runs = {"a": [], "b": [], "c": [], "d": [], "e": []}
    for n in range(repeat):
        runs["a"].append(child(BASELINE, str(work / f"a{n}.duckdb"), str(csv)))
        target = work / f"b{n}.duckdb"
        runs["b"].append(child(IMPORT, str(target), str(csv)))
        runs["c"].append(child(IMPORT, str(target), str(csv)))
        runs["e"].append(child(FLOOR, str(target), str(csv), refloor_sql))
        if runs["e"][-1]["found"] != [runs["c"][-1]["unchanged"], 0]:
            raise SystemExit(f"the re-import floor found {runs['e'][-1]['found']} (stored, changed), "
                             f"the re-import {runs['c'][-1]['unchanged']} unchanged")
        runs["d"].append(child(FLOOR, str(work / f"d{n}.duckdb"), str(csv), floor_sql))
        if runs["d"][-1]["tables"] != runs["b"][-1]["tables"]:
            raise SystemExit(f"the floor wrote {runs['d'][-1]['tables']} rows, the import {runs['b'][-1]['tables']}")
        for p in work.glob("*.duckdb*"):
            p.unlink()
    med = {k: statistics.median(r["seconds"] for r in v) for k, v in runs.items()}
    return {
        "file_mb": round(csv.stat().st_size / 1e6, 1),
        "seconds": {k: round(v, 3) for k, v in med.items()},
        "b/a": round(med["b"] / med["a"], 3),
        "c/a": round(med["c"] / med["a"], 3),
        "d/a": round(med["d"] / med["a"], 3),
        "e/a": round(med["e"] / med["a"], 3),
        "b/d": round(med["b"] / med["d"], 3),
        "c/e": round(med["c"] / med["e"], 3),
        "peak_b_mb": round(max(r["peak_mb"] for r in runs["b"])),
        "peak_a_mb": round(max(r["peak_mb"] for r in runs["a"])),
        "counts_b": {k: runs["b"][0][k] for k in ("rows_read", "inserted", "updated", "unchanged", "rejected")},
        "counts_c": {k: runs["c"][0][k] for k in ("rows_read", "inserted", "updated", "unchanged", "rejected")},
        "runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count(),
                    "platform": platform.platform()},
        "rows": args.rows, "repeat": args.repeat, "targets": TARGETS, "variants": {},
    }
    with tempfile.TemporaryDirectory(prefix="smarketing-bench-") as tmp:
        work = Path(tmp)
        for name, template in (("plain", PLAIN), ("italian", ITALIAN)):
            csv = work / f"leads_{name}.csv"
            make_file(template, csv, args.rows)
            columns = FLOOR_COLUMNS[name]
            result = measure(csv, work, args.repeat, FLOOR_SQL.replace("{columns}", columns),
                             REFLOOR_SQL.replace("{columns}", columns))
            result["meets_targets"] = (result["b/a"] <= TARGETS["b/a"] and result["c/a"] <= TARGETS["c/a"]
                                       and result["peak_b_mb"] <= TARGETS["peak_b_mb"])
            report["variants"][name] = result
            print(f"{name}: {result['file_mb']} MB  a={result['seconds']['a']}s  b={result['seconds']['b']}s "
                  f"c={result['seconds']['c']}s  d={result['seconds']['d']}s  e={result['seconds']['e']}s  "
                  f"b/a={result['b/a']}  c/a={result['c/a']}  floors d/a={result['d/a']} e/a={result['e/a']}  "
                  f"b/d={result['b/d']}  c/e={result['c/e']}  "
                  f"peak b={result['peak_b_mb']} MB  {'OK' if result['meets_targets'] else 'MISSED'}")
            csv.unlink()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "import_bench.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0 if all(v["meets_targets"] for v in report["variants"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
