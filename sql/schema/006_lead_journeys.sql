-- One row per lead with everything the journey metrics read: when it first entered each stage, how far
-- along the path it got, how it ended, and the dimensions to group by. Kept in step with leads and
-- stage_events by every writer (smarketing.journeys), inside the writer's own transaction, so metric
-- queries scan one narrow row per lead instead of regrouping every stage entry.
create table lead_journeys (
    lead_id         bigint not null,
    created_at      timestamp,
    lead_at         timestamp,     -- first dated entry into the first stage, else created_at
    mql_at          timestamp,
    sql_at          timestamp,
    opportunity_at  timestamp,
    customer_at     timestamp,
    lost_at         timestamp,
    furthest        integer not null,   -- position of the furthest path stage reached (skipped ones count)
    is_lost         boolean not null,
    current_stage   varchar not null,
    outcome         varchar,            -- won / lost while the current stage is a closing one
    closed_at       timestamp,          -- when the outcome happened
    source          varchar,
    campaign        varchar,
    segment         varchar,
    region          varchar,
    owner           varchar,
    product         varchar,
    deal_value      decimal(18, 2),
    currency        varchar
);

-- The journeys of the leads that pass the filters, with the chosen dimension as `dimension`: one place for
-- grouping and filtering, shared by every metric file. Arguments are bound values, never SQL text.
create macro journeys_in(by_dim, f_source, f_campaign, f_segment, f_region, f_owner, f_product) as table
select
    *,
    case by_dim
        when 'source' then source
        when 'campaign' then campaign
        when 'segment' then segment
        when 'region' then region
        when 'owner' then owner
        when 'product' then product
    end as dimension
from lead_journeys
where (f_source is null or source = f_source)
  and (f_campaign is null or campaign = f_campaign)
  and (f_segment is null or segment = f_segment)
  and (f_region is null or region = f_region)
  and (f_owner is null or owner = f_owner)
  and (f_product is null or product = f_product);

-- The week (from Monday) or month a moment falls in; null when no period is asked for.
create macro period_of(every, ts) as
    case every when 'week' then date_trunc('week', ts)::date when 'month' then date_trunc('month', ts)::date end;

-- A moment inside [start_day, end_day], both days included; an unknown moment is inside only when no
-- window is asked for.
create macro in_window(ts, start_day, end_day) as
    (start_day is null or ts >= start_day) and (end_day is null or ts < end_day::date + 1);

-- When a journey entered a stage, by the stage's code.
create macro entered_at(code, lead_at, mql_at, sql_at, opportunity_at, customer_at, lost_at) as
    case code
        when 'lead' then lead_at
        when 'mql' then mql_at
        when 'sql' then sql_at
        when 'opportunity' then opportunity_at
        when 'customer' then customer_at
        when 'lost' then lost_at
    end;
