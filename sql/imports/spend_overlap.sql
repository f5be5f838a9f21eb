-- purpose: spend stored by other batches for a channel and campaign of this file that falls in a period a row of
--          it covers, or whose own period (its spend_end; for a report's row stored before it was kept, its
--          batch's period_days) takes in such a row's: the same report downloaded again a day later, a month's
--          report over daily spend, or daily spend for part of a stored week, counts it twice. A stored row this
--          file matched and updated is no overlap (imports/spend_write).
-- params: $batch_id bigint. Reads the temp tables import_keys (imports/spend_keys: each key's last day) and
--         import_targets (imports/spend_write).
-- grain: one row: the stored rows met and the earliest batch they came from
with mine as (
    select distinct channel, campaign, spend_date as first_day, last_day
    from import_keys
    where rn not in (select rn from import_problems) and spend_date is not null
),

stored as (
    select
        s.spend_id, s.batch_id, s.channel, s.campaign, s.spend_date,
        -- (a report's row stored before spend_end was kept: its import's longest span, the most it may cover)
        coalesce(s.spend_end, s.spend_date + to_days(coalesce(try_cast(b.options->>'period_days' as integer), 0)))
            as last_day
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
   and s.spend_date <= m.last_day and s.last_day >= m.first_day
where m.last_day > m.first_day or s.last_day > s.spend_date;
