CREATE TABLE "champion_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"champion_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"bonus_fen" bigint,
	"prize" text,
	"note" text DEFAULT '' NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_champions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"period_kind" text NOT NULL,
	"scope" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"figures" jsonb NOT NULL,
	"ranking" jsonb NOT NULL,
	"tie_break" jsonb,
	"announced_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"unit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"metric" text NOT NULL,
	"prize" text DEFAULT '' NOT NULL,
	"winner_count" integer DEFAULT 1 NOT NULL,
	"winner_points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"organizer_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"results" jsonb,
	"closed_at" timestamp with time zone,
	"announced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "champion_rewards" ADD CONSTRAINT "champion_rewards_champion_id_sales_champions_id_fk" FOREIGN KEY ("champion_id") REFERENCES "public"."sales_champions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "champion_rewards" ADD CONSTRAINT "champion_rewards_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_champions" ADD CONSTRAINT "sales_champions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_champions" ADD CONSTRAINT "sales_champions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "champion_rewards_champion_id_index" ON "champion_rewards" USING btree ("champion_id");--> statement-breakpoint
CREATE INDEX "champion_rewards_status_index" ON "champion_rewards" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "sales_champions_period_unit_id_index" ON "sales_champions" USING btree ("period","unit_id");--> statement-breakpoint
CREATE INDEX "sales_champions_user_id_index" ON "sales_champions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_participants_contest_id_kind_user_id_unit_id_index" ON "contest_participants" USING btree ("contest_id","kind","user_id","unit_id");--> statement-breakpoint
CREATE INDEX "contest_participants_user_id_index" ON "contest_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "contest_participants_unit_id_index" ON "contest_participants" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "contests_status_to_on_index" ON "contests" USING btree ("status","to_on");--> statement-breakpoint
CREATE INDEX "contests_unit_id_index" ON "contests" USING btree ("unit_id");