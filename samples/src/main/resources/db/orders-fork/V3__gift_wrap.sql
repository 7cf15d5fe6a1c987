-- The gift-wrap fork's schema change: an order may be gift-wrapped.
ALTER TABLE orders ADD COLUMN gift_wrap boolean NOT NULL DEFAULT false;
