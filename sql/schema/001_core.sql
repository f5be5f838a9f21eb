-- Core of the customer journey: stages, leads, their stage history, spend, and the import ledger.
-- Constraints stay light on purpose: DuckDB checks unique indexes eagerly inside a transaction, and
-- imports update and delete in bulk; keys are enforced by the importer instead.

create table stages (
    code            varchar primary key,
    position        integer not null,
    owner_function  varchar not null check (owner_function in ('marketing', 'sales')),
    label_it        varchar not null,
    label_en        varchar not null,
    is_terminal     boolean not null default false,
    -- 'won' / 'lost' for the closing stages; 'lost' sits off the path: reaching it reaches nothing before it
    outcome         varchar check (outcome in ('won', 'lost'))
);

insert into stages values
    ('lead',        1, 'marketing', 'Contatto',     'Lead',        false, null),
    ('mql',         2, 'marketing', 'MQL',          'MQL',         false, null),
    ('sql',         3, 'sales',     'SQL',          'SQL',         false, null),
    ('opportunity', 4, 'sales',     'Opportunità',  'Opportunity', false, null),
    ('customer',    5, 'sales',     'Cliente',      'Customer',    true,  'won'),
    ('lost',        6, 'sales',     'Perso',        'Lost',        true,  'lost');

create sequence import_batch_id_seq start 1;

create table import_batches (
    batch_id     bigint primary key default nextval('import_batch_id_seq'),
    kind         varchar not null,          -- leads, spend, demo
    file_name    varchar,
    sha256       varchar,
    started_at   timestamp not null default current_timestamp,
    finished_at  timestamp,
    rows_read    bigint not null default 0,
    inserted     bigint not null default 0,
    updated      bigint not null default 0,
    unchanged    bigint not null default 0,
    rejected     bigint not null default 0,
    status       varchar not null,          -- committed, dry_run, failed, undone
    options      json,
    created_by   varchar,
    undone_at    timestamp
);

create table import_rejects (
    batch_id  bigint not null,
    line      bigint,
    "column"  varchar,
    value     varchar,
    reason    varchar not null
);

create sequence lead_id_seq start 1;

create table leads (
    lead_id        bigint primary key default nextval('lead_id_seq'),
    external_id    varchar,
    email          varchar,
    first_name     varchar,
    last_name      varchar,
    name           varchar,
    company        varchar,
    phone          varchar,
    source         varchar,
    campaign       varchar,
    segment        varchar,
    region         varchar,
    owner          varchar,
    product        varchar,
    created_at     timestamp,
    current_stage  varchar not null default 'lead',
    closed_at      timestamp,
    deal_value     decimal(18, 2),
    currency       varchar,
    lost_reason    varchar,
    batch_id       bigint,                  -- the batch that created the lead
    updated_at     timestamp
);

create table stage_events (
    lead_id     bigint not null,
    stage       varchar not null,
    entered_at  timestamp,                 -- null when the export tells the stage but not the date
    batch_id    bigint
);

create table spend (
    spend_date  date not null,
    channel     varchar not null,
    campaign    varchar,
    amount      decimal(18, 2) not null,
    currency    varchar not null default 'EUR',
    batch_id    bigint
);
