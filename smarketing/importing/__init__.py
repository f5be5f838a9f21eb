"""CSV imports that lose nothing: leads, stage updates and spend from any CRM or Excel export."""

from smarketing.importing.run import ImportOptions, ImportResult, list_batches, run_import, undo

__all__ = ["ImportOptions", "ImportResult", "list_batches", "run_import", "undo"]
