-- purpose: set one company setting
-- params: $key varchar, $value varchar
insert or replace into settings (key, value) values ($key, $value);
