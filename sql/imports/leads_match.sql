-- purpose: refuse the rows without a key, then pair each other good row with the stored lead of the same key,
--          comparing their values on the way (imports/leads_refused then refuses the rows whose key cannot go in)
-- params: $key_field varchar, $deals boolean (the file is read as deals)
-- grain: one row per good record matching a stored lead, in import_matches: whether the file changes any of
--        the lead's values (a value changes when the file has one that differs from the stored one: an empty
--        cell never erases), and what imports/leads_write needs of the lead to decide its stage, closing date
--        and currency there
-- One join of the rows with the stored leads both matches and compares: the few leads that change are the
-- only ones read again, where imports/leads_write lays the old values under the new ones (the fields compared
-- here are those it lays over: a field added to leads goes in both).
insert into import_problems
select rn, $key_field, null, 'no_key', null
from import_rows_coded
where key is null and rn not in (select rn from import_problems);

create or replace temp table import_matches as
select
    r.rn,
    l.lead_id,
    ($deals and not coalesce(l.is_deal, false))
        or (r.external_id is distinct from l.external_id and r.external_id is not null)
        or (r.email is distinct from l.email and r.email is not null)
        or (r.first_name is distinct from l.first_name and r.first_name is not null)
        or (r.last_name is distinct from l.last_name and r.last_name is not null)
        or (coalesce(r.name, r.derived_name) is distinct from l.name and coalesce(r.name, r.derived_name) is not null)
        or (r.company is distinct from l.company and r.company is not null)
        or (r.phone is distinct from l.phone and r.phone is not null)
        or (r.source is distinct from l.source and r.source is not null)
        or (r.campaign is distinct from l.campaign and r.campaign is not null)
        or (r.segment is distinct from l.segment and r.segment is not null)
        or (r.region is distinct from l.region and r.region is not null)
        or (r.owner is distinct from l.owner and r.owner is not null)
        or (r.product is distinct from l.product and r.product is not null)
        or (r.created_at is distinct from l.created_at and r.created_at is not null)
        or (r.deal_value is distinct from l.deal_value and r.deal_value is not null)
        or (r.lost_reason is distinct from l.lost_reason and r.lost_reason is not null)
        as values_changed,
    l.current_stage as old_stage,
    l.closed_at as old_closed_at,
    l.currency as old_currency,
    l.deal_value is not null as old_valued,
    coalesce(l.is_deal, false) as old_deal
from import_rows_coded as r
join leads as l on r.key = case when $key_field = 'external_id' then l.external_id else l.email end
where r.rn not in (select rn from import_problems);
