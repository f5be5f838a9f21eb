-- purpose: a deals export beside a contacts export of the same sales (either one imported first): a contact who
--          reached the opportunity stage and the deal of that sale are two rows, never one (a deal's ID is never
--          given to a person), so each win counts twice. How many of each kind the batch brought beside the other.
-- params: $batch_id bigint, $deals boolean (the batch's rows are deals)
-- grain: one row: contacts at the opportunity stage or later and deals, one kind from the batch, the other stored
with opportunity as (
    select position from stages where code = 'opportunity'
),

contacts as (
    select count(*) as n
    from leads as l
    join lead_journeys as j using (lead_id)
    where not l.is_deal and j.furthest >= (select position from opportunity)
        and (l.batch_id = $batch_id) <> $deals
),

deals as (
    select count(*) as n from leads where is_deal and (batch_id = $batch_id) = $deals
)

select (select n from contacts) as contacts, (select n from deals) as deals;
