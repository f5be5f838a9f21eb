-- purpose: imports of a stretch of days, for the agenda's data alerts: failed ones and those with rejected rows
--          (a past week's agenda never shows an import made after it)
-- params: $since timestamp, $until timestamp (excluded)
-- grain: one row per batch
select batch_id, kind, file_name, status, started_at, rows_read, inserted, updated, rejected
from import_batches
where started_at >= $since and started_at < $until and status in ('committed', 'failed')
order by started_at desc;
