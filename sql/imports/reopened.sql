-- purpose: the stored deals a batch reopened (closed in the store, open in the file: "Reopen" in Pipedrive, a
--          closed-lost deal moved back to an open stage in HubSpot), counted, with their first lines
-- params: $batch_id bigint
-- grain: one row
select count(*) as deals, list(l.line order by l.line)[1:5] as lines
from import_changed as c
join lead_snapshots as s on s.lead_id = c.lead_id and s.snapshot_batch_id = $batch_id
join stages as before on before.code = s.current_stage
join stages as now on now.code = c.current_stage
join import_told as t on t.lead_id = c.lead_id
join import_lines as l on l.rn = t.rn
where before.is_terminal and not now.is_terminal;
