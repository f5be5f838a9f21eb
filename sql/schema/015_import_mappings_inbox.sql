-- Saved import mappings ("Pipedrive vendite"): how a kind of file is read, kept so that next week's export
-- of the same kind is one click, or none from the inbox. `key` is the name as compared (case and accents
-- folded); `header` the header of the file it was saved from, to recognise the next one.
create table import_mappings (
    key varchar primary key,
    name varchar not null,
    kind varchar not null,
    options json not null,
    header json not null,
    saved_by varchar,
    saved_at timestamp not null default current_timestamp
);

-- What the running app did with each file dropped in its inbox folder (`<db name>-inbox/`): imported (done,
-- with its batch) or not (failed, with the message as a text key and its params), and where the file went.
create sequence inbox_runs_seq;
create table inbox_runs (
    run_id integer primary key default nextval('inbox_runs_seq'),
    file_name varchar not null,
    moved_to varchar not null,
    finished_at timestamp not null default current_timestamp,
    status varchar not null,          -- done, failed
    mapping varchar,                  -- the saved mapping or built-in preset used
    batch_id integer,
    message_key varchar,
    message_params json
);
