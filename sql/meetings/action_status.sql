-- purpose: mark an action item done, dropped or open again
-- params: $action_id bigint, $status varchar, $at timestamp (null = now)
update action_items
set status = $status, done_at = case when $status = 'open' then null else coalesce($at, current_timestamp) end
where action_id = $action_id;
