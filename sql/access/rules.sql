-- purpose: the allow-list, e-mails before domains
-- params: none
-- grain: one row per rule
select pattern, role, created_at, created_by, exists (select 1 from passwords as p where p.email = r.pattern)
    as has_password
from access_rules as r
order by starts_with(pattern, '@'), pattern;
