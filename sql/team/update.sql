-- purpose: change a person's function, e-mail or whether they are active (the name is how objectives, actions
--          and the data's owners refer to them, so it stays)
-- params: $member varchar (the name), $function varchar, $email varchar (or null), $active boolean
update team_members set function = $function, email = $email, active = $active where name = $member;
