-- purpose: the week (from Monday) or month a moment falls in; null when no period is asked for
create or replace macro period_of(every, ts) as
    case every when 'week' then date_trunc('week', ts)::date when 'month' then date_trunc('month', ts)::date end;
