-- purpose: is the demo loaded, and has this database ever held data of its own
-- grain: one row
select
    count(*) filter (where kind = 'demo' and status = 'committed') > 0 as demo_loaded,
    count(*) as batches,
    (select count(*) from leads) as leads
from import_batches;
