-- The orders the orders service placed.
CREATE TABLE orders (
    id       text PRIMARY KEY,
    customer text NOT NULL,
    sku      text NOT NULL,
    qty      integer NOT NULL CHECK (qty > 0)
);
