-- Who ticked an action item done (or opened it again), and who last saved a meeting's attendees and notes.
alter table action_items add column status_by varchar;
alter table meetings add column updated_by varchar;
alter table meetings add column updated_at timestamp;
