-- purpose: take the demo company out again, leaving every real import untouched
-- params: $undone_by varchar (who removed it); acts on every committed demo batch
create temp table demo_batches as
select batch_id from import_batches where kind = 'demo' and status = 'committed';

delete from objective_owners where objective_id in (
    select objective_id from objectives where batch_id in (select batch_id from demo_batches));
delete from objective_changes where objective_id in (
    select objective_id from objectives where batch_id in (select batch_id from demo_batches));
delete from checkins where objective_id in (
    select objective_id from objectives where batch_id in (select batch_id from demo_batches));
delete from objectives where batch_id in (select batch_id from demo_batches);
delete from decisions where meeting_id in (
    select meeting_id from meetings where batch_id in (select batch_id from demo_batches));
delete from action_items where meeting_id in (
    select meeting_id from meetings where batch_id in (select batch_id from demo_batches));
delete from meetings where batch_id in (select batch_id from demo_batches);
delete from stage_events where lead_id in (
    select lead_id from leads where batch_id in (select batch_id from demo_batches));
delete from leads where batch_id in (select batch_id from demo_batches);
delete from spend where batch_id in (select batch_id from demo_batches);
delete from team_members where batch_id in (select batch_id from demo_batches);

update import_batches set status = 'undone', undone_at = current_timestamp, undone_by = $undone_by
where batch_id in (select batch_id from demo_batches);

drop table demo_batches;
