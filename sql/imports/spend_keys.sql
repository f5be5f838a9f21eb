-- purpose: the key of every good spend row (date, channel, campaign, currency), missing required values
--          as problems; rows of the file that share a key (exports by ad, ad group, device or lot) summed into
--          one, remembering how many rows each holds
--          and the last day its rows cover (a report's period, a week or a month, else the day itself)
-- params: $currency varchar (the company's currency, for amounts whose file names none), $row_ends boolean (the
--         rows' spend_end is each row's last day: false beside a column of days), $period_end date (the report's
--         last day, when its title lines give the period), $row_span varchar ('week', 'month': each row covers the
--         calendar period its day starts; else null)
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
    concat_ws(' | ', spend_date, channel, coalesce(campaign, ''), currency) as key, max(last_day) as last_day
from (
    select rn, spend_date::date as spend_date, channel, campaign,
           coalesce(currency, derived_currency, $currency) as currency, amount,
           coalesce(case when $row_ends then spend_end end, $period_end::date, row_last_day(spend_date, $row_span))
               as last_day
    from import_rows_coded
    where rn not in (select rn from import_problems)
)
group by spend_date, channel, campaign, currency;
