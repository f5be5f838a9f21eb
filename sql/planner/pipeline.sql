-- purpose: the deals already open at each stage before the customer (a deal: a lead at the opportunity stage,
--          or a row of a deals export at any stage), what they are worth, each stage's historical win rate, and
--          the customers (and value) they may be expected to bring by the deadline (docs/metrics.md, the
--          planner). Of the leads that reached the stage and closed inside the window (won, lost, or disqualified
--          on the way), the share won, and of those won with a date for the stage, how many closed within
--          $days_left days of entering it. An open deal with a date for its stage is judged by its age: of the
--          deals closed from its stage that stayed open at least as long, the share won within the days left
--          after that age; one open longer than every such deal stayed open ("stale") brings nothing. A deal with
--          no date for its stage counts at the stage's win rate times its share won in time. A stage before the last
--          that the data never dates, whose every lost deal is dated at a later stage, has a history that is only
--          the next stage's: it says nothing of how many deals leave this one, so its open deals have no odds
--          ("unweighed") and bring nothing, said: a deals export listing only the deals that went on (Maven's
--          «Prospecting», never dated, never lost) would otherwise count its early deals at the odds of later
--          ones. With no closed deal from a stage at all, its open deals are unweighed too.
-- params: $start date, $end date, $today date, $days_left integer, $f_source varchar, $f_campaign varchar,
--         $f_segment varchar, $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row per path stage before the customer, in journey order
with open_stages as (
    select code, position from stages where outcome is null
),

-- read twice (the open deals, the closed ones) rather than kept aside: DuckDB materialises a CTE read twice, and
-- copying the journeys in scope cost half the call on a million leads (108 -> 55 ms)
journeys as not materialized (
    select * from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
),

-- the journeys with a stage or their close dated after today (a mistyped year, data read on an earlier day): open
-- today where their dates by today put them. Found by comparisons DuckDB answers from each column's bounds (none,
-- most days, in a few ms)
later as not materialized (
    select j.*, furthest_on($today, furthest, mql_at, sql_at, opportunity_at, customer_at, p) as reached
    from journeys as j
    cross join path_positions() as p
    where mql_at >= $today::date + 1 or sql_at >= $today::date + 1 or opportunity_at >= $today::date + 1
       or customer_at >= $today::date + 1 or lost_at >= $today::date + 1 or closed_at >= $today::date + 1
),

-- each journey open today, at its stage today: as stored, or where its dates by today put it (a deal won on the
-- 27th was open on the 20th)
open_today as (
    select current_stage as stage, furthest as reached, lead_id, deal_value, currency, lead_at, mql_at, sql_at,
        opportunity_at
    from journeys
    where outcome is null and lead_id not in (select lead_id from later)
    union all
    select s.code, l.reached, l.lead_id, l.deal_value, l.currency, l.lead_at, l.mql_at, l.sql_at, l.opportunity_at
    from later as l
    join open_stages as s on s.position = l.reached
    where l.outcome is null or l.closed_at >= $today::date + 1
),

-- the deals among them: at the opportunity stage or past it, or rows of a deals export (few: looked up among
-- them, not joined to every lead)
open_deal_dates as (
    select
        stage, deal_value, currency,
        date_diff('day', case stage when 'lead' then lead_at when 'mql' then mql_at when 'sql' then sql_at
            when 'opportunity' then opportunity_at end, $today::timestamp) as days_open
    from open_today
    where reached >= (select position from stages where code = 'opportunity')
       or lead_id in (select lead_id from leads where is_deal)
),

-- (a stage entered after today is entered today; greatest() would take a missing date for 0 days)
open_deal_rows as (
    select * exclude (days_open), if(days_open < 0, 0, days_open) as age from open_deal_dates
),

closed as (
    select
        s.code as stage, s.position, j.lead_id, j.deal_outcome, j.closed_at,
        case s.code when 'lead' then j.lead_at when 'mql' then j.mql_at when 'sql' then j.sql_at
            when 'opportunity' then j.opportunity_at end as entered_at,
        case s.code when 'lead' then coalesce(j.mql_at, j.sql_at, j.opportunity_at) when 'mql'
            then coalesce(j.sql_at, j.opportunity_at) when 'sql' then j.opportunity_at end is not null as dated_later
    from open_stages as s
    left join journeys as j
        on j.furthest >= s.position and j.deal_outcome is not null and in_window(j.closed_at, $start, $end)
),

