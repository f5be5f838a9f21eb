-- purpose: the password hash of an e-mail, if it has one
-- params: $email varchar
-- grain: zero or one row
select hash from passwords where email = $email;
