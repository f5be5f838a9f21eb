-- purpose: spend and return (docs/metrics.md): spend, new leads, MQLs, SQLs, new customers and their won
--          value, CPL, cost per MQL and per SQL, CAC, ROI = (won value - spend) / spend, ROAS = won value /
--          spend. Revenue goes to the lead's source and campaign (first touch); spend is known by channel
--          (= source) and campaign only, so grouping or filtering by anything else leaves it unknown.
--          Leads count by their first known day, MQLs and SQLs by their entry day, customers by the day
--          they were won, spend by its date, up to today: spend dated later (a fair paid in advance) is planned,
--          not spent yet, and set against a comparison cut to the days elapsed it read as a rise.
--          Two currencies are never added, nor set against each other.
-- params: $by varchar, $every varchar, $start date, $end date, $today date, $f_source varchar,
--         $f_campaign varchar, $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per dimension value and period
with spend_known as (
    select coalesce($by in ('source', 'campaign'), true)
        and $f_segment is null and $f_region is null and $f_owner is null and $f_product is null as known
),

spent_by_currency as (
    select
        case $by when 'source' then s.channel when 'campaign' then s.campaign end as dimension,
        period_of($every, s.spend_date) as period,
        s.currency,
        sum(s.amount) as spend
    from spend as s, spend_known as k
    where k.known
      and in_window(s.spend_date, $start, $end)
      and ($today is null or s.spend_date <= $today)
      and ($f_source is null or s.channel = $f_source)
      and ($f_campaign is null or s.campaign = $f_campaign)
    group by all
),

spent as (
    select
        dimension, period, sum(spend) as spend, count(distinct currency) as currencies,
        case when count(distinct currency) = 1 then any_value(currency) end as currency,
        -- in several currencies the spend is no one sum: each currency's, for the tables to show side by side
        case when count(distinct currency) > 1 then list({'currency': currency, 'amount': spend} order by currency)
        end as spend_split
    from spent_by_currency
    group by all
),

-- read where each part needs it rather than kept aside: DuckDB materialises a CTE read more than once, and copying
-- the journeys in scope cost a seventh of the ROI page's calls on a million leads (280 -> 241 ms)
journeys as not materialized (
    select * from journeys_in($by, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

-- by campaign, the channels whose spend names no campaign: a campaign whose leads come from one of them may have had
-- that spend (a Newsletter campaign had none of Google Ads')
unplaced as (
    select distinct s.channel, period_of($every, s.spend_date) as period
    from spend as s, spend_known as k
    where $by = 'campaign' and k.known and s.campaign is null
      and in_window(s.spend_date, $start, $end)
      and ($today is null or s.spend_date <= $today)
      and ($f_source is null or s.channel = $f_source)
),

stage_counts as (
    select dimension, period_of($every, first_at) as period, count(*) as leads, 0 as mqls, 0 as sqls
    from journeys where in_window(first_at, $start, $end) group by all
    union all
    select dimension, period_of($every, mql_at), 0, count(*), 0
    from journeys where mql_at is not null and in_window(mql_at, $start, $end) group by all
    union all
    select dimension, period_of($every, sql_at), 0, 0, count(*)
    from journeys where sql_at is not null and in_window(sql_at, $start, $end) group by all
),

stage_totals as (
    select dimension, period, sum(leads) as leads, sum(mqls) as mqls, sum(sqls) as sqls
    from stage_counts
    group by all
),

-- a plain grouping by currency first: distinct counts straight over the journeys cost a second pass
won_by_currency as (
    select
        dimension, period_of($every, closed_at) as period, currency, count(*) as customers,
        sum(deal_value) as won_value, count(deal_value) as valued
    from journeys
    where outcome = 'won' and in_window(closed_at, $start, $end)
    group by all
),

won as (
    select
        dimension, period, sum(customers)::bigint as customers, sum(won_value) as won_value, sum(valued) as valued,
        count(distinct currency) filter (where valued > 0) as currencies,
        case when count(distinct currency) filter (where valued > 0) = 1
             then any_value(currency) filter (where valued > 0) end as currency,
        case when count(distinct currency) filter (where valued > 0) > 1
             then list({'currency': currency, 'amount': won_value} order by currency) filter (where valued > 0)
        end as won_split
    from won_by_currency
    group by all
),

keys as (
    select dimension, period from spent
    union select dimension, period from stage_counts
    union select dimension, period from won
),

joined as (
    select
        k.dimension,
        k.period,
        case
            when s.currencies > 1 then null
            -- by campaign, beside spend no campaign names: a campaign of that channel with none of its own may
            -- have had that spend, so how much it spent is unknown, never 0
            when s.spend is null and $by = 'campaign' and exists (
                select 1 from unplaced as u join journeys as c on c.source = u.channel
                where u.period is not distinct from k.period and c.dimension is not distinct from k.dimension)
                then null
            when (select known from spend_known) then coalesce(s.spend, 0)
        end as spend,
        s.currency as spend_currency,
        s.spend_split,
        coalesce(t.leads, 0)::bigint as leads,
        coalesce(t.mqls, 0)::bigint as mqls,
        coalesce(t.sqls, 0)::bigint as sqls,
        coalesce(w.customers, 0) as customers,
        -- customers none of whom has a value: their worth is unknown, and so the return, never -100%
        case when w.currencies > 1 or (w.customers > 0 and w.valued = 0) then null else coalesce(w.won_value, 0) end
            as won_value,
        w.currency as won_currency,
        w.won_split
    from keys as k
    left join spent as s on s.dimension is not distinct from k.dimension and s.period is not distinct from k.period
    left join stage_totals as t on t.dimension is not distinct from k.dimension and t.period is not distinct from k.period
    left join won as w on w.dimension is not distinct from k.dimension and w.period is not distinct from k.period
),

result as (
    select
        *,
        -- set against each other only in one currency
        spend_currency is null or won_currency is null or spend_currency = won_currency as same_currency,
        -- by campaign, the spend no campaign names was not spent on the leads no campaign names (a newsletter's
        -- lead is not what a Google Ads budget bought): it is shown, and nothing is set against it
        not coalesce($by = 'campaign' and dimension is null, false) as tied
    from joined
)

select
    dimension, period, spend, leads, mqls, sqls, customers, won_value,
    case when same_currency then coalesce(won_currency, spend_currency) end as currency,
    -- no spend in the window is no cost: "–", never "0,00 €" a customer (its spend fell in another window)
    case when tied then nullif(spend, 0) / nullif(leads, 0) end as cpl,
    case when tied then nullif(spend, 0) / nullif(mqls, 0) end as cost_per_mql,
    case when tied then nullif(spend, 0) / nullif(sqls, 0) end as cost_per_sql,
    case when tied then nullif(spend, 0) / nullif(customers, 0) end as cac,
    case when same_currency and tied then (won_value - spend) / nullif(spend, 0) end as roi,
    case when same_currency and tied then won_value / nullif(spend, 0) end as roas,
    -- each amount's own currency: a comparison sets an amount only against one in the same currency
    spend_currency,
    won_currency,
    -- each currency's amount, where the spend or the won value is in several (and so null above)
    spend_split,
    won_split
from result
union all
select null, null, case when (select known from spend_known) then 0 end, 0, 0, 0, 0, 0, null, null, null, null,
       null, null, null, null, null, null, null
where $by is null and $every is null and not exists (select 1 from result)
order by dimension nulls first, period nulls first;
