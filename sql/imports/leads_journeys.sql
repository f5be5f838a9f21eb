-- purpose: what a leads batch hands to the journeys refresh (journeys/start made the tables): the stored
--          leads it changed or gave a stage entry, to recompute from their history (the leads it created
--          follow in imports/new_journeys)
-- params: none
-- grain: rows added to temp table journey_ids
insert into journey_ids
select lead_id from import_changed;
