ALTER TABLE orders ADD COLUMN gift_wrap boolean NOT NULL DEFAULT false;
