-- name: broken
-- weight: lots
SELECT 'open