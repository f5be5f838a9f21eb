-- purpose: whether a batch's file held the stored row `id` again (batch_holds: a bitmap of ids from first_id;
--          a null bitmap, too wide a span to keep, holds every row of its kind)
create or replace macro holds(held, first_id, id) as
    held is null
    or (id between first_id and first_id + bit_length(held) - 1 and get_bit(held, (id - first_id)::integer) = 1);
