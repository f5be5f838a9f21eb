-- purpose: is the demo loaded, how many of the stored leads are its own (what removing it takes out: the real
--          leads imported beside it stay), and has this database ever held data of its own
-- grain: one row
select
    count(*) filter (where kind = 'demo' and status = 'committed') > 0 as demo_loaded,
    (select count(*) from leads where batch_id in (
        select batch_id from import_batches where kind = 'demo' and status = 'committed')) as demo_leads,
    count(*) as batches,
    (select count(*) from leads) as leads
from import_batches;
