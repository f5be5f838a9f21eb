-- The weekly digest: one row per week, recipient and channel (an e-mail address, or the Teams or Slack channel),
-- so that a digest never goes twice to the same place for the same week, and a failed one is tried again
-- (attempts) and shown in Settings with its reason.
create table digest_sends (
    week        date not null,
    recipient   varchar not null,      -- an e-mail address, or 'teams' / 'slack'
    channel     varchar not null,      -- email, teams, slack
    person      varchar,               -- the team member an e-mail is for
    status      varchar not null,      -- sent, failed
    attempts    integer not null,
    error_key   varchar,               -- why the last try failed: a text key and its params, worded when shown
    error_params json,
    updated_at  timestamp not null default current_timestamp,
    primary key (week, recipient, channel)
);
