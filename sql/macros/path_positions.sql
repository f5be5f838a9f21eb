-- purpose: the position of each stage of the path, as one row (lead, mql, sql, opportunity, customer), for a query
--          to cross join and hand to furthest_on, or to read a stage's place from; the stage whose outcome is lost
--          is off the path and has none
create or replace macro path_positions() as table
select
    any_value(position) filter (where code = 'lead' and outcome is distinct from 'lost') as lead,
    any_value(position) filter (where code = 'mql' and outcome is distinct from 'lost') as mql,
    any_value(position) filter (where code = 'sql' and outcome is distinct from 'lost') as sql,
    any_value(position) filter (where code = 'opportunity' and outcome is distinct from 'lost') as opportunity,
    any_value(position) filter (where code = 'customer' and outcome is distinct from 'lost') as customer
from stages;
