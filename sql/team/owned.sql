-- purpose: whether any imported lead names its owner (Olist's leads name none: no name to add, rather than "every
--          owner is in the team")
-- params: none
-- grain: one row
select exists (select 1 from leads where nullif(trim(owner), '') is not null) as owned;
