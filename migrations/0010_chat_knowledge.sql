CREATE TABLE "conversation_knowledge" (
	"conversation_id" uuid NOT NULL,
	"kb_id" uuid NOT NULL,
	CONSTRAINT "conversation_knowledge_conversation_id_kb_id_pk" PRIMARY KEY("conversation_id","kb_id")
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "sources" jsonb;--> statement-breakpoint
ALTER TABLE "conversation_knowledge" ADD CONSTRAINT "conversation_knowledge_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_knowledge" ADD CONSTRAINT "conversation_knowledge_kb_id_knowledge_bases_id_fk" FOREIGN KEY ("kb_id") REFERENCES "public"."knowledge_bases"("id") ON DELETE cascade ON UPDATE no action;