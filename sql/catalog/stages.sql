-- purpose: the customer-journey stages in order, with their owning function and labels
-- params: none
-- grain: one row per stage
select code, position, owner_function, label_it, label_en, is_terminal, outcome
from stages
order by position;
