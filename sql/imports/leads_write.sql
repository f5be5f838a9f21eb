-- purpose: write a leads batch. New leads get ids above the highest in use; stored leads get the file's
--          non-empty values laid over theirs (their old state kept for undo), as imports/leads_match compared
--          them. The stage moves only forward along the journey, or to a closing stage. Stage history only
--          grows: an entry is added when the lead has none for that stage, or none in force with the date the
--          file brings; a dated entry it replaces stays, superseded by the batch. A file read as deals ($deals)
--          makes every row a deal, for good: a stored deal never turns back into a lead.
-- params: $batch_id bigint, $deals boolean, $currency varchar (the company's, for amounts whose file names none),
--         $currency_given boolean ($currency was given for this file, --currency: its amounts' currency, over a
--         stored lead's), $new_leads boolean (some good row is no stored lead)
-- grain: counts of the batch, one row
-- each stage's position once, as constants: the rows join stages for their own stage, never look it up in a map
-- (a per-row lookup costs more than the join on a million rows)
create or replace temp table import_journey as
select
    max(position) filter (where code = 'lead') as lead_pos,
    max(position) filter (where code = 'mql') as mql_pos,
    max(position) filter (where code = 'sql') as sql_pos,
    max(position) filter (where code = 'opportunity') as opportunity_pos,
    max(position) filter (where code = 'customer') as customer_pos,
    max(position) filter (where code = 'lost') as lost_pos,
    (select coalesce(max(lead_id), 0) from leads) as base,
    -- a lead's stage entry as one number, lead_id * span + position, unique as every position is below span
    max(position) + 1 as span,
    $deals as deals,
    $currency as currency,
    $currency_given as currency_given
from stages;

-- every good row with the stage the file tells (the furthest of its stage, outcome and dated stages), the
-- stage entries it tells, for a stored lead what it becomes (its stage, closing date and currency, and whether
-- anything changes), and for a new lead its row as written: one definition for the leads insert, the stored
-- leads' changes, the stage history and the journeys (imports/new_journeys)
create or replace temp view import_good as
with told as (
    select
        r.*,
        m.lead_id as existing_id,
        coalesce(m.lead_id, j.base + r.rn + 1) as target_id,
        m.values_changed, m.old_stage, m.old_closed_at, m.old_currency, m.old_valued, m.old_deal,
        greatest(
            s.position,
            case when r.at_lead is not null then j.lead_pos end,
            case when r.at_mql is not null then j.mql_pos end,
            case when r.at_sql is not null then j.sql_pos end,
            case when r.at_opportunity is not null then j.opportunity_pos end,
            case when r.at_customer is not null then j.customer_pos end,
            case when r.at_lost is not null then j.lost_pos end
        ) as told_position,
        -- an outcome column (Pipedrive's Status) closes the deal; the stage column still tells how far it got
        case when r.status is not null then r.stage end as reached_stage,
        -- the deal is open as the CRM has it now: its outcome column says so ("open"), or a deals export with no
        -- outcome column gives an open stage (HubSpot's deal stage holds the outcome too)
        (r.raw_status is not null and r.status is null) or (j.deals and r.raw_status is null) as open_told
    from import_rows_coded as r
    cross join import_journey as j
    left join import_matches as m on m.rn = r.rn
    left join stages as s on s.code = coalesce(r.status, r.stage)
    where r.rn not in (select rn from import_problems)
),

placed as (
    select
        t.*,
        s.code as told_stage,
        s.is_terminal as told_terminal,
        case s.code
            when 'lead' then coalesce(t.at_lead, t.created_at)
            when 'mql' then t.at_mql
            when 'sql' then t.at_sql
            when 'opportunity' then t.at_opportunity
            when 'customer' then coalesce(t.at_customer, t.closed_at)
            when 'lost' then coalesce(t.at_lost, t.closed_at)
        end as told_at
    from told as t
    -- the furthest stage the row tells, by its position on the path
    left join stages as s on s.position = t.told_position
),

decided as (
    select
        p.*,
        -- a stored lead's stage after the batch: it moves only forward along the journey, or to a closing stage
        case
            when p.told_stage is null then p.old_stage
            when p.told_terminal then p.told_stage
            -- a closed deal the CRM reopened ("Reopen" in Pipedrive, a closed-lost deal moved back in HubSpot) is
            -- open again: its entries stay in the history, its outcome goes. Only a stored deal: a contact who became
            -- a customer stays one whatever deal of theirs a file lists open
            when o.is_terminal and p.open_told and p.old_deal then p.told_stage
            when o.is_terminal then p.old_stage
            when p.told_position > o.position then p.told_stage
            else p.old_stage
        end as next_stage,
        -- the file's currency (a column, a mark in the amount, --currency for an amount it brings), else the
        -- stored one, else the company's for an amount
        coalesce(p.currency, p.derived_currency, case when j.currency_given and p.deal_value is not null then j.currency end,
                 p.old_currency, case when p.deal_value is not null or p.old_valued then j.currency end) as next_currency
    from placed as p
    left join stages as o on o.code = p.old_stage
    cross join import_journey as j
),

closing as (
    select
        *,
        case
            -- the same closing stage keeps its date when the file gives none; another one (lost, then won)
            -- never takes the date of the first: with no date told, when it closed so is unknown
            when next_stage = told_stage and told_terminal and told_stage = old_stage
                then coalesce(told_at, old_closed_at)
            when next_stage = told_stage and told_terminal then told_at
            when next_stage = old_stage then old_closed_at
        end as next_closed_at,
        -- the stage a stored lead's row tells when the lead stays at its stored one (a corrected file's "SQL" for a
        -- stored customer or a lost lead): said, never silently the file's word (imports/kept_back)
        case when existing_id is not null and told_stage <> old_stage and next_stage = old_stage then told_stage end
            as kept_back
    from decided
)

select
    p.*,
    -- for each stage whether the row tells it, and when (null: not said)
    p.existing_id is null or coalesce(p.at_lead, p.created_at) is not null as lead_told,
    coalesce(p.at_lead, p.created_at) as lead_at,
    p.at_mql is not null or p.told_stage = 'mql' or p.reached_stage = 'mql' as mql_told,
    coalesce(p.at_mql, case when p.told_stage = 'mql' then p.told_at end) as mql_at,
    p.at_sql is not null or p.told_stage = 'sql' or p.reached_stage = 'sql' as sql_told,
    coalesce(p.at_sql, case when p.told_stage = 'sql' then p.told_at end) as sql_at,
    p.at_opportunity is not null or p.told_stage = 'opportunity' or p.reached_stage = 'opportunity'
        as opportunity_told,
    coalesce(p.at_opportunity, case when p.told_stage = 'opportunity' then p.told_at end) as opportunity_at,
    p.at_customer is not null or p.told_stage = 'customer' or p.reached_stage = 'customer' as customer_told,
    coalesce(p.at_customer, case when p.told_stage = 'customer' then p.told_at end) as customer_at,
    p.at_lost is not null or p.told_stage = 'lost' or p.reached_stage = 'lost' as lost_told,
    coalesce(p.at_lost, case when p.told_stage = 'lost' then p.told_at end) as lost_at,
    -- a new lead as it is written
    coalesce(p.name, p.derived_name) as new_name,
    coalesce(p.told_stage, 'lead') as new_stage,
    case when p.told_terminal then coalesce(p.told_at, p.closed_at) end as new_closed_at,
    -- a new lead has no stored currency or amount: the currency rule gives it its own
    p.next_currency as new_currency,
    j.deals as new_is_deal,
    -- a stored lead whose values, stage, closing date or currency the batch changes
    p.existing_id is not null and (
        p.values_changed or p.next_stage is distinct from p.old_stage or p.next_currency is distinct from p.old_currency
        or p.next_closed_at is distinct from p.old_closed_at) as changed
from closing as p
cross join import_journey as j;

-- the stage entries each row tells, and what a stored lead becomes, kept as a table: the stage history reads it
-- once per stage, and the leads that change are found in it without evaluating import_good again
create or replace temp table import_told as
select
    target_id as lead_id, existing_id, lead_told, lead_at, mql_told, mql_at, sql_told, sql_at, opportunity_told,
    opportunity_at, customer_told, customer_at, lost_told, lost_at, changed, rn, next_stage, next_closed_at,
    next_currency, kept_back
from import_good;

-- the stage entries each row tells (a new lead's are all written; a stored lead's are kept only where its history
-- lacks them), one row per entry: a view, so that the new leads' entries go straight into stage_events rather than
-- through a temp table of a million rows
create or replace temp view import_told_entries as
select lead_id, existing_id, 'lead' as stage, lead_at as entered_at from import_told where lead_told
union all select lead_id, existing_id, 'mql', mql_at from import_told where mql_told
union all select lead_id, existing_id, 'sql', sql_at from import_told where sql_told
union all select lead_id, existing_id, 'opportunity', opportunity_at from import_told where opportunity_told
union all select lead_id, existing_id, 'customer', customer_at from import_told where customer_told
union all select lead_id, existing_id, 'lost', lost_at from import_told where lost_told;

-- a stored lead's entries its history lacks: no entry for the stage, or none in force with the date the file
-- brings (an undated one, or another date: the CRM's date as it holds it now corrects the earlier one, which
-- stays in the history, superseded). An anti join, not an aggregate of the stored history per lead and stage:
-- half the time on a re-import; DuckDB builds its table on the smaller side, so the whole history is read
-- without narrowing it first.
-- Lead and stage are matched as one number (the stage's position beside the lead's id): hashing one integer
-- rather than an integer and a text takes a quarter of the time off on a million-lead re-import
create or replace temp table import_events as
select t.lead_id, t.stage, t.entered_at
from (
    select t.lead_id, t.stage, t.entered_at, t.lead_id * j.span + s.position as entry
    from import_told_entries as t
    join stages as s on s.code = t.stage
    cross join import_journey as j
    where t.existing_id is not null
) as t
anti join (
    select e.lead_id * j.span + s.position as entry, e.entered_at
    from stage_events as e
    join stages as s on s.code = e.stage
    cross join import_journey as j
    where e.superseded_by is null
) as e
    on e.entry = t.entry and (t.entered_at is null or e.entered_at = t.entered_at);

-- stored leads whose values change (imports/leads_match compared them), or whose stage, closing date or
-- currency does, or that gain a stage entry: the file's non-empty values laid over theirs. The fields here are
-- those leads_match compares: a field added to leads goes in both.
create or replace temp table import_changed as
select
    c.lead_id,
    coalesce(t.external_id, l.external_id) as external_id,
    coalesce(t.email, l.email) as email,
    coalesce(t.first_name, l.first_name) as first_name,
    coalesce(t.last_name, l.last_name) as last_name,
    coalesce(t.name, t.derived_name, l.name) as name,
    coalesce(t.company, l.company) as company,
    coalesce(t.phone, l.phone) as phone,
    coalesce(t.source, l.source) as source,
    coalesce(t.campaign, l.campaign) as campaign,
    coalesce(t.segment, l.segment) as segment,
    coalesce(t.region, l.region) as region,
    coalesce(t.owner, l.owner) as owner,
    coalesce(t.product, l.product) as product,
    coalesce(t.created_at, l.created_at) as created_at,
    n.next_stage as current_stage,
    n.next_closed_at as closed_at,
    coalesce(t.deal_value, l.deal_value) as deal_value,
    n.next_currency as currency,
    -- the reason a deal was lost goes with its loss: never kept by a deal won or reopened since, unless the file
    -- still gives it (HubSpot keeps "Closed Lost Reason" on a reopened deal: the file as it is, so the next import of
    -- it finds nothing changed)
    case when s.outcome = 'lost' or t.lost_reason is not null then coalesce(t.lost_reason, l.lost_reason) end
        as lost_reason,
    coalesce(l.is_deal, false) or $deals as is_deal
-- driven by the few leads that change: only their rows and stored values are read again
from (
    select lead_id from import_told where changed
    union
    select lead_id from import_events
) as c
join import_told as n on n.lead_id = c.lead_id
join import_rows_coded as t on t.rn = n.rn
join leads as l on l.lead_id = c.lead_id
join stages as s on s.code = n.next_stage;

insert into lead_snapshots
select $batch_id, l.* from leads as l where l.lead_id in (select lead_id from import_changed);

-- a deal closed the other way (Closed Won moved to Closed Lost in the CRM, or a lost deal won after all): it was
-- never won, or never lost, so the entries of its first outcome stay in the history, out of force (undo puts
-- them back). A contact's are kept: a customer later lost is a customer who left
update stage_events set superseded_by = $batch_id
from import_changed as c
join leads as l on l.lead_id = c.lead_id
join stages as o on o.code = l.current_stage
join stages as n on n.code = c.current_stage
where stage_events.lead_id = c.lead_id and stage_events.stage = o.code and stage_events.superseded_by is null
    and c.is_deal and o.is_terminal and n.is_terminal and o.code <> n.code;

update leads set
    external_id = c.external_id, email = c.email, first_name = c.first_name, last_name = c.last_name,
    name = c.name, company = c.company, phone = c.phone, source = c.source, campaign = c.campaign,
    segment = c.segment, region = c.region, owner = c.owner, product = c.product, created_at = c.created_at,
    current_stage = c.current_stage, closed_at = c.closed_at, deal_value = c.deal_value,
    currency = c.currency, lost_reason = c.lost_reason, is_deal = c.is_deal, updated_at = current_timestamp
from import_changed as c
where leads.lead_id = c.lead_id;

insert into leads (
    lead_id, external_id, email, first_name, last_name, name, company, phone, source, campaign, segment,
    region, owner, product, created_at, current_stage, closed_at, deal_value, currency, lost_reason, batch_id,
    is_deal
)
select
    target_id, external_id, email, first_name, last_name, new_name, company, phone, source, campaign, segment,
    region, owner, product, created_at, new_stage, new_closed_at, deal_value, new_currency, lost_reason, $batch_id,
    new_is_deal
from import_good
-- a constant false skips reading the staged rows again when every good row is a stored lead (a re-import)
where $new_leads and existing_id is null;

-- the dated entries a corrected date replaces stay in the history, out of force (undo puts them back)
update stage_events set superseded_by = $batch_id
from (select distinct lead_id, stage from import_events where entered_at is not null) as c
where stage_events.lead_id = c.lead_id and stage_events.stage = c.stage
    and stage_events.superseded_by is null and stage_events.entered_at is not null;

insert into stage_events (lead_id, stage, entered_at, batch_id)
select lead_id, stage, entered_at, $batch_id from import_events
union all
select lead_id, stage, entered_at, $batch_id from import_told_entries where $new_leads and existing_id is null;

select
    (select count(*) from leads where batch_id = $batch_id) as inserted,
    (select count(*) from import_changed) as updated,
    (select count(*) from import_matches) - (select count(*) from import_changed) as unchanged;
