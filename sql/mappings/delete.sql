-- purpose: forget a saved import mapping
-- params: $key varchar
-- grain: zero or one row removed
delete from import_mappings where key = $key;
