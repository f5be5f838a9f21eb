-- purpose: the rejects of a batch, in file order, for reports and downloads
-- params: $batch_id bigint, $limit bigint
-- grain: one row per problem
select line, "column", value, reason as code, detail
from import_rejects
where batch_id = $batch_id
order by line, reason
limit $limit;
