// One message of a conversation. An answer still being written is an SSE
// target: escaped text deltas are appended to it, and the final event swaps
// the whole article for the finished, rendered message.
import { CsrfField } from "../components/forms.tsx";

export interface ModelLabel {
  name: string;
  offline: boolean;
}

export interface MessageViewProps {
  conversationId: string;
  id: string;
  role: "user" | "assistant";
  status: string;
  /** Escaped-by-renderer HTML for finished answers; plain text for questions and streams. */
  html?: string;
  text: string;
  model?: ModelLabel;
  versions: string[];
  version: number;
  stats?: { tokensIn: number | null; tokensOut: number | null; costMicros: number | null; ttftMs: number | null; durationMs: number | null };
  error?: string | null;
  /** For an answer being written. */
  stream?: { jobId: string; afterSeq: number };
  /** The passages the answer was grounded in, as it cites them ([1], [2] …). */
  sources?: { n: number; href: string; label: string }[];
  csrfToken: string | undefined;
}

function Sources({ sources }: { sources: NonNullable<MessageViewProps["sources"]> }) {
  return (
    <section class="sources" aria-label="Sources">
      <h3>Sources</h3>
      <ol>
        {sources.map((s) => (
          <li value={String(s.n)}>
            <a href={s.href} safe>
              {s.label}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

const statusNotes: Record<string, string> = {
  stopped: "Stopped: the answer was cut short on purpose.",
  interrupted: "Interrupted: the server restarted while writing. The text so far is kept.",
  failed: "This answer could not be completed.",
  blocked: "This reply was replaced by Atelier's safety policy.",
};

function Versions({ conversationId, versions, version, csrfToken }: Pick<MessageViewProps, "conversationId" | "versions" | "version" | "csrfToken">) {
  if (versions.length < 2) return <></>;
  const prev = versions[version - 2];
  const next = versions[version];
  const button = (target: string | undefined, label: string, symbol: string) => (
    <form method="post" action={`/chat/c/${conversationId}/switch`} hx-post={`/chat/c/${conversationId}/switch`} hx-target="#thread" hx-swap="innerHTML" class="inline">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="messageId" value={target ?? ""} />
      <button type="submit" class="small ghost" aria-label={label} disabled={!target}>
        {symbol}
      </button>
    </form>
  );
  return (
    <span class="versions" role="group" aria-label="Versions">
      {button(prev, "Previous version", "‹")}
      <span class="muted">
        {version} / {versions.length}
      </span>
      {button(next, "Next version", "›")}
    </span>
  );
}

function formatCost(micros: number): string {
  return micros < 10_000 ? `$${(micros / 1_000_000).toFixed(4)}` : `$${(micros / 1_000_000).toFixed(2)}`;
}

export function MessageView(p: MessageViewProps) {
  const base = `/chat/c/${p.conversationId}/messages/${p.id}`;
  if (p.role === "user") {
    return (
      <article class="msg msg-user" id={`msg-${p.id}`} aria-label="Question">
        <div class="msg-body" safe>
          {p.text}
        </div>
        <div class="msg-foot">
          <Versions {...p} />
          <a class="small-link" href={`${base}/edit`} hx-get={`${base}/edit`} hx-target={`#msg-${p.id}`} hx-swap="outerHTML">
            Edit
          </a>
        </div>
      </article>
    );
  }
  const streaming = p.stream !== undefined;
  const sse = streaming ? { "hx-sse:connect": `/chat/stream/${p.stream!.jobId}?after=${p.stream!.afterSeq}`, "hx-swap": "beforeend" } : {};
  return (
    <article class={`msg msg-assistant${streaming ? " is-streaming" : ""} status-${p.status}`} id={`msg-${p.id}`} aria-label="Answer" aria-busy={streaming ? "true" : undefined}>
      <div class="msg-head">
        {p.model?.offline ? (
          <span class="badge warn">Offline demo model</span>
        ) : (
          <span class="msg-model" safe>
            {p.model?.name ?? "A model no longer offered"}
          </span>
        )}
      </div>
      {streaming ? (
        <div class="msg-body stream-text" {...sse} safe>
          {p.text}
        </div>
      ) : (
        <div class="msg-body markdown">{p.html ?? ""}</div>
      )}
      {!streaming && p.sources?.length ? <Sources sources={p.sources} /> : ""}
      {!streaming && statusNotes[p.status] ? (
        <p class={`msg-note ${p.status === "blocked" ? "" : "alert-warn"}`} role="note">
          <span safe>{statusNotes[p.status]!}</span>
          {p.error && p.status !== "blocked" ? (
            <>
              {" "}
              <span safe>{p.error}</span>
            </>
          ) : (
            ""
          )}
        </p>
      ) : (
        ""
      )}
      <div class="msg-foot">
        <Versions {...p} />
        {streaming ? (
          <>
            <span class="typing" role="status">
              Writing…
            </span>
            <form method="post" action={`/chat/jobs/${p.stream!.jobId}/stop`} hx-post={`/chat/jobs/${p.stream!.jobId}/stop`} hx-swap="none" class="inline">
              <CsrfField token={p.csrfToken} />
              <button type="submit" class="small ghost stop-button">
                Stop
              </button>
            </form>
          </>
        ) : (
          <form method="post" action={`${base}/regenerate`} hx-post={`${base}/regenerate`} hx-target="#thread" hx-swap="innerHTML" class="inline">
            <CsrfField token={p.csrfToken} />
            <button type="submit" class="small ghost">
              {p.status === "failed" || p.status === "interrupted" ? "Retry" : "Regenerate"}
            </button>
          </form>
        )}
        {!streaming && p.stats && p.stats.tokensOut !== null ? (
          <span class="stats muted">
            {`${p.stats.tokensIn ?? 0} → ${p.stats.tokensOut} tokens`}
            {p.stats.costMicros ? ` · ${formatCost(p.stats.costMicros)}` : ""}
            {p.stats.ttftMs !== null ? ` · first words in ${(p.stats.ttftMs / 1000).toFixed(1)} s` : ""}
          </span>
        ) : (
          ""
        )}
      </div>
    </article>
  );
}

/** The question being edited, in place of the message. */
export function EditMessageForm({ conversationId, id, text, csrfToken, error }: { conversationId: string; id: string; text: string; csrfToken: string | undefined; error?: string }) {
  const action = `/chat/c/${conversationId}/messages/${id}/edit`;
  return (
    <form class="msg msg-user msg-edit stack" id={`msg-${id}`} method="post" action={action} hx-post={action} hx-target="#thread" hx-swap="innerHTML">
      <CsrfField token={csrfToken} />
      <label for={`edit-${id}`}>Edit your message</label>
      <textarea id={`edit-${id}`} name="content" rows="4" maxlength="32000" required aria-invalid={error ? "true" : undefined} safe>
        {text}
      </textarea>
      {error ? (
        <p class="field-error" safe>
          {error}
        </p>
      ) : (
        ""
      )}
      <div class="actions">
        <button type="submit">Send edited message</button>
        <a class="button ghost" href={`/chat/c/${conversationId}`}>
          Cancel
        </a>
      </div>
    </form>
  );
}
