-- purpose: open the ledger entry of a batch (import or demo load) and return its id
-- params: $kind varchar, $file_name varchar, $sha256 varchar, $options json, $created_by varchar,
--         $started_at timestamp (the app's day at the clock's time: periods.now)
insert into import_batches (kind, file_name, sha256, status, options, created_by, started_at)
values ($kind, $file_name, $sha256, 'running', $options, $created_by, $started_at)
returning batch_id;
