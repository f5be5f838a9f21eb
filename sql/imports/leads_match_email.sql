-- purpose: pair a row whose ID no stored lead has with the stored lead of its e-mail that has no ID (a list from
--          Excel first, the CRM's export after): the lead takes the ID, never a second lead for the same person.
--          One to one only: an e-mail that two such rows, or two such leads, share is left as it was.
-- params: none (after imports/leads_match, which filled import_matches)
-- grain: one row per row paired so, in import_id_given (rn, lead_id), also added to import_matches
create or replace temp table import_id_given as
with open_rows as (
    select r.rn, r.email
    from import_rows_coded as r
    anti join import_matches as m on m.rn = r.rn
    where r.email is not null and r.key is not null and r.rn not in (select rn from import_problems)
),

single_rows as (
    select email, any_value(rn) as rn from open_rows group by email having count(*) = 1
),

without_id as (
    select email, any_value(lead_id) as lead_id
    from leads
    where external_id is null and email is not null
    group by email
    having count(*) = 1
)

select r.rn, l.lead_id
from single_rows as r
join without_id as l on l.email = r.email;

insert into import_matches by name
select
    g.rn, g.lead_id, true as values_changed, l.current_stage as old_stage, l.closed_at as old_closed_at,
    l.currency as old_currency, l.deal_value is not null as old_valued, coalesce(l.is_deal, false) as old_deal
from import_id_given as g
join leads as l on l.lead_id = g.lead_id;
