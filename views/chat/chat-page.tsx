import { CsrfField, FormErrors } from "../components/forms.tsx";
import { Layout, type LayoutProps } from "../layout.tsx";
import { MessageView, type MessageViewProps } from "./message.tsx";
import { Sidebar, type ConversationListProps } from "./sidebar.tsx";

export interface ModelOption {
  id: string;
  name: string;
  offline: boolean;
}

export interface ComposerProps {
  conversationId?: string;
  models: ModelOption[];
  selectedModelId?: string;
  csrfToken: string | undefined;
  error?: string;
  content?: string;
  /** Knowledge bases the person may ground answers in, and those ticked. */
  knowledge?: { bases: { id: string; name: string }[]; attached: string[] };
}

function KnowledgePicker({ knowledge }: { knowledge: NonNullable<ComposerProps["knowledge"]> }) {
  const n = knowledge.attached.length;
  return (
    <details class="kb-picker" open={n > 0}>
      <summary>{n ? `Answers use ${n} knowledge base${n === 1 ? "" : "s"}` : "Use knowledge bases"}</summary>
      <fieldset>
        <legend class="visually-hidden">Knowledge bases for this conversation</legend>
        <div class="checks">
          {knowledge.bases.map((b) => (
            <label class="check">
              <input type="checkbox" name="kbIds" value={b.id} checked={knowledge.attached.includes(b.id)} />
              <span safe>{b.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}

export function Composer({ conversationId, models, selectedModelId, csrfToken, error, content, knowledge }: ComposerProps) {
  const action = conversationId ? `/chat/c/${conversationId}/messages` : "/chat/messages";
  return (
    <form id="composer" class="composer" method="post" action={action} hx-post={action} hx-target="#thread" hx-swap="beforeend" hx-disable="find button">
      <CsrfField token={csrfToken} />
      <div class="composer-row">
        <label for="model">Model</label>
        <select id="model" name="modelId">
          {models.map((m) => (
            <option value={m.id} selected={m.id === selectedModelId} safe>
              {m.offline && !/offline/i.test(m.name) ? `${m.name} (offline demo)` : m.name}
            </option>
          ))}
        </select>
        {models.find((m) => m.id === selectedModelId)?.offline ? (
          <span class="badge warn" title="Answers outline an approach; they carry no real knowledge.">
            Offline demo model
          </span>
        ) : (
          ""
        )}
      </div>
      {knowledge ? <KnowledgePicker knowledge={knowledge} /> : ""}
      <label for="content" class="visually-hidden">
        Your message
      </label>
      <textarea
        id="content"
        name="content"
        rows="3"
        maxlength="32000"
        placeholder="Ask anything… (Enter to send, Shift+Enter for a new line)"
        data-enter-submits
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? "content-error" : undefined}
        safe
      >
        {content ?? ""}
      </textarea>
      {error ? (
        <p id="content-error" class="field-error" role="alert" safe>
          {error}
        </p>
      ) : (
        ""
      )}
      <div class="composer-actions">
        <button type="submit">Send</button>
      </div>
    </form>
  );
}

export interface ChatPageProps {
  layout: Omit<LayoutProps, "title" | "children">;
  sidebar: ConversationListProps;
  title: string;
  conversationId?: string;
  thread: MessageViewProps[];
  composer: ComposerProps;
  errors?: Record<string, string>;
}

export function Thread({ thread }: { thread: MessageViewProps[] }) {
  return (
    <>
      {thread.map((m) => (
        <MessageView {...m} />
      ))}
    </>
  );
}

export function ChatPage(p: ChatPageProps) {
  return (
    <Layout title={p.title} {...p.layout}>
      <div class="chat">
        <Sidebar {...p.sidebar} />
        <section class="chat-main" aria-labelledby="chat-title">
          <h1 id="chat-title" class="chat-title" safe>
            {p.title}
          </h1>
          <FormErrors errors={p.errors ?? {}} />
          <div id="thread" class="thread">
            {p.thread.length === 0 ? (
              <div class="empty-thread">
                <p>Ask a question to begin. Answers appear as they are written, and stay here even if you close the page.</p>
              </div>
            ) : (
              <Thread thread={p.thread} />
            )}
          </div>
          <Composer {...p.composer} />
        </section>
      </div>
    </Layout>
  );
}
