-- What an import tells beyond rows in and rows out (docs/imports.md): rows of a spend file that shared a
-- key and were summed into one (merged), total rows it skipped (skipped); a warning is a cell left out of
-- an imported row (a malformed e-mail that is not the key, a skipped total row), kept in the ledger next to
-- the rejects with their line. rows_read = inserted + updated + unchanged + merged + skipped + rejected.
alter table import_batches add column merged bigint default 0;
alter table import_batches add column skipped bigint default 0;
alter table import_rejects add column warning boolean default false;

-- Company-wide settings the imports rely on: the currency of amounts whose file names none.
create table settings (
    key   varchar primary key,
    value varchar not null
);
