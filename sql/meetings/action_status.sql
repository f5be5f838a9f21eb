-- purpose: mark an action item done, dropped or open again, saying who did
-- params: $action_id bigint, $status varchar, $at timestamp (when), $by varchar
update action_items
set status = $status, done_at = case when $status = 'open' then null else $at end,
    status_by = $by
where action_id = $action_id;
