-- A service level on the hand-off ("il 90% degli MQL ricontattati entro 2 giorni lavorativi"): the time each
-- MQL may take to be accepted, with its unit (hours, days, working_days); null for every other objective.
alter table objectives add column threshold double;
alter table objectives add column threshold_unit varchar;
