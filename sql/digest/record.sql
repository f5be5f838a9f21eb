-- purpose: record how one delivery of a week's digest went (a new try of a failed one counts as one more)
-- params: $week date, $recipient varchar, $channel varchar, $person varchar, $status varchar,
--         $error_key varchar, $error_params varchar (JSON)
insert into digest_sends (week, recipient, channel, person, status, attempts, error_key, error_params)
values ($week, $recipient, $channel, $person, $status, 1, $error_key, $error_params::json)
on conflict (week, recipient, channel) do update set
    status = excluded.status, attempts = digest_sends.attempts + 1, error_key = excluded.error_key,
    error_params = excluded.error_params, person = excluded.person, updated_at = now()::timestamp;
