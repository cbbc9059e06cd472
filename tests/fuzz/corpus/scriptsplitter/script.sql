PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE a(id INTEGER PRIMARY KEY, v TEXT);
CREATE TRIGGER a_t AFTER INSERT ON a BEGIN UPDATE a SET v = 'x;y' WHERE id = new.id; END;
INSERT INTO a(v) VALUES ('semi;colon'), ("q"";");
COMMIT;
VACUUM;
ATTACH DATABASE 'other.db' AS o;
-- trailing comment without newline