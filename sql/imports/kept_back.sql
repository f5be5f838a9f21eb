-- purpose: the stored leads a batch left at their stored stage rather than the one its file tells (a stage never goes
--          back and a closed lead stays closed: a corrected file's "SQL" for a stored customer keeps the customer),
--          counted, with the first one's stages in both languages and the first lines
-- params: none (the batch's import_told)
-- grain: one row
select
    count(*) as leads,
    list(l.line order by l.line)[1:5] as lines,
    arg_min(told.label_it, t.rn) as told_it,
    arg_min(told.label_en, t.rn) as told_en,
    arg_min(kept.label_it, t.rn) as kept_it,
    arg_min(kept.label_en, t.rn) as kept_en
from import_told as t
join import_lines as l on l.rn = t.rn
join stages as told on told.code = t.kept_back
join stages as kept on kept.code = t.next_stage
where t.kept_back is not null;
