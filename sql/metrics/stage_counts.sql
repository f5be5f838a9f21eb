-- purpose: how many leads sit in each stage now, and how many ever reached it (DESIGN section 5:
--          reaching a later path stage reaches every stage before it; lost only through its own entry)
-- params: none
-- grain: one row per stage, in journey order
with known_stages as (
    select e.lead_id, e.stage from stage_events as e join leads as l using (lead_id)
    union
    select lead_id, current_stage from leads
),

per_lead as (
    select
        k.lead_id,
        -- every lead has at least reached the first stage, even with no event recorded
        coalesce(max(s.position) filter (where s.outcome is distinct from 'lost'), 1) as furthest,
        bool_or(s.outcome = 'lost') as is_lost
    from known_stages as k
    join stages as s on s.code = k.stage
    group by k.lead_id
),

current as (
    select current_stage as code, count(*) as in_stage from leads group by current_stage
)

select
    s.code,
    s.position,
    s.label_it,
    s.label_en,
    s.owner_function,
    s.is_terminal,
    s.outcome,
    coalesce(c.in_stage, 0) as in_stage,
    case
        when s.outcome = 'lost' then (select count(*) from per_lead where is_lost)
        else (select count(*) from per_lead where furthest >= s.position)
    end as reached
from stages as s
left join current as c on c.code = s.code
order by s.position;
