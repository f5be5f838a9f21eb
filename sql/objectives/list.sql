-- purpose: every objective with its owners and their functions, each parent followed by its children
-- params: $status varchar (null = every status)
-- grain: one row per objective
with owners as (
    select
        w.objective_id,
        list(w.member order by t.function desc, w.member) as owners,
        list(coalesce(t.function, '') order by t.function desc, w.member) as functions
    from objective_owners as w
    left join team_members as t on t.name = w.member
    group by w.objective_id
)

select o.*, coalesce(w.owners, []) as owners, coalesce(w.functions, []) as functions
from objectives as o
left join owners as w using (objective_id)
where $status is null or o.status = $status
order by coalesce(o.parent_id, o.objective_id), o.parent_id nulls first, o.objective_id;
