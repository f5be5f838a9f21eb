-- Failed sign-ins are counted per address and per client (the browser's network address): five wrong passwords from
-- one visitor made the address wait for everyone, so anybody could keep the only administrator out. The failures
-- kept so far belong to no client known.
alter table sign_in_failures add column client varchar;
