-- purpose: store a new objective and return its id
-- params: one per column below
insert into objectives (
    title, statement, lang, metric, from_stage, to_stage, filters, direction, baseline, target, target_kind, unit,
    start_date, deadline, parent_id, cadence, status, created_by, threshold, threshold_unit
)
values (
    $title, $statement, $lang, $metric, $from_stage, $to_stage, $filters, $direction, $baseline, $target,
    $target_kind, $unit, $start_date, $deadline, $parent_id, $cadence, 'active', $created_by, $threshold,
    $threshold_unit
)
returning objective_id;
