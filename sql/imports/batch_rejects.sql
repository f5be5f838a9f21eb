-- purpose: the rejects of a batch, or its warnings, in file order, for reports and downloads
-- params: $batch_id bigint, $limit bigint, $warning boolean
-- grain: one row per problem
select line, "column", value, reason as code, detail
from import_rejects
where batch_id = $batch_id and coalesce(warning, false) = $warning
order by line, reason
limit $limit;
