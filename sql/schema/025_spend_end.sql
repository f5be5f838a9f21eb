-- The last day a spend row's amount covers: its week (a report by week), its month (a monthly sheet), its report's
-- period (Meta's "Reporting ends"), or its own day. A file's row replaces a stored one of its key only when the
-- file reaches that day (imports/spend_write), and a row replaced by a day's covers that day alone since.
-- Null in stores before this column: such a row is matched on its key as before, and its span guessed from its
-- import (spend_last_day). A report by week or a monthly sheet tells it exactly, so those rows get it here.
alter table spend add column spend_end date;
alter table spend_snapshots add column spend_end date;

update spend set spend_end = case b.options->>'row_span'
        when 'week' then spend.spend_date + 6
        when 'month' then last_day(spend.spend_date)
    end
from import_batches as b
where b.batch_id = spend.batch_id and b.options->>'row_span' in ('week', 'month');
