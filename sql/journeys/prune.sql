-- purpose: the journeys of leads no longer stored go (after an undo or the demo's removal took leads out);
--          an import removes no lead, so its refresh skips this scan of every lead
-- params: none
-- grain: rows deleted from lead_journeys
delete from lead_journeys
where lead_id not in (select lead_id from leads);
