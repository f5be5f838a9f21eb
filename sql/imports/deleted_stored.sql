-- purpose: the rows skipped as deleted in the CRM whose deal is stored from an earlier import, where it stays as it
--          was: counted, with their first lines
-- params: $by_id boolean (the file's key is the CRM's ID; else the e-mail)
-- grain: one row
select count(*) as deals, list(l.line order by l.line)[1:5] as lines
from import_problems as p
join import_rows_coded as r on r.rn = p.rn
join import_lines as l on l.rn = p.rn
where p.code = 'deleted_row'
    and exists (select 1 from leads as s where case when $by_id then s.external_id else s.email end = r.key);
