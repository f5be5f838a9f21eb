-- purpose: record what the inbox did with one file
-- params: $file_name varchar, $moved_to varchar, $finished_at timestamp, $status varchar, $mapping varchar, $batch_id integer, $message_key varchar, $message_params json
-- grain: one row written
insert into inbox_runs (file_name, moved_to, finished_at, status, mapping, batch_id, message_key, message_params)
values ($file_name, $moved_to, $finished_at, $status, $mapping, $batch_id, $message_key, $message_params);
