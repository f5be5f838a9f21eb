-- purpose: set a demo objective's baseline, measured after its history was made up (no change log: the demo is
--          made, never edited)
-- params: $objective_id bigint, $baseline double
update objectives set baseline = $baseline where objective_id = $objective_id;
