-- purpose: when real data last came in (the demo aside), to warn when the numbers may be stale
-- params: none
-- grain: one row
select max(started_at) as last_import, count(*) as imports
from import_batches
where status = 'committed' and kind <> 'demo';
