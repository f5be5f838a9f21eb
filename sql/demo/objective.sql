-- purpose: store one demo objective and return its id
-- params: one per column below
insert into objectives (
    title, statement, lang, metric, from_stage, to_stage, filters, direction, target, target_kind,
    unit, start_date, deadline, cadence, status, created_by, batch_id
)
values (
    $title, $statement, $lang, $metric, $from_stage, $to_stage, $filters, $direction, $target,
    $target_kind, $unit, $start_date, $deadline, $cadence, 'active', 'demo', $batch_id
)
returning objective_id;
