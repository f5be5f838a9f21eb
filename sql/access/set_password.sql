-- purpose: set or replace the password hash of an e-mail
-- params: $email varchar, $hash varchar
insert or replace into passwords (email, hash, updated_at) values ($email, $hash, current_timestamp);
