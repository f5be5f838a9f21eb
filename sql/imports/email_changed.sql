-- purpose: the stored leads a batch recognised by their ID and gave another e-mail, counted, with the first one
-- params: none (reads import_email_changed, which imports/leads_refused fills)
-- grain: one row: how many, and the first ID with its e-mail before and after
select count(*) as leads, min(id) as id, arg_min(old_email, id) as old_email, arg_min(new_email, id) as new_email
from import_email_changed;
