-- purpose: a moment inside [start_day, end_day], both days included; an unknown moment is inside only when no
--          start is asked for: all the data, read up to today (metrics.Query.read_end), keeps what no date places
create or replace macro in_window(ts, start_day, end_day) as
    (start_day is null or ts >= start_day)
    and (end_day is null or ts < end_day::date + 1 or (start_day is null and ts is null));
