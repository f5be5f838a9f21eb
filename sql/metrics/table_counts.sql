-- purpose: rows in every table of the data model, for `info` and Settings
-- params: none
-- grain: one row per table, in data-model order
select 'stages' as table_name, count(*) as row_count from stages
union all select 'leads', count(*) from leads
union all select 'stage_events', count(*) from stage_events
union all select 'spend', count(*) from spend
union all select 'team_members', count(*) from team_members
union all select 'objectives', count(*) from objectives
union all select 'objective_owners', count(*) from objective_owners
union all select 'objective_changes', count(*) from objective_changes
union all select 'checkins', count(*) from checkins
union all select 'meetings', count(*) from meetings
union all select 'decisions', count(*) from decisions
union all select 'action_items', count(*) from action_items
union all select 'import_batches', count(*) from import_batches
union all select 'import_rejects', count(*) from import_rejects;
