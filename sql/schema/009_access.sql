-- Who may come in and what they may do, and who did what.
-- access_rules: an e-mail (anna@azienda.it) or a whole domain (@azienda.it), as viewer or editor.
create table access_rules (
    pattern     varchar primary key,
    role        varchar not null,
    created_at  timestamp not null default current_timestamp,
    created_by  varchar
);

-- Passwords for a small office without an identity provider: only a salted scrypt hash is kept.
create table passwords (
    email       varchar primary key,
    hash        varchar not null,
    updated_at  timestamp not null default current_timestamp
);

-- A check-in is about its owner; recorded_by is who typed it. An action item says who wrote it down, an
-- undone import who took it back.
alter table checkins add column recorded_by varchar;
alter table action_items add column created_by varchar;
alter table import_batches add column undone_by varchar;

-- Failed password sign-ins, so that guessing is slowed down: after a few in a short time the e-mail waits.
create table sign_in_failures (
    email       varchar not null,
    failed_at   timestamp not null default current_timestamp
);
