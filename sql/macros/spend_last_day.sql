-- purpose: the last day a stored spend row's amount covers, from its import's options: a report of a period
--          (period_days after its first day), a report by week or a monthly sheet (row_span), else its own day
create or replace macro spend_last_day(day, options) as
    greatest(day::date + to_days(coalesce(try_cast(options->>'period_days' as integer), 0)),
             row_last_day(day, options->>'row_span'));
