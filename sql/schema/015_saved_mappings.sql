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
