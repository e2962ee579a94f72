CREATE TABLE "queue_dead_letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"body" jsonb NOT NULL,
	"receive_count" integer NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone NOT NULL,
	"dead_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"body" jsonb NOT NULL,
	"dedup_id" text,
	"visible_at" timestamp with time zone DEFAULT now() NOT NULL,
	"receive_count" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"receipt" uuid,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "queue_dead_letters_queue_idx" ON "queue_dead_letters" USING btree ("queue","dead_at");--> statement-breakpoint
CREATE INDEX "queue_messages_ready_idx" ON "queue_messages" USING btree ("queue","visible_at");--> statement-breakpoint
CREATE UNIQUE INDEX "queue_messages_dedup_key" ON "queue_messages" USING btree ("queue","dedup_id");