-- purpose: the first day the store has data for, to know how far back a metric's history can go: of leads (a
--          lead's first known day) and of spend apart, and the earlier of the two
-- params: none
-- grain: one row
with firsts as (
    select (select min(first_at) from lead_journeys)::date as first_lead_day,
           (select min(spend_date) from spend) as first_spend_day
)
select least(first_lead_day, first_spend_day) as first_day, first_lead_day, first_spend_day
from firsts;
