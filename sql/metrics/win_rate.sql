-- purpose: how deals end (docs/metrics.md): won deals, lost deals, win rate = won / (won + lost) with open
--          ones left out, won value and average deal value. A lost lead is a lost deal once it reached the
--          opportunity stage or came as a deal (lead_journeys.deal_outcome); leads lost before that are
--          `disqualified`, counted apart and never in the rate. The window and periods follow the day the
--          lead closed. Values in different currencies are never added: a group with several gets no value.
-- params: $by varchar, $every varchar, $start date, $end date, $f_source varchar, $f_campaign varchar,
--         $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value and period
with closed as (
    select dimension, period_of($every, closed_at) as period, deal_outcome, deal_value, currency
    from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
    where deal_outcome is not null and in_window(closed_at, $start, $end)
),

-- two steps: a plain grouping of the big table, then the distinct currencies over a few rows (a distinct
-- count straight over the journeys costs a second pass over them)
by_currency as (
    select
        dimension, period, deal_outcome, currency, count(*) as deals, sum(deal_value) as value,
        count(deal_value) as valued
    from closed
    group by all
),

result as (
    select
        dimension,
        period,
        coalesce(sum(deals) filter (where deal_outcome = 'won'), 0)::bigint as won,
        coalesce(sum(deals) filter (where deal_outcome = 'lost'), 0)::bigint as lost,
        coalesce(sum(deals) filter (where deal_outcome = 'disqualified'), 0)::bigint as disqualified,
        count(distinct currency) filter (where deal_outcome = 'won' and valued > 0) as currencies,
        sum(value) filter (where deal_outcome = 'won') as value,
        sum(valued) filter (where deal_outcome = 'won') as valued,
        any_value(currency) filter (where deal_outcome = 'won' and valued > 0) as any_currency,
        list({'currency': currency, 'amount': value} order by currency) filter (where deal_outcome = 'won' and valued > 0)
            as by_currency
    from by_currency
    group by all
)

select
    dimension, period, won, lost, disqualified, won / nullif(won + lost, 0) as win_rate,
    -- won deals none of which has a value have an unknown worth, never 0 € (Olist's closed deals carry none)
    case when currencies <= 1 and (coalesce(valued, 0) > 0 or won = 0) then coalesce(value, 0) end as won_value,
    case when currencies <= 1 then value / nullif(valued, 0) end as avg_deal_value,
    case when currencies <= 1 then any_currency end as currency,
    currencies,
    -- each currency's won value, where the deals won are in several (and so null above)
    case when currencies > 1 then by_currency end as won_split
from result
union all
select null, null, 0, 0, 0, null, 0, null, null, 0, null
where $by is null and $every is null and not exists (select 1 from result)
order by dimension nulls first, period nulls first;
