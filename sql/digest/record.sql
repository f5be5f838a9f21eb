-- purpose: record how one delivery of a week's digest went (a new try of a failed one counts as one more)
-- params: $week date, $recipient varchar, $channel varchar, $person varchar, $status varchar, $error varchar
insert into digest_sends (week, recipient, channel, person, status, attempts, last_error)
values ($week, $recipient, $channel, $person, $status, 1, $error)
on conflict (week, recipient, channel) do update set
    status = excluded.status, attempts = digest_sends.attempts + 1, last_error = excluded.last_error,
    person = excluded.person, updated_at = now()::timestamp;
