-- purpose: refuse the rows whose key cannot go in: one an earlier row of the file already used (quoted as
--          written in the file, not as the key compares it), one two stored leads share, and what the mode
--          refuses (insert: a known key; update: an unknown key); import_matches keeps the others
-- params: $key_field varchar, $mode varchar (upsert, insert, update), and what run.py found of import_matches:
--         $lead_matched_twice, $row_matched_twice, $values_changed (some match changes a value), $unmatched (some
--         good row matched no lead)
-- grain: adds to import_problems; email_changed: the stored leads a row matched by ID gives a new e-mail

-- keys more than one row uses. The rows of a stored key all matched its lead, so they are grouped only when
-- some lead was matched twice; the rows of other keys, only when some row matched no lead. A re-import of a
-- million stored leads is so spared grouping a million keys (~0.08 s)
create or replace temp table import_repeated as
select r.key
from import_matches as m
join import_rows_coded as r using (rn)
where $lead_matched_twice
group by r.key having count(distinct m.rn) > 1
union all
select key
from import_rows_coded
where $unmatched and rn not in (select rn from import_problems) and rn not in (select rn from import_matches)
group by key having count(*) > 1;

-- the first row of a repeated key goes in; each later one is refused, naming the line of the first
insert into import_problems
select d.rn, $key_field, d.written, 'duplicate_in_file', l.line::varchar
from (
    select rn, written_key as written, min(rn) over (partition by key) as first_rn
    from import_rows_coded
    where key in (select key from import_repeated) and rn not in (select rn from import_problems)
) as d
join import_lines as l on l.rn = d.first_rn
where d.rn > d.first_rn;

delete from import_matches where rn in (select rn from import_problems);

-- a key two stored leads share: the row could be either, so it updates neither. Matches are counted per row
-- only when some row matched twice, which nearly never happens (~50-80 ms a million matches)
insert into import_problems
select m.rn, $key_field, r.written_key, 'ambiguous_match', m.leads::varchar
from (
    select rn, count(*) as leads from import_matches
    where $row_matched_twice
    group by rn having count(*) > 1
) as m
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

-- a stored ID with another name and the e-mail of another stored lead: two exports that number different things
-- alike (Pipedrive's people and deals both start at 1) would give one person another's name and e-mail. A shared
-- mailbox (info@) or two e-mails swapped back keep their names, and go in. Only rows that change something and
-- bring another e-mail are looked at: none on a first import or a re-import of the same file, where
-- $values_changed spares reading the stored e-mails at all
insert into import_problems
select m.rn, 'email', r.raw_email, 'email_of_another', coalesce(o.external_id, o.email)
from import_matches as m
join import_rows_coded as r using (rn)
join leads as l on l.lead_id = m.lead_id
join leads as o on o.email = r.email and o.lead_id <> m.lead_id
where $values_changed and $key_field = 'external_id' and m.values_changed and r.email is not null
  and r.email is distinct from l.email
  and l.name is not null and coalesce(r.name, r.derived_name) is not null
  and lower(coalesce(r.name, r.derived_name)) <> lower(l.name)
qualify row_number() over (partition by m.rn order by o.lead_id) = 1;

delete from import_matches where rn in (select rn from import_problems);

-- the others the row gives another e-mail: taken in, and said with an example (the person may have changed it)
create or replace temp table import_email_changed as
select r.written_key as id, l.email as old_email, r.email as new_email
from import_matches as m
join import_rows_coded as r using (rn)
join leads as l on l.lead_id = m.lead_id
where $values_changed and $key_field = 'external_id' and m.values_changed and r.email is not null
  and l.email is not null and r.email <> l.email;
