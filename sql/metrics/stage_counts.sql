-- purpose: how many leads sit in each stage now (in a lost stage, how many of them are deals lost), and how many
--          ever reached it (docs/metrics.md: reaching a
--          later path stage reaches every stage before it; lost only through its own entry), for the leads
--          that pass the filters, whatever their dates
-- params: $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar,
--         $f_product varchar
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
    -- of those in a lost stage, the deals lost: the others were disqualified before becoming deals, and whose
    -- loss it was the stage alone does not say
    count(j.lead_id) filter (where j.current_stage = s.code and j.deal_outcome = 'lost') as lost_deals,
    count(j.lead_id) filter (where j.current_stage = s.code and j.deal_outcome is distinct from 'lost')
        as disqualified,
    count(j.lead_id) filter (where case when s.outcome = 'lost' then j.is_lost else j.furthest >= s.position end)
        as reached
from stages as s
left join journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j on true
group by all
order by s.position;
