-- purpose: save an import mapping under a name, replacing the one of the same name
-- params: $key varchar, $mapping_name varchar, $kind varchar, $options json, $header json, $saved_by varchar
-- grain: one row written
insert or replace into import_mappings (key, name, kind, options, header, saved_by, saved_at)
values ($key, $mapping_name, $kind, $options, $header, $saved_by, current_timestamp);
