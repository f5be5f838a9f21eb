-- purpose: spend stored by other batches for a channel and campaign of this file that falls in a period a row of
--          it covers, or whose own period (its batch's period_days: a report of a period) takes in such a row's:
--          the same report downloaded again a day later, or a month's report over daily spend, counts it twice.
--          The same first day is no overlap: that row is matched and updated (imports/spend_write).
-- params: $batch_id bigint, $period_end date (the report's last day, when its title lines give the period),
--         $row_ends boolean (the rows' spend_end is each row's last day: false beside a column of days),
--         $row_span varchar ('week', 'month': each row covers the calendar period its day starts; else null).
--         A stored batch's rows cover their own row_span, or its period_days after their day. Reads the temp table
--         import_targets (imports/spend_write).
-- grain: one row: the stored rows met and the earliest batch they came from
with mine as (
    select distinct
        channel, campaign, spend_date as first_day,
        coalesce(case when $row_ends then spend_end end, $period_end::date, row_last_day(spend_date, $row_span))
            as last_day
    from import_rows_coded
    where rn not in (select rn from import_problems) and spend_date is not null
),

stored as (
    select
        s.spend_id, s.batch_id, s.channel, s.campaign, s.spend_date,
        greatest(s.spend_date + to_days(coalesce(try_cast(b.options->>'period_days' as integer), 0)),
                 row_last_day(s.spend_date, b.options->>'row_span')) as last_day
    from spend as s
    join import_batches as b on b.batch_id = s.batch_id
    where s.batch_id is distinct from $batch_id and b.status = 'committed'
        -- (a stored row this file matched and updated is this file's now: a week replaced by its first day covers
        -- that day alone)
        and s.spend_id not in (select spend_id from import_targets where spend_id is not null)
)

select count(distinct s.spend_id) as rows, min(s.batch_id) as batch
from mine as m
join stored as s
    on s.channel = m.channel and coalesce(s.campaign, '') = coalesce(m.campaign, '')
   and s.spend_date <= m.last_day and s.last_day >= m.first_day and s.spend_date <> m.first_day
where m.last_day > m.first_day or s.last_day > s.spend_date;
