-- purpose: close a batch with its counts and final status
-- params: $batch_id bigint, $status varchar, $rows_read bigint, $inserted bigint, $updated bigint,
--         $unchanged bigint, $rejected bigint, $merged bigint, $skipped bigint, $finished_at timestamp
update import_batches
set finished_at = $finished_at,
    status = $status,
    rows_read = $rows_read,
    inserted = $inserted,
    updated = $updated,
    unchanged = $unchanged,
    rejected = $rejected,
    merged = $merged,
    skipped = $skipped
where batch_id = $batch_id;
