-- Money objectives whose sentence named no currency were stored in euros whatever the company's currency (the
-- reader could not know it; objectives.check now gives such an amount the company's). In a company working in
-- another currency they are in that one, and are measured on its deals again; a sentence that named euros (€,
-- EUR, euro: amounts.CURRENCY_MARKS) stays in euros, as the reader reads it.
update objectives set unit = (select value from settings where key = 'currency')
where metric in ('won_value', 'cpl', 'cost_per_mql', 'cost_per_sql', 'cac')
  and unit = 'EUR'
  and coalesce((select value from settings where key = 'currency'), 'EUR') <> 'EUR'
  and not regexp_matches(coalesce(statement, ''), '€|\beur\b|\beuros?\b', 'i');
