-- purpose: whether an MQL still waits for Sales on `day` (docs/metrics.md, the hand-off backlog): neither accepted
--          (it reached the SQL stage: its own entry or a later one, as reached_on says) nor lost by then. An
--          answer dated after `day` is not given yet; an entry with no date counts as made. One definition for
--          the backlog's number (metrics/sla) and its list (drill/leads). It calls no other macro: IMPORT
--          DATABASE (restore) cannot create one that does.
create or replace macro waiting_on(day, furthest, sql_position, sql_at, opportunity_at, customer_at, is_lost, lost_at) as
    not (furthest >= sql_position and coalesce(least(sql_at, opportunity_at, customer_at) < day::date + 1, true))
    and not (is_lost and coalesce(lost_at < day::date + 1, true));
