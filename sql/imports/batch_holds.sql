-- purpose: keep which stored rows a batch's file held again (temp view import_held: their ids), so that an
--          earlier batch that wrote them is not undone under it (imports/undo_conflict)
-- params: $batch_id bigint, $kind varchar (lead, spend), $low bigint, $high bigint (the ids' range),
--         $wide boolean (a span too wide for a bitmap: held stays null, every row of the kind counts)
-- grain: one row of batch_holds
insert into batch_holds
select $batch_id, $kind, $low, bitstring_agg(id, $low, $high) filter (where not $wide)
from import_held;
