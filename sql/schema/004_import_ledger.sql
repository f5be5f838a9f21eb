-- What undo needs: a stable id for spend rows and the state of every row an import changed; and
-- a detail for rejects, whose reason is a code so any view can show it in its own language.

create sequence spend_id_seq start 1;
alter table spend add column spend_id bigint default nextval('spend_id_seq');

alter table import_rejects add column detail varchar;

-- A copy of the row as it was before a batch changed it. A later migration that adds a column to
-- leads or spend adds it here too.
create table lead_snapshots as select 0::bigint as snapshot_batch_id, * from leads limit 0;
create table spend_snapshots as select 0::bigint as snapshot_batch_id, * from spend limit 0;
