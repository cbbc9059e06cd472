-- The orders sample's dominant queries: its access patterns (query-first modelling), with a weight
-- (calls per minute) each. Godwit explains them against the schema before and after a
-- change, so a migration that loses an index they need shows up as a regression.
--
-- Format: one statement per query; `-- name:`, `-- weight:` (calls/min, or a share like 12%)
-- and `-- kind: read|write` comments apply to the statement that follows.

-- name: fetch order by id
-- weight: 1200
SELECT order_id, customer_id, status, total_amount, created_at, estimated_delivery
  FROM orders
 WHERE order_id = ?;

-- name: list customer orders newest first
-- weight: 600
SELECT order_id, status, total_amount, created_at
  FROM orders
 WHERE customer_id = ?
 ORDER BY created_at DESC
 LIMIT 20;

-- name: order line items
-- weight: 900
SELECT item_id, quantity, price
  FROM order_items
 WHERE order_id = ?;

-- name: payments of an order
-- weight: 300
SELECT payment_id, status, provider_ref, created_at
  FROM payments
 WHERE order_id = ?;

-- name: payment by provider reference
-- weight: 150
SELECT payment_id, order_id, status
  FROM payments
 WHERE provider_ref = ?;

-- name: update order status
-- weight: 240
UPDATE orders SET status = ? WHERE order_id = ?;

-- name: create order
-- weight: 120
INSERT INTO orders (customer_id, status, total_amount, created_at)
VALUES (?, 'pending', ?, ?);
