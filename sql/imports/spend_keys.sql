-- purpose: the key of every good spend row (date, channel, campaign, currency), missing required values
--          as problems; rows of the file that share a key (exports by ad, ad group, device or lot) summed into
--          one, remembering how many rows each holds
-- params: $currency varchar (the company's currency, for amounts whose file names none)
-- grain: one row per key in import_keys; adds to import_problems
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
    min(rn) as rn, list(rn order by rn) as rns, spend_date, channel, campaign, currency, sum(amount) as amount,
    concat_ws(' | ', spend_date, channel, coalesce(campaign, ''), currency) as key
from (
    select rn, spend_date::date as spend_date, channel, campaign,
           coalesce(currency, derived_currency, $currency) as currency, amount
    from import_rows_coded
    where rn not in (select rn from import_problems)
)
group by spend_date, channel, campaign, currency;
