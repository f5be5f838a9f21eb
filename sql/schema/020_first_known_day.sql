-- A lead's first known day is its lead entry, else its creation, else its earliest later stage (docs/metrics.md),
-- the day every view counts it on; it was the earliest of them all, so a HubSpot contact created in October and
-- become a lead in November was October's in the funnel and November's in the conversions. lead_at is already the
-- lead entry, else the creation.
update lead_journeys
set first_at = coalesce(lead_at, least(mql_at, sql_at, opportunity_at, customer_at, lost_at));
