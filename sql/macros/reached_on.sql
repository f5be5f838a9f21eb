-- purpose: the first known day a journey reached a path stage: its own entry or, failing that, the earliest
--          entry into a later path stage (a customer reached the opportunity stage by the time it was won);
--          lost is reached only through its own entry (docs/metrics.md). Null when no such entry is dated.
create or replace macro reached_on(code, lead_at, mql_at, sql_at, opportunity_at, customer_at, lost_at) as
    case code
        when 'lead' then least(lead_at, mql_at, sql_at, opportunity_at, customer_at)
        when 'mql' then least(mql_at, sql_at, opportunity_at, customer_at)
        when 'sql' then least(sql_at, opportunity_at, customer_at)
        when 'opportunity' then least(opportunity_at, customer_at)
        when 'customer' then customer_at
        when 'lost' then lost_at
    end;
