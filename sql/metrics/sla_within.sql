-- purpose: a service level on the hand-off (docs/metrics.md): of the MQLs entering in the window, the share
--          Sales accepted (reached SQL) within the threshold: $within_hours clock hours from the MQL's entry,
--          or $within_working_days working days (Monday to Friday, not in $holidays, the Italian public
--          holidays) counted from the day after the entry, to the end of the last one. An MQL still inside
--          its time and not yet accepted is `pending`: not a miss yet, so left out of the share. One accepted
--          with no SQL date cannot be timed and is `untimed`, left out too.
-- params: $start date, $end date, $today date, $within_hours double, $within_working_days integer,
--         $holidays date[], $f_source varchar, $f_campaign varchar, $f_segment varchar, $f_region varchar,
--         $f_owner varchar, $f_product varchar
-- grain: one row
with steps as (
    select
        (select position from stages where code = 'mql') as mql_position,
        (select position from stages where code = 'sql') as sql_position
),

mqls as (
    select j.mql_at, j.sql_at, j.furthest >= s.sql_position as accepted
    from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product) as j
    cross join steps as s
    where j.furthest >= s.mql_position and j.mql_at is not null and in_window(j.mql_at, $start, $end)
),

-- working days around the window, numbered: the N-th after a day is the one numbered N more
calendar as (
    select d::date as day, row_number() over (order by d) as n
    from range(
        coalesce((select min(mql_at) from mqls)::date, $today::date) - interval 15 day,
        greatest(coalesce((select max(mql_at) from mqls)::date, $today::date), $today::date)
            + to_days(coalesce($within_working_days::integer, 0) * 2 + 30),
        interval 1 day
    ) as t(d)
    where isodow(d) <= 5 and not list_contains($holidays::date[], d::date)
),

due as (
    select
        m.*,
        case
            -- the last moment of the last working day: an SQL dated the next day with no time (stored at its
            -- midnight) is a day late, never on time
            when $within_working_days is not null
                then (select c2.day from calendar as c2 where c2.n = c.n + $within_working_days::integer)
                     + interval 1 day - interval 1 microsecond
            else m.mql_at + to_microseconds(cast($within_hours::double * 3600e6 as bigint))
        end as due_at
    from mqls as m
    asof left join calendar as c on m.mql_at::date >= c.day
),

judged as (
    select
        accepted and sql_at is not null and sql_at <= due_at as within,
        not accepted and due_at > $today::date as pending,
        accepted and sql_at is null as untimed
    from due
)

select
    count(*) as mqls,
    count(*) filter (where within) as within,
    count(*) filter (where pending) as pending,
    count(*) filter (where untimed) as untimed,
    count(*) filter (where within) / nullif(count(*) filter (where not pending and not untimed), 0) as within_rate
from judged;
