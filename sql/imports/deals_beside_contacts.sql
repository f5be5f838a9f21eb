-- purpose: a deals export beside a contacts export of the same sales (either one imported first): a contact who
--          reached the opportunity stage and the deal of that sale are two rows, never one (a deal's ID is never
--          given to a person), so each win counts twice. How many of each kind the batch brought beside the other.
-- params: $batch_id bigint, $deals boolean (the batch's rows are deals)
-- grain: one row: contacts at the opportunity stage or later and deals, one kind from the batch, the other stored
with opportunity as (
    select position from stages where code = 'opportunity'
),

-- (a check writes no journeys: a new contact's stage then tells how far it got, a lost one not at all)
contacts as (
    select count(*) as n
    from leads as l
    left join lead_journeys as j using (lead_id)
    join stages as s on s.code = l.current_stage
    where not l.is_deal and (l.batch_id = $batch_id) <> $deals
        and coalesce(j.furthest, case when s.outcome = 'lost' then 0 else s.position end)
            >= (select position from opportunity)
),

deals as (
    select count(*) as n from leads where is_deal and (batch_id = $batch_id) = $deals
)

select (select n from contacts) as contacts, (select n from deals) as deals;
