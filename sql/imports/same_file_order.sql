-- purpose: the latest earlier import of this same file (same sha256) still in force that read its dates in
--          another day/month order: the stage dates it wrote stay in the history, which only grows, so a
--          re-import with the order corrected fixes the leads but not those dates
-- params: $batch_id bigint (0 for a dry run), $sha256 varchar, $date_order varchar
-- grain: at most one row: that batch and the order it read
select batch_id, options ->> 'date_order' as date_order
from import_batches
where kind = 'leads' and status = 'committed' and sha256 = $sha256 and batch_id <> $batch_id
    and options ->> 'date_order' is not null and options ->> 'date_order' <> $date_order
order by batch_id desc
limit 1;
