-- purpose: keep every problem of the batch in the ledger (reason = a code; the views word it)
-- params: $batch_id bigint
-- grain: one row per problem
insert into import_rejects (batch_id, line, "column", value, reason, detail)
select $batch_id, l.line, c.header, p.value, p.code, p.detail
from import_problems as p
join import_lines as l on l.rn = p.rn
left join import_columns as c on c.field = p.field
order by l.line, p.code;
