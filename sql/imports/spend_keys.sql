-- purpose: the key of every good spend row (date, channel, campaign, currency); missing required values
--          and keys repeated inside the file are problems
-- params: none
-- grain: one row per good record in import_keys; adds to import_problems
insert into import_problems
select rn, 'spend_date', null, 'missing_value', null from import_rows_coded
where raw_spend_date is null and rn not in (select rn from import_problems)
union all
select rn, 'channel', null, 'missing_value', null from import_rows_coded
where channel is null and rn not in (select rn from import_problems)
union all
select rn, 'amount', null, 'missing_value', null from import_rows_coded
where raw_amount is null and rn not in (select rn from import_problems);

create or replace temp table import_keys as
select
    rn, spend_date::date as spend_date, channel, campaign,
    coalesce(currency, derived_currency, 'EUR') as currency, amount,
    concat_ws(' | ', spend_date::date, channel, coalesce(campaign, ''), coalesce(currency, derived_currency, 'EUR'))
        as key
from import_rows_coded
where rn not in (select rn from import_problems);

insert into import_problems
select d.rn, 'spend_date', d.key, 'duplicate_in_file', l.line::varchar
from (
    select rn, key, min(rn) over (partition by key) as first_rn
    from import_keys
    where key in (select key from import_keys group by key having count(*) > 1)
) as d
join import_lines as l on l.rn = d.first_rn
where d.rn > d.first_rn;

delete from import_keys where rn in (select rn from import_problems);
