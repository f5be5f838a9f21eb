-- purpose: what the stored data holds at all, whatever the period and filters (docs/metrics.md, "What the data
--          does not hold"): a figure the data cannot hold is unknown, never 0. Spend imported at all (else the
--          spend, its costs and returns are unknown, not 0 €); deals lost at all beside deals won (an export of
--          won deals only makes every win rate 100%); and for each path stage, whether any lead entered it with a
--          date (an export that dates only some stages leaves the others' entries unknown, not 0); leads imported
--          at all (spend alone leaves the money won, and the return on the spend, unknown, not 0 € and -100%);
--          an amount on some lead at all (an export of deals with no value, Olist's, leaves the money won unknown,
--          not 0 € beside 175 customers).
-- params: none
-- grain: one row
select
    exists (select 1 from spend) as has_spend,
    count(*) > 0 as has_leads,
    count(deal_value) > 0 or count(*) = 0 as has_values,
    coalesce(bool_or(deal_outcome = 'won'), false) as has_wins,
    coalesce(bool_or(deal_outcome = 'lost'), false) as has_losses,
    -- (leads lost before they were deals: no lost deal, but no export of won deals only either)
    coalesce(bool_or(deal_outcome = 'disqualified'), false) as has_disqualified,
    count(coalesce(lead_at, first_at)) > 0 as lead, count(mql_at) > 0 as mql, count(sql_at) > 0 as sql,
    -- (a deals export dates no lead of its own, Maven's: each lead's first day is its deal's, the opportunity's
    -- entries again)
    count(lead_at) > 0 or count(first_at) = 0 as lead_own,
    count(opportunity_at) > 0 as opportunity, count(customer_at) > 0 as customer
from lead_journeys;
