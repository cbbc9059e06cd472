-- V2: expand. Add the new field as nullable so every existing reader and writer keeps working.
-- From this release on the application writes both estimated_delivery and shipping_eta (dual-write).
ALTER TABLE orders ADD COLUMN shipping_eta TEXT;
