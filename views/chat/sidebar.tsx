// The conversation list: pinned first, then newest; search by title; an
// actions menu per conversation (rename, pin, archive, delete).
import { CsrfField } from "../components/forms.tsx";

export interface ConversationItem {
  id: string;
  title: string;
  pinned: boolean;
  archived: boolean;
}

export interface ConversationListProps {
  items: ConversationItem[];
  activeId?: string;
  q: string;
  archived: boolean;
  csrfToken: string | undefined;
}

function Action({ id, action, label, csrfToken, danger, confirm }: { id: string; action: string; label: string; csrfToken: string | undefined; danger?: boolean; confirm?: string }) {
  const url = `/chat/c/${id}/${action}`;
  return (
    <form method="post" action={url} hx-post={url} hx-target="#conversation-list" hx-swap="outerHTML" hx-confirm={confirm}>
      <CsrfField token={csrfToken} />
      <button type="submit" class={`small ${danger ? "danger" : "ghost"}`}>
        {label}
      </button>
    </form>
  );
}

export function ConversationList({ items, activeId, q, archived, csrfToken }: ConversationListProps) {
  const pinned = items.filter((c) => c.pinned);
  const rest = items.filter((c) => !c.pinned);
  const group = (title: string, list: ConversationItem[]) =>
    list.length ? (
      <>
        <h2 class="conv-group" safe>
          {title}
        </h2>
        <ul class="conv-items">
          {list.map((c) => (
            <li class={c.id === activeId ? "conv active" : "conv"}>
              <a href={`/chat/c/${c.id}`} aria-current={c.id === activeId ? "page" : undefined} safe>
                {c.title}
              </a>
              <details class="conv-menu">
                <summary aria-label={`Actions for ${c.title}`}>⋯</summary>
                <div class="conv-menu-body">
                  <form method="post" action={`/chat/c/${c.id}/rename`} hx-post={`/chat/c/${c.id}/rename`} hx-target="#conversation-list" hx-swap="outerHTML" class="rename">
                    <CsrfField token={csrfToken} />
                    <label for={`rename-${c.id}`}>Title</label>
                    <input id={`rename-${c.id}`} name="title" value={c.title} maxlength="200" required />
                    <button type="submit" class="small">
                      Rename
                    </button>
                  </form>
                  <Action id={c.id} action={c.pinned ? "unpin" : "pin"} label={c.pinned ? "Unpin" : "Pin to top"} csrfToken={csrfToken} />
                  <Action id={c.id} action={c.archived ? "unarchive" : "archive"} label={c.archived ? "Restore" : "Archive"} csrfToken={csrfToken} />
                  <Action id={c.id} action="delete" label="Delete" csrfToken={csrfToken} danger confirm="Delete this conversation for good?" />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </>
    ) : (
      ""
    );
  return (
    <div id="conversation-list" class="conv-list">
      {items.length === 0 ? <p class="muted">{q ? "No conversation has that title." : archived ? "Nothing archived." : "Your conversations will appear here."}</p> : ""}
      {group("Pinned", pinned)}
      {group(archived ? "Archived" : "Recent", rest)}
    </div>
  );
}

export function Sidebar(props: ConversationListProps) {
  return (
    <aside class="chat-sidebar" aria-label="Conversations">
      <a class="button new-chat" href="/chat">
        New conversation
      </a>
      <form class="conv-search" method="get" action="/chat" role="search" hx-get="/chat/list" hx-target="#conversation-list" hx-swap="outerHTML" hx-trigger="input changed delay:250ms from:#conv-q, submit">
        <label for="conv-q" class="visually-hidden">
          Search conversations by title
        </label>
        <input id="conv-q" name="q" type="search" placeholder="Search titles" value={props.q} autocomplete="off" />
        {props.archived ? <input type="hidden" name="archived" value="1" /> : ""}
      </form>
      <ConversationList {...props} />
      <p class="conv-switch">
        {props.archived ? <a href="/chat">Back to conversations</a> : <a href="/chat?archived=1">Archived conversations</a>}
      </p>
    </aside>
  );
}
