-- Orders every environment starts with (the shared baseline data the sandboxes must not change).
INSERT INTO orders (id, customer, sku, qty) VALUES
    ('o-seed-1', 'c-1', 'A1', 3),
    ('o-seed-2', 'c-2', 'B7', 1),
    ('o-seed-3', 'c-1', 'A1', 12);
