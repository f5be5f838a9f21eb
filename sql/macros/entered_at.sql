-- purpose: when a journey entered a stage, by the stage's code
create or replace macro entered_at(code, lead_at, mql_at, sql_at, opportunity_at, customer_at, lost_at) as
    case code
        when 'lead' then lead_at
        when 'mql' then mql_at
        when 'sql' then sql_at
        when 'opportunity' then opportunity_at
        when 'customer' then customer_at
        when 'lost' then lost_at
    end;
