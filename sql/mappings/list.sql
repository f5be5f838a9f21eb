-- purpose: the saved import mappings, by name
-- params: none
-- grain: one row per saved mapping
select key, name, kind, options, header, saved_by, saved_at from import_mappings order by name;
