-- purpose: remember a failed sign-in from a client, forgetting those too old to matter
-- params: $email varchar, $client varchar, $minutes integer
delete from sign_in_failures where failed_at <= current_timestamp::timestamp - to_minutes($minutes);
insert into sign_in_failures (email, client) values ($email, $client);
