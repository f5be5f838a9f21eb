-- The demo brings a meeting of its own, removed with the rest of the demo: meetings remember their batch.
alter table meetings add column batch_id bigint;
