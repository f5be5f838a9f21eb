-- purpose: the role of an e-mail: its own rule, else its domain's
-- params: $email varchar, $domain varchar (the e-mail's part from its @, e.g. '@azienda.it')
-- grain: zero or one row
select role from access_rules
where pattern = $email or pattern = $domain
order by starts_with(pattern, '@')
limit 1;
