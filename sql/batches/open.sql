-- purpose: open the ledger entry of a batch (import or demo load) and return its id
-- params: $kind varchar, $file_name varchar, $sha256 varchar, $options json, $created_by varchar
insert into import_batches (kind, file_name, sha256, status, options, created_by)
values ($kind, $file_name, $sha256, 'running', $options, $created_by)
returning batch_id;
