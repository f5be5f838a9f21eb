-- purpose: pair each good row with the stored lead of the same key, and apply the mode
--          (insert: a known key is a problem; update: an unknown key is a problem)
-- params: $key_field varchar, $mode varchar (upsert, insert, update)
-- grain: one row per good record matching a stored lead, in import_matches
-- one join of the rows with the stored leads: no copy of every stored key, no count of each of them
create or replace temp table import_matches as
select r.rn, l.lead_id
from import_rows_coded as r
join leads as l on r.key = case when $key_field = 'external_id' then l.external_id else l.email end
where r.rn not in (select rn from import_problems);

-- a key two stored leads share: the row could be either, so it updates neither
insert into import_problems
select m.rn, $key_field, r.written_key, 'ambiguous_match', m.leads::varchar
from (select rn, count(*) as leads from import_matches group by rn having count(*) > 1) as m
join import_rows_coded as r using (rn);

delete from import_matches where rn in (select rn from import_problems);

insert into import_problems
select m.rn, $key_field, r.written_key, 'exists', null
from import_matches as m join import_rows_coded as r using (rn)
where $mode = 'insert';

insert into import_problems
select r.rn, $key_field, r.written_key, 'not_found', null
from import_rows_coded as r
where $mode = 'update' and r.key is not null
  and r.rn not in (select rn from import_problems) and r.rn not in (select rn from import_matches);

delete from import_matches where rn in (select rn from import_problems);
