-- purpose: copy the generated demo company into the store. Every date moves forward by $shift_days
--          (whole weeks, so weekdays stay true) to put the newest activity in the current week; what
--          would then lie after $cutoff (the end of today) has not happened yet and is left out, each
--          lead keeping the stage it had reached by then.
-- params: $dir varchar (sample_data/demo), $shift_days integer, $cutoff timestamp, $batch_id bigint
insert into team_members (name, function, email, active, batch_id)
select name, function, email, true, $batch_id
from read_csv($dir || '/team.csv', header = true, all_varchar = true)
where name not in (select name from team_members);

create or replace temp table demo_events as
select external_id, stage, entered_at::timestamp + to_days($shift_days) as entered_at
from read_csv($dir || '/stage_events.csv', header = true, all_varchar = true)
where entered_at::timestamp + to_days($shift_days) < $cutoff::timestamp;

create or replace temp table demo_reached as
select
    external_id,
    arg_max(stage, entered_at) as current_stage,
    max(entered_at) as last_entered_at,
    bool_or(stage = 'opportunity') as reached_opportunity
from demo_events
group by external_id;

insert into leads (
    lead_id, external_id, email, first_name, last_name, name, company, phone, source, campaign, segment,
    region, owner, product, created_at, current_stage, closed_at, deal_value, currency, lost_reason,
    batch_id
)
select
    (select coalesce(max(lead_id), 0) from leads) + row_number() over (order by l.external_id),
    l.external_id, l.email, l.first_name, l.last_name, l.name, l.company, l.phone, l.source,
    l.campaign, l.segment, l.region,
    -- a lead cut back to a Marketing stage goes back to a Marketing owner
    case
        when s.owner_function = 'marketing' and l.owner in (select name from team_members where function = 'sales')
            then (select arg_min(name, hash(name || l.external_id)) from team_members where function = 'marketing')
        else l.owner
    end,
    l.product,
    l.created_at::timestamp + to_days($shift_days),
    r.current_stage,
    case when s.is_terminal then r.last_entered_at end,
    case when r.reached_opportunity then l.deal_value::decimal(18, 2) end,
    l.currency,
    case when s.outcome = 'lost' then l.lost_reason end,
    $batch_id
from read_csv($dir || '/leads.csv', header = true, all_varchar = true) as l
join demo_reached as r on r.external_id = l.external_id
join stages as s on s.code = r.current_stage
order by l.external_id;

insert into stage_events (lead_id, stage, entered_at, batch_id)
select l.lead_id, e.stage, e.entered_at, $batch_id
from demo_events as e
join leads as l on l.external_id = e.external_id and l.batch_id = $batch_id;

-- the demo's spend is by week, each on its Monday
insert into spend (spend_date, channel, campaign, amount, currency, batch_id, spend_end)
select spend_date::date + $shift_days, channel, campaign, amount::decimal(18, 2), currency, $batch_id,
    spend_date::date + $shift_days + 6
from read_csv($dir || '/spend.csv', header = true, all_varchar = true)
where spend_date::date + $shift_days < $cutoff::timestamp;

drop table demo_events;
drop table demo_reached;

select
    (select count(*) from leads where batch_id = $batch_id) as leads,
    (select count(*) from stage_events where batch_id = $batch_id) as stage_events,
    (select count(*) from spend where batch_id = $batch_id) as spend;
