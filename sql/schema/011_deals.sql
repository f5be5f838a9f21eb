-- A deal is a lead that reached the opportunity stage, or a row of a deals export (HubSpot deals, Salesforce
-- opportunities, Pipedrive deals, any file read as deals): such a row is a deal whatever stage the CRM names.
-- `is_deal` keeps that fact; once a batch says a lead is a deal it stays one (undo takes it back).
alter table leads add column is_deal boolean default false;
-- lead_snapshots mirrors leads column for column (see 004)
alter table lead_snapshots add column is_deal boolean default false;

-- How a closed journey ended, as the win rate counts it (docs/metrics.md): won; lost, for a lost deal;
-- disqualified, for a lead lost before it became a deal. Null while the lead is open.
alter table lead_journeys add column deal_outcome varchar;
