-- purpose: every batch, newest first, for `imports list` and the Import page
-- params: none
-- grain: one row per batch
select
    batch_id, kind, file_name, sha256, started_at, finished_at, rows_read, inserted, updated, unchanged,
    rejected, merged, skipped, status, options, created_by, undone_at, undone_by
from import_batches
order by batch_id desc;
