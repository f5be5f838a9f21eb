-- purpose: an earlier import of this same spend file (same sha256) still in force whose amounts were given
--          another currency: spend rows are told apart by their currency, so the file is now counted twice
--          (another column of it as the amount, a sheet with a column per channel, is other spend)
-- params: $batch_id bigint (0 for a dry run), $sha256 varchar, $currency varchar, $amount_column varchar (the
--         file's column read as the amount)
-- grain: at most one row: that batch and the currency it gave
select b.batch_id, any_value(s.currency) as currency
from import_batches as b
join spend as s on s.batch_id = b.batch_id
where b.kind = 'spend' and b.status = 'committed' and b.sha256 = $sha256 and b.batch_id <> $batch_id
    and s.currency <> $currency
    and json_contains(b.options -> 'mapping', json_object('column', $amount_column, 'field', 'amount'))
group by b.batch_id
order by b.batch_id desc
limit 1;
