SELECT "a""b", [c d], `e`, 'it''s', x'0aFF', 1.5e-3, 0x1F, ?1, :name, @v, $t FROM t -- line
/* block */ WHERE a <> b AND c || d >= 2;