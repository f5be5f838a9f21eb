-- purpose: an objective not archived that measures what the plan's first objective would, under this parent (none: a
--          top one): a plan created again (a second click, the page opened twice, the same plan in the other
--          language) would make the same objectives twice. Matched on the measure, never on the sentence, whose
--          words change with the language
-- params: $metric varchar, $stage varchar, $target double, $deadline date, $filters varchar (as objectives keep
--         them), $parent_id bigint
-- grain: zero or one row, the earliest
select objective_id
from objectives
where metric = $metric and to_stage is not distinct from $stage and target = $target and deadline = $deadline
  and coalesce(filters::varchar, '{}') = $filters and parent_id is not distinct from $parent_id
  and status <> 'archived'
order by objective_id
limit 1;
