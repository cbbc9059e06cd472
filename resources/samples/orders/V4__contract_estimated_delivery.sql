-- V4: contract. Write this only after V3's backfill is verified complete in production
-- (SELECT count(*) FROM orders WHERE shipping_eta IS NULL returns 0) and every reader
-- uses shipping_eta.
--
-- SQLite cannot add NOT NULL to an existing column, so this is the documented 12-step
-- table rebuild (lang_altertable.html#otheralter). Run it with PRAGMA foreign_keys=OFF:
-- with foreign keys on, DROP TABLE orders would cascade into order_items.
CREATE TABLE orders_new (
    order_id     INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    total_amount NUMERIC NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL,
    shipping_eta TEXT    NOT NULL
);

INSERT INTO orders_new (order_id, customer_id, status, total_amount, created_at, shipping_eta)
SELECT order_id, customer_id, status, total_amount, created_at, shipping_eta
  FROM orders;

DROP TABLE orders;
ALTER TABLE orders_new RENAME TO orders;

CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);
