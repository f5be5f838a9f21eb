-- The stored rows a batch's file held again (matched, changed or not), as a bitmap of their ids from first_id
-- (held null: too wide a span to keep, every row of that kind counts as held). Undoing an earlier batch that
-- wrote those rows would take them out of this one too, though its file still holds them (imports/undo_conflict).
-- kind: lead, spend
create table batch_holds (
    batch_id  bigint not null,
    kind      varchar not null,
    first_id  bigint not null,
    held      bit
);
