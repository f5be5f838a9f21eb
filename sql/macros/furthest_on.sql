-- purpose: the position of the furthest path stage a journey had reached on `day` (docs/metrics.md, "Reached a
--          stage"): a stage dated after `day` is not reached yet, so the furthest one whose first known day
--          (reached_on: its own entry, else a later stage's) is not after it; an entry with no date counts as made,
--          and the first stage always, being how the lead came in. The stored `furthest` when no stage is dated
--          after `day`, which spares every other journey the rest. `p`: the row of path_positions(), cross joined
--          by the caller (a lookup of `stages` here planned as eight joins: 30 ms of every call). One definition
--          for the funnel and the stages as they stand today; it calls no other macro: IMPORT DATABASE (restore)
--          cannot create one that does.
create or replace macro furthest_on(day, furthest, mql_at, sql_at, opportunity_at, customer_at, p) as
    case
        when coalesce(greatest(mql_at, sql_at, opportunity_at, customer_at) < day::date + 1, true) then furthest
        when furthest >= p.customer and coalesce(customer_at < day::date + 1, true) then p.customer
        when furthest >= p.opportunity and coalesce(least(opportunity_at, customer_at) < day::date + 1, true)
            then p.opportunity
        when furthest >= p.sql and coalesce(least(sql_at, opportunity_at, customer_at) < day::date + 1, true)
            then p.sql
        when furthest >= p.mql and coalesce(least(mql_at, sql_at, opportunity_at, customer_at) < day::date + 1, true)
            then p.mql
        else p.lead
    end;
