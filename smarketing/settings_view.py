"""What the Settings page shows, in one call: the company currency, the store (file, size, schema, rows per
table), its backups, the journey stages, whether the demo is loaded, and the weekly digest (when, where, to
whom, what went out). No Streamlit here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from smarketing import alerts, backups, demo, digest, inventory, objectives, secrets_file, settings, stages, storage
from smarketing.digest import Send


@dataclass(frozen=True)
class Store:
    currency: str
    path: Path
    size: int                     # bytes
    summary: inventory.Summary              # rows per table, the dates covered, the schema
    backups_folder: Path
    stages: list[stages.Stage]
    demo: demo.Status
    digest: digest.Schedule
    digest_possible: dict[str, bool]   # the channels the server's secrets make possible
    people: list[str]                  # active team members with an e-mail: who can get the digest
    alerts: alerts.Thresholds
    sends: list[Send]                  # the latest deliveries, newest week first

    @property
    def backups(self) -> list[str]:
        """The backups in the folder, newest first (their names start with the time they were taken)."""
        folder = self.backups_folder
        return sorted((p.name for p in folder.iterdir() if p.is_dir()), reverse=True) if folder.is_dir() else []


def build(con: duckdb.DuckDBPyConnection, path: Path) -> Store:
    return Store(currency=settings.currency(con), path=path, size=storage.file_size(path),
                 summary=inventory.summary(con), backups_folder=backups.folder_for(path),
                 stages=stages.stages(con), demo=demo.status(con), digest=digest.schedule(con),
                 digest_possible=digest.configured(secrets_file.read()),
                 people=[m["name"] for m in objectives.team(con) if m["email"]], alerts=alerts.thresholds(con),
                 sends=digest.sends(con))
