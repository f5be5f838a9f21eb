-- purpose: the last day a spend row's amount covers, stored on its first day: the week or the month it starts
--          (a report by week, a monthly sheet), else that day alone
create or replace macro row_last_day(day, span) as
    case span when 'week' then day::date + 6 when 'month' then last_day(day::date) else day::date end;
