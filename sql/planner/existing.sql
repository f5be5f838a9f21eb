-- purpose: an objective not archived with this sentence under this parent (none: a top one): a plan created again
--          (a second click) would make the same objectives twice
-- params: $statement varchar, $parent_id bigint
-- grain: zero or one row, the earliest
select objective_id
from objectives
where statement = $statement and parent_id is not distinct from $parent_id and status <> 'archived'
order by objective_id
limit 1;
