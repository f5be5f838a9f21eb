-- purpose: rows without a key, and rows repeating a key an earlier row of the file already used (the
--          value quoted as written in the file, not as the key compares it)
-- params: $key_field varchar (the field the key comes from: external_id or email)
-- grain: adds to import_problems
insert into import_problems
select rn, $key_field, null, 'no_key', null
from import_rows_coded
where key is null and rn not in (select rn from import_problems);

insert into import_problems
select d.rn, $key_field, d.written, 'duplicate_in_file', l.line::varchar
from (
    select rn, key, written_key as written,
           min(rn) over (partition by key) as first_rn
    from import_rows_coded
    where rn not in (select rn from import_problems)
      and key in (
          select key from import_rows_coded
          where rn not in (select rn from import_problems)
          group by key having count(*) > 1)
) as d
join import_lines as l on l.rn = d.first_rn
where d.rn > d.first_rn;
