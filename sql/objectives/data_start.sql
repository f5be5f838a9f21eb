-- purpose: the first day the store has data for, to know how far back a metric's history can go
-- params: none
-- grain: one row
select least((select min(first_at) from lead_journeys), (select min(spend_date) from spend))::date as first_day;
