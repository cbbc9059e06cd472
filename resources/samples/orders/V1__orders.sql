-- V1: the orders model from the seed article, shaped by its access patterns.
--   Fetch order by ID                 -> primary key on orders(order_id)
--   List customer orders newest first -> composite index (customer_id, created_at DESC)
--   Retrieve order line items         -> foreign-key path via order_items.order_id (PK prefix)
--   Payment reconciliation lookup     -> index on payments(order_id) and on provider_ref

CREATE TABLE orders (
    order_id           INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    total_amount       NUMERIC NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    estimated_delivery TEXT
);

CREATE INDEX orders_customer_created ON orders (customer_id, created_at DESC);

CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
    item_id  INTEGER NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    price    NUMERIC NOT NULL,
    PRIMARY KEY (order_id, item_id)
);

CREATE TABLE payments (
    payment_id   INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (order_id),
    status       TEXT    NOT NULL DEFAULT 'authorized'
                 CHECK (status IN ('authorized', 'captured', 'refunded', 'failed')),
    provider_ref TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
);

CREATE INDEX payments_order ON payments (order_id);
CREATE UNIQUE INDEX payments_provider_ref ON payments (provider_ref);
