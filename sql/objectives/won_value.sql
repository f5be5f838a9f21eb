-- purpose: the won value of an objective in its own currency (docs/metrics.md): the deals won in the window in
--          that currency, added up; deals in another currency are never counted toward it, nor make the figure
--          unknown. With no deal won in that currency it is 0; with won deals none of which has any value (in no
--          currency at all) it is unknown.
-- params: $start date, $end date, $currency varchar, $f_source varchar, $f_campaign varchar, $f_segment varchar,
--         $f_region varchar, $f_owner varchar, $f_product varchar
-- grain: one row
select
    case when count(*) = 0 or count(deal_value) > 0
        then coalesce(sum(deal_value) filter (where currency = $currency), 0)
    end as won_value
from journeys_in(null, $f_source, $f_campaign, $f_segment, $f_region, $f_owner, $f_product)
where deal_outcome = 'won' and in_window(closed_at, $start, $end);
