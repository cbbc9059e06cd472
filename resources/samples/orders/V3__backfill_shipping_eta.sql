-- V3: backfill historical rows. Idempotent: only rows the dual-write has not reached yet.
-- On a big table run this in keyset batches (Godwit's rehearsal does: one transaction per
-- batch of order_id ranges, throttled) rather than as this single statement.
UPDATE orders
   SET shipping_eta = estimated_delivery
 WHERE shipping_eta IS NULL
   AND estimated_delivery IS NOT NULL;
