-- purpose: the role of an e-mail: its own rule, else its domain's
-- params: $email varchar
-- grain: zero or one row
select role from access_rules
where pattern = $email or pattern = '@' || split_part($email, '@', 2)
order by starts_with(pattern, '@')
limit 1;
