-- The weekly alignment meeting: the meeting itself, what was decided, who does what by when.

create sequence meeting_id_seq start 1;

create table meetings (
    meeting_id  bigint primary key default nextval('meeting_id_seq'),
    week        date not null,              -- the Monday of the week discussed
    held_on     date,
    title       varchar,
    notes       varchar,
    attendees   varchar[],
    status      varchar not null default 'open',   -- open, closed
    created_at  timestamp not null default current_timestamp,
    created_by  varchar
);

create sequence decision_id_seq start 1;

create table decisions (
    decision_id   bigint primary key default nextval('decision_id_seq'),
    meeting_id    bigint not null,
    objective_id  bigint,
    text          varchar not null,
    decided_by    varchar,
    created_at    timestamp not null default current_timestamp
);

create sequence action_item_id_seq start 1;

create table action_items (
    action_id     bigint primary key default nextval('action_item_id_seq'),
    meeting_id    bigint,
    objective_id  bigint,
    text          varchar not null,
    owner         varchar,
    due_date      date,
    status        varchar not null default 'open',  -- open, done, dropped
    created_at    timestamp not null default current_timestamp,
    done_at       timestamp
);
