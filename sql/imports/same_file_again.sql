-- purpose: the earlier imports of this same spend file (same sha256) still in force with rows this one met none
--          of: given another day, channel or campaign (--set, the page's fixed values, another mapping), its rows
--          went in as new ones beside them, and the spend is counted twice. A row the earlier import refused and
--          this one takes in is no second count: every stored row of it is met then. Another column of the file
--          read as the amount (a sheet with a column per channel: --map amount=TV, then amount=Radio) is other spend.
-- params: $batch_id bigint (0 for a dry run), $sha256 varchar, $amount_column varchar (the file's column read as
--          the amount) (reads temp table import_targets, imports/spend_write)
--          A later import of the file that held those rows again (batch_holds) is one of them: it goes first.
-- grain: one row: every such batch, and the latest, the one to undo first (null when there is none)
select list(batch_id order by batch_id) as batches, max(batch_id) as batch
from (
    select distinct b.batch_id
    from import_batches as b
    join spend as s
        on s.batch_id = b.batch_id
        or exists (select 1 from batch_holds as h
                   where h.batch_id = b.batch_id and h.kind = 'spend' and holds(h.held, h.first_id, s.spend_id))
    where b.kind = 'spend' and b.status = 'committed' and b.sha256 = $sha256 and b.batch_id <> $batch_id
        and json_contains(b.options -> 'mapping', json_object('column', $amount_column, 'field', 'amount'))
        and s.spend_id not in (select spend_id from import_targets where spend_id is not null)
);
