-- Sources, campaigns, segments, regions, owners and products, and spend's channels and campaigns, in the one form
-- the import now writes them (importing/fields.py, group_text): no invisible characters (a zero-width space, a soft
-- hyphen), composed accents, every run of spacing one space. Stored as an earlier release wrote them ("Fiera" with a
-- no-break space), they were a second group beside the import's own, and spend read again was counted twice. The
-- journeys are filled again from the leads after this file (migrations._REFILL_AFTER), their names with them.
create or replace temp macro grouped_text(x) as
    nullif(trim(regexp_replace(regexp_replace(nfc_normalize(x), '\p{Cf}', '', 'g'), '[\s\p{Z}]+', ' ', 'g')), '');

update leads set
    source = grouped_text(source), campaign = grouped_text(campaign), segment = grouped_text(segment), region =
    grouped_text(region), owner = grouped_text(owner), product = grouped_text(product)
where
    source is distinct from grouped_text(source) or campaign is distinct from grouped_text(campaign) or segment
    is distinct from grouped_text(segment) or region is distinct from grouped_text(region) or owner is distinct
    from grouped_text(owner) or product is distinct from grouped_text(product);

update spend set channel = grouped_text(channel), campaign = grouped_text(campaign)
where channel is distinct from grouped_text(channel) or campaign is distinct from grouped_text(campaign);

drop macro grouped_text;
