-- purpose: keep every problem of the batch in the ledger (reason = a code; the views word it), and every
--          warning: a cell left out of a row that went in, or a row skipped (a total, a deleted deal, an empty row, a report's footer). A warning on a row refused
--          for another reason is one more reason it was refused (bad_email_kept -> bad_email).
-- params: $batch_id bigint
-- grain: one row per problem or warning
insert into import_rejects (batch_id, line, "column", value, reason, detail, warning)
select $batch_id, l.line, c.header, p.value, p.code, p.detail, p.warning
from (
    select *, code in ('total_row', 'deleted_row', 'empty_row', 'footer_row') as warning from import_problems
    union all by name
    select
        rn, field, value, detail,
        case when refused then replace(code, '_kept', '') else code end as code,
        not refused as warning
    from (select *, rn in (select rn from import_problems) as refused from import_warnings)
    -- text set aside beside a row refused anyway is no word of its own: the row is not imported
    where not (refused and code = 'side_note')
) as p
join import_lines as l on l.rn = p.rn
left join import_columns as c on c.field = p.field
order by l.line, p.code;
