-- hand-written
-- CUS-1 search (ADR 19): every distinct two-character piece of the given texts. Immutable, so
-- stored generated columns can use it; the search applies it to the term the same way.
CREATE FUNCTION text_bigrams(parts text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  select coalesce(array_agg(distinct substr(p, i, 2)), '{}')
  from unnest(parts) p, generate_series(1, char_length(p) - 1) i
$$;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_bigrams" text[] GENERATED ALWAYS AS (text_bigrams(array[lower("name"), "name_pinyin", "phone"])) STORED;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD COLUMN "search_bigrams" text[] GENERATED ALWAYS AS (text_bigrams(array[lower("name")] || "phones")) STORED;--> statement-breakpoint
CREATE INDEX "customers_search_bigrams" ON "customers" USING gin ("search_bigrams");--> statement-breakpoint
CREATE INDEX "customer_contacts_search_bigrams" ON "customer_contacts" USING gin ("search_bigrams");
