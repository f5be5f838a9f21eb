-- A lost deal whose history tells no stage after the lead reached the opportunity stage (docs/metrics.md, reached a
-- stage): a lost row of a deals export with nothing else dated counted among the deals in the win rate, but among
-- the leads that never became MQLs in the funnel, and outside the opportunity stage's history in the planner.
update lead_journeys
set furthest = (select position from stages where code = 'opportunity')
where deal_outcome = 'lost' and furthest <= (select position from stages where code = 'lead')
    and lead_id in (select lead_id from leads where is_deal);
