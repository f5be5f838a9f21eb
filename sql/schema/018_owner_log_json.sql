-- The owners lines of an objective's change log hold the lists as JSON ([["Anna Rossi", "marketing"], ...]): a
-- list written as text ("Anna Rossi (marketing), Bruno Neri (sales)") could not be read back once a name held a
-- comma or brackets. Lines written before are turned into it where every part reads as "name (function)" with one
-- of the team's functions (or none, for someone no longer on the team); any other ("Ferrari (Milano), Giulia
-- (marketing)") stays as written, never split wrongly, and the change log shows it so.
create temp macro owners_as_json(listed) as case
    when listed = '' then '[]'
    when list_bool_and(list_transform(string_split(listed, ', '),
                                      lambda p: regexp_full_match(p, '.+ \((marketing|sales|management|)\)')))
        then to_json(list_transform(string_split(listed, ', '),
                                    lambda p: [regexp_extract(p, '^(.+) \((marketing|sales|management|)\)$', 1),
                                               regexp_extract(p, '^(.+) \((marketing|sales|management|)\)$', 2)]
                                    ))::varchar
    else listed
end;

update objective_changes set old_value = owners_as_json(old_value), new_value = owners_as_json(new_value)
where field = 'owners';

drop macro owners_as_json;