-- the closed deals of each stage grouped by how many days they stayed open (none: no date for the stage), read once
-- for the stage's history and its durations: read twice, the deals (a row per stage each passed) were kept as a
-- table, and the call took 95-118 ms on a million leads against 87-90 ms
by_days as (
    select
        stage, position, date_diff('day', entered_at, closed_at) as days, count(lead_id) as closed,
        count(lead_id) filter (where deal_outcome = 'won') as won,
        count(lead_id) filter (where deal_outcome <> 'won' and not dated_later) as lost_undated_later
    from closed
    group by all
),

history as (
    select
        stage, position, sum(closed)::bigint as closed,
        sum(won)::bigint as won,
        coalesce(sum(won) filter (where days is not null), 0)::bigint as won_timed,
        coalesce(sum(won) filter (where days <= $days_left), 0)::bigint as won_in_time,
        max(days) as longest,
        -- not the last stage before the customer (won deals leave that one), none of its closed deals has a date
        -- for it, and every one lost has a date for a later stage, so none can have stopped at it: its history is
        -- the next stage's alone. (A lost deal dated at no later stage, a deals export's «Closed Lost», may have
        -- been lost at this one: the history is then the deals' win rate from this stage on.)
        sum(closed) = 0
            or position < (select max(position) from open_stages)
               and coalesce(sum(closed) filter (where days is not null), 0) = 0
               and sum(lost_undated_later) = 0 as unweighed
    from by_days
    group by stage, position
),

-- how long the closed deals of each stage stayed open, grouped by that many days: an open deal's odds are read
-- against a few hundred durations rather than every closed deal
durations as (
    select stage, days, closed, won
    from by_days
    where days is not null
),

ages as (
    select distinct stage, age from open_deal_rows where age is not null
),

-- an open deal aged `age`: of the closed deals that stayed open as long (survivors), those won within the days left
aged as (
    select a.stage, a.age,
        -- (none when no closed deal of the stage has a date for it: the age then tells nothing)
        case when count(d.days) > 0 then coalesce(sum(d.closed) filter (where d.days >= a.age), 0) end as survivors,
        coalesce(sum(d.won) filter (where d.days between a.age and a.age + $days_left), 0) as won_in
    from ages as a
    left join durations as d on d.stage = a.stage
    group by all
),

odds as (
    select
        o.stage, o.deal_value, o.currency, not h.unweighed and coalesce(a.survivors = 0, false) as stale,
        case
            when h.unweighed then null
            when a.survivors > 0 then a.won_in / a.survivors
            when a.survivors = 0 then 0.0
            -- no date for its stage: the stage's win rate, times the share won in time (in full when no won deal
            -- has a date)
            else h.won / h.closed * coalesce(h.won_in_time / nullif(h.won_timed, 0), 1.0)
        end as odds
    from open_deal_rows as o
    join history as h on h.stage = o.stage
    left join aged as a on a.stage = o.stage and a.age = o.age
),

open_deals as (
    select
        stage, count(*) as open_deals, count(deal_value) as valued, sum(deal_value) as open_value,
        count(distinct currency) filter (where deal_value is not null) as currencies,
        any_value(currency) filter (where deal_value is not null) as currency,
        count(*) filter (where stale) as stale,
        -- the deals with no value that count toward the target (the stalled bring nothing, at any value)
        count(*) filter (where deal_value is null and not stale) as unvalued_counted,
        coalesce(sum(odds), 0) as expected_deals,
        sum(odds * deal_value) as expected_own_value,
        coalesce(sum(odds) filter (where deal_value is null), 0) as expected_unvalued
    from odds
    group by stage
)

select
    h.stage, coalesce(o.open_deals, 0) as open_deals, coalesce(o.valued, 0) as valued, o.open_value,
    coalesce(o.currencies, 0) as currencies, o.currency, h.closed, h.won, h.longest,
    coalesce(o.stale, 0) as stale, h.unweighed,
    coalesce(o.unvalued_counted, 0) as unvalued_counted,
    coalesce(o.expected_deals, 0) as expected_deals, o.expected_own_value,
    coalesce(o.expected_unvalued, 0) as expected_unvalued
from history as h
left join open_deals as o on o.stage = h.stage
order by h.position;
