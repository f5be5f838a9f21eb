-- purpose: the leads a batch created with the e-mail of a lead stored under another ID (the same person twice,
--          when Excel stripped the IDs' leading zeros or the CRM renumbered them), counted, with one example
-- params: $batch_id bigint
-- grain: one row: how many, the first new ID and the stored ID beside it
with stored as (
    -- the leads stored before the batch: none on a first import, which then joins nothing
    select email, external_id from leads where batch_id is distinct from $batch_id and email is not null
),

pairs as (
    select n.lead_id, n.external_id as new_id, s.external_id as old_id
    from leads as n
    join stored as s on s.email = n.email
    where n.batch_id = $batch_id
)

select count(distinct lead_id) as leads, min(new_id) as new_id, arg_min(old_id, new_id) as old_id
from pairs;
