-- purpose: what an import check depends on in the store, to know when a kept check is out of date: the
--          batches (written, undone), the saved mappings and the company currency
-- params: none
-- grain: one row
select (select count(*) from import_batches) as batches,
       (select count(*) from import_batches where status = 'undone') as undone,
       (select max(saved_at)::varchar from import_mappings) as mappings_saved,
       (select count(*) from import_mappings) as mappings,
       (select value from settings where key = 'currency') as currency;
