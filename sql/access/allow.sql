-- purpose: let an e-mail or a domain in with a role (replacing the role it had)
-- params: $pattern varchar, $role varchar, $created_by varchar
insert or replace into access_rules (pattern, role, created_by) values ($pattern, $role, $created_by);
