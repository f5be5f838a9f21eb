-- Lead ids come from the loaders, in bulk: the highest id in use plus the record's number. A sequence
-- costs a call per row and a primary-key index as much again on a million-row import; one writer process
-- per database file keeps the bulk numbering safe. The table is rebuilt because DuckDB cannot drop a
-- primary key or a default in place.
create table leads_v5 (
    lead_id        bigint not null,
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
    batch_id       bigint,
    updated_at     timestamp
);

insert into leads_v5 select * from leads order by lead_id;
drop table leads;
alter table leads_v5 rename to leads;
drop sequence lead_id_seq;
