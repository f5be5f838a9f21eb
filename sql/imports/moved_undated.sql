-- purpose: the leads a batch leaves at an open stage after the first with no date for it (a sheet with "Fase" and
--          "Data creazione" alone; docs/metrics.md, "Stage dates"): stored leads moved on to it, and new leads told
--          at it. They count in the totals, in no week's MQLs or SQLs and no period's conversion. Counted, with the
--          first one's key and stage. A new lead's next_stage is null unless it is closed: its stage is then the
--          furthest the row tells.
-- params: $dated boolean (the file has a date column: a file with none says so in its own note, and its new leads
--         are left out here)
-- grain: one row
-- counted first, then the first one's key looked up alone: joining every such row with the staged rows cost
-- ~30 ms of a million-lead import where most rows are such leads
with u as (
    select t.rn, t.next_stage as stage
    from import_told as t
    join import_events as e on e.lead_id = t.lead_id and e.stage = t.next_stage
    where e.entered_at is null and t.next_stage not in ('customer', 'lost')
    union all
    select rn, case when opportunity_told then 'opportunity' when sql_told then 'sql' else 'mql' end
    from import_told
    where $dated and existing_id is null and next_stage is null
        and case
            when opportunity_told then opportunity_at is null
            when sql_told then sql_at is null
            when mql_told then mql_at is null
            else false
        end
),

counted as (
    select count(*) as leads, min(rn) as first_rn, arg_min(stage, rn) as stage from u
)

select c.leads, r.written_key as example, c.stage
from counted as c
left join import_rows_coded as r on r.rn = c.first_rn;
