-- The earliest moment known of a lead, whatever stage it is: exports without a creation date (an MQL
-- list, a deal pipeline) still place each lead in time, so windowed funnels and lead counts see them.
alter table lead_journeys add column first_at timestamp;
