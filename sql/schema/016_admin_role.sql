-- A third role, admin: manages the team, the allow-list and the roles from the app while it runs. A store
-- made before it gets one admin, so that someone can: the first editor with a password, else the first
-- editor named by address (a domain is never an admin; access.py).
update access_rules set role = 'admin'
where pattern = (
    select r.pattern
    from access_rules as r
    where r.role = 'editor' and not starts_with(r.pattern, '@')
    order by exists (select 1 from passwords as p where p.email = r.pattern) desc, r.created_at, r.pattern
    limit 1
)
  and not exists (select 1 from access_rules where role = 'admin');
