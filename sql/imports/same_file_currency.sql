-- purpose: an earlier import of this same spend file (same sha256) still in force whose amounts were given
--          another currency: spend rows are told apart by their currency, so the file is now counted twice
-- params: $batch_id bigint (0 for a dry run), $sha256 varchar, $currency varchar
-- grain: at most one row: that batch and the currency it gave
select b.batch_id, any_value(s.currency) as currency
from import_batches as b
join spend as s on s.batch_id = b.batch_id
where b.kind = 'spend' and b.status = 'committed' and b.sha256 = $sha256 and b.batch_id <> $batch_id
    and s.currency <> $currency
group by b.batch_id
order by b.batch_id desc
limit 1;
