CREATE TABLE "roster_users" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"roster_role" text NOT NULL,
	"managed_role_id" text,
	"disabled_by_roster" boolean DEFAULT false NOT NULL,
	"username" text DEFAULT '' NOT NULL,
	"identifier" text DEFAULT '' NOT NULL,
	"grades" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roster_users" ADD CONSTRAINT "roster_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;