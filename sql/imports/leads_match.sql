-- purpose: pair each good row with the stored lead of the same key, and apply the mode
--          (insert: a known key is a problem; update: an unknown key is a problem)
-- params: $key_field varchar, $mode varchar (upsert, insert, update)
-- grain: one row per good record matching a stored lead, in import_matches
create or replace temp table import_stored_keys as
select case when $key_field = 'external_id' then external_id else email end as key, lead_id from leads;

create or replace temp table import_ambiguous as
select key, count(*) as leads from import_stored_keys group by key having count(*) > 1;

insert into import_problems
select r.rn, $key_field, r.written_key, 'ambiguous_match', a.leads::varchar
from import_rows_coded as r join import_ambiguous as a using (key)
where r.rn not in (select rn from import_problems);

create or replace temp table import_matches as
select r.rn, s.lead_id
from import_rows_coded as r
join import_stored_keys as s using (key)
where r.rn not in (select rn from import_problems);

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
drop table import_stored_keys;
