CREATE TABLE "x
DROP TABLE victim;--" ("*/" INTEGER, [a]]b] TEXT);