-- Search needs trigram matching and accent folding, on the Postgres server and in PGlite alike.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
