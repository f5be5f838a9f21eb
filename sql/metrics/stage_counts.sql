-- purpose: how many leads sit in each stage now, and how many ever reached it (docs/metrics.md: reaching a
--          later path stage reaches every stage before it; lost only through its own entry)
-- params: none
-- grain: one row per stage, in journey order
select
    s.code,
    s.position,
    s.label_it,
    s.label_en,
    s.owner_function,
    s.is_terminal,
    s.outcome,
    count(j.lead_id) filter (where j.current_stage = s.code) as in_stage,
    count(j.lead_id) filter (where case when s.outcome = 'lost' then j.is_lost else j.furthest >= s.position end)
        as reached
from stages as s
left join lead_journeys as j on true
group by all
order by s.position;
