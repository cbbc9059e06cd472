-- name: a
select 1;
-- name: a\x01
select 2;
