-- purpose: one company setting (null when never set)
-- params: $key varchar
-- grain: zero or one row
select value from settings where key = $key;
