-- purpose: how many rules, admins and passwords there are: which sign-in the app asks for, and what access.py
--          checks after every change (once sign-in is on, someone must be able to manage access from the app)
-- params: none
-- grain: one row
select
    (select count(*) from access_rules) as rules,
    (select count(*) from access_rules where role = 'admin') as admins,
    (select count(*) from passwords) as passwords;
