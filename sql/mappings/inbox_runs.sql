-- purpose: the inbox's latest results, newest first, with the rows of the batch each import wrote
-- params: $since timestamp, $until timestamp (excluded), $limit integer
-- grain: one row per file the inbox handled from $since to $until
select r.run_id, r.file_name, r.moved_to, r.finished_at, r.status, r.mapping, r.batch_id, r.message_key,
       r.message_params, b.rows_read, b.inserted, b.updated, b.unchanged, b.rejected, b.status as batch_status
from inbox_runs as r
left join import_batches as b using (batch_id)
where r.finished_at >= $since and r.finished_at < $until
order by r.finished_at desc, r.run_id desc
limit $limit;
