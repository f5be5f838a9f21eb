-- A lost deal reached the opportunity stage (docs/metrics.md, reached a stage): a lost row of a deals export with no
-- earlier stage dated counted among the deals in the win rate, but among the leads that never became MQLs in the
-- funnel, and outside the opportunity stage's history in the planner.
update lead_journeys
set furthest = greatest(furthest, (select position from stages where code = 'opportunity'))
where deal_outcome = 'lost' and lead_id in (select lead_id from leads where is_deal);
