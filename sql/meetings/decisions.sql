-- purpose: the decisions of one meeting, in the order they were taken, with the objective they concern
-- params: $meeting_id bigint
-- grain: one row per decision
select d.decision_id, d.text, d.decided_by, d.objective_id, o.title as objective_title, d.created_at
from decisions as d
left join objectives as o using (objective_id)
where d.meeting_id = $meeting_id
order by d.decision_id;
