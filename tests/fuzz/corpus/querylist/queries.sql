-- name: by customer
-- weight: 120
SELECT * FROM orders WHERE customer_id = ?;
-- name: share
-- weight: 12%
-- kind: write
UPDATE orders SET status = 'x;y' WHERE order_id = :id;
WITH r AS (SELECT 1) SELECT * FROM r;