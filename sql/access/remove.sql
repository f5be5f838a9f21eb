-- purpose: take an e-mail or a domain off the allow-list, with the e-mail's password
-- params: $pattern varchar
delete from passwords where email = $pattern;
delete from access_rules where pattern = $pattern;
