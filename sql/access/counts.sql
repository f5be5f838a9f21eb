-- purpose: how many rules and passwords there are, to know which sign-in the app asks for
-- params: none
-- grain: one row
select (select count(*) from access_rules) as rules, (select count(*) from passwords) as passwords;
