-- purpose: the company's currency (README, "Importing CSV exports"): the one set in Settings; never set, the one every
--          stored amount is in (a store whose deals and spend are all in dollars reads in dollars, rather than
--          measuring its objectives in euros it has none of); else null (the caller's default, EUR)
-- params: none
-- grain: one row
select coalesce(
    (select value from settings where key = 'currency'),
    (select case when count(*) = 1 then min(c) end from (
        select distinct currency as c from leads where currency is not null
        union
        select distinct currency from spend where currency is not null))
) as currency;
