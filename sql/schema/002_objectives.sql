-- Shared objectives, the people who own them, every edit, and weekly check-ins.

create table team_members (
    name      varchar primary key,
    function  varchar not null check (function in ('marketing', 'sales', 'management')),
    email     varchar,
    active    boolean not null default true,
    batch_id  bigint
);

create sequence objective_id_seq start 1;

create table objectives (
    objective_id  bigint primary key default nextval('objective_id_seq'),
    title         varchar not null,
    statement     varchar,
    lang          varchar not null default 'it',
    metric        varchar,                  -- catalog code, see smarketing.objectives; null = not stated
    from_stage    varchar,
    to_stage      varchar,
    filters       json,                     -- e.g. {"source": "Webinar"}
    direction     varchar check (direction in ('increase', 'decrease', 'maintain')),
    baseline      double,
    target        double,
    target_kind   varchar check (target_kind in ('absolute', 'relative')),
    unit          varchar,
    start_date    date,
    deadline      date,
    parent_id     bigint,
    cadence       varchar,
    status        varchar not null default 'active',   -- draft, active, done, archived
    created_at    timestamp not null default current_timestamp,
    created_by    varchar,
    updated_at    timestamp,
    batch_id      bigint
);

create table objective_owners (
    objective_id  bigint not null,
    member        varchar not null,
    primary key (objective_id, member)
);

create sequence objective_change_id_seq start 1;

create table objective_changes (
    change_id     bigint primary key default nextval('objective_change_id_seq'),
    objective_id  bigint not null,
    changed_at    timestamp not null default current_timestamp,
    changed_by    varchar,
    field         varchar not null,
    old_value     varchar,
    new_value     varchar
);

create sequence checkin_id_seq start 1;

create table checkins (
    checkin_id    bigint primary key default nextval('checkin_id_seq'),
    objective_id  bigint not null,
    week          date not null,            -- the Monday of the week checked in
    author        varchar not null,
    confidence    integer check (confidence between 1 and 10),
    value         double,                   -- the measured value for manual KPIs
    note          varchar,
    created_at    timestamp not null default current_timestamp
);
