-- purpose: record an owner's weekly check-in (one per owner and week: a second one replaces the first)
-- params: $objective_id bigint, $week date, $author varchar, $confidence integer, $value double, $note varchar,
--         $recorded_by varchar (who typed it)
delete from checkins where objective_id = $objective_id and week = $week and author = $author;

insert into checkins (objective_id, week, author, confidence, value, note, recorded_by)
values ($objective_id, $week, $author, $confidence, $value, $note, $recorded_by);
