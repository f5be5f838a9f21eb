-- purpose: add a person to the team
-- params: $member varchar (the name), $function varchar, $email varchar (or null)
insert into team_members (name, function, email, active) values ($member, $function, $email, true);
