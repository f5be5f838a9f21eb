-- A stage date a later file corrects (a Close Date moved after the deal was won, a creation date fixed, the same
-- file read again in the right day/month order): the history keeps the earlier entry, marked with the batch that
-- superseded it, and the journeys read the dates in force. Undoing that batch puts the earlier date back in force.
alter table stage_events add column superseded_by bigint;
