-- purpose: imports since a day, for the agenda's data alerts: failed ones and those with rejected rows
-- params: $since timestamp
-- grain: one row per batch
select batch_id, kind, file_name, status, started_at, rows_read, inserted, updated, rejected
from import_batches
where started_at >= $since and status in ('committed', 'failed')
order by started_at desc;
