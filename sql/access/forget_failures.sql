-- purpose: clear an e-mail's failed sign-ins (it signed in, or the administrator set a new password)
-- params: $email varchar
delete from sign_in_failures where email = $email;
