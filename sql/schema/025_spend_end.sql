-- The last day a spend row's amount covers: its week (a report by week), its month (a monthly sheet), its report's
-- period (Meta's "Reporting ends"), or its own day. A file's row replaces a stored one of its key only when the
-- file reaches that day (imports/spend_write), and a row replaced by a day's covers that day alone since.
-- Stored rows get it where their import tells it exactly: a report by week or a monthly sheet, spend day by day,
-- the demo's weeks. A report's rows (period_days: the longest of its rows, not each one's) keep null: matched on
-- their key as before, their span guessed from their import where an overlap is looked for (spend_overlap).
alter table spend add column spend_end date;
alter table spend_snapshots add column spend_end date;

update spend set spend_end = case
        when b.kind = 'demo' then spend.spend_date + 6
        when b.options->>'row_span' = 'week' then spend.spend_date + 6
        when b.options->>'row_span' = 'month' then last_day(spend.spend_date)
        else spend.spend_date
    end
from import_batches as b
where b.batch_id = spend.batch_id
    and (b.kind = 'demo' or b.options->>'row_span' in ('week', 'month')
         or coalesce(try_cast(b.options->>'period_days' as integer), 0) = 0);
