-- hand-written
-- CUS-1 search (ADR 19): the two-character pieces of the given texts, in order (a piece may
-- repeat; GIN keeps each key once). Immutable, so stored generated columns can use it, and the
-- search applies it to the term the same way. PL/pgSQL: several times faster per row than a
-- SQL function over generate_series on both databases.
CREATE FUNCTION text_bigrams(parts text[]) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
declare
  bigrams text[] := '{}';
  part text;
begin
  foreach part in array coalesce(parts, '{}') loop
    for i in 1 .. coalesce(char_length(part), 0) - 1 loop
      bigrams := bigrams || substr(part, i, 2);
    end loop;
  end loop;
  return bigrams;
end
$$;--> statement-breakpoint
-- The name first, the long pinyin last: `@>` on a row the index did not pick stops at the
-- first piece that matches.
ALTER TABLE "customers" ADD COLUMN "search_bigrams" text[] GENERATED ALWAYS AS (text_bigrams(array[lower("name"), "phone", "name_pinyin"])) STORED;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD COLUMN "search_bigrams" text[] GENERATED ALWAYS AS (text_bigrams(array[lower("name")] || "phones")) STORED;--> statement-breakpoint
-- Without the pending list (fastupdate off): nothing on the embedded database ever flushes it
-- (no autovacuum), and a long one makes every search read it whole.
CREATE INDEX "customers_search_bigrams" ON "customers" USING gin ("search_bigrams") WITH (fastupdate = off);--> statement-breakpoint
CREATE INDEX "customer_contacts_search_bigrams" ON "customer_contacts" USING gin ("search_bigrams") WITH (fastupdate = off);
