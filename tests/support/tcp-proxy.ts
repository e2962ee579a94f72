// A TCP proxy that a test can cut and restore, to see how the app behaves
// when its database goes away and comes back.
import type { Socket, TCPSocketListener } from "bun";
import { openPostgres, type Database, type PostgresOptions } from "../../src/platform/db/client.ts";

export interface TcpProxy {
  port: number;
  /** Refuse new connections and drop the open ones. */
  cut(): void;
  restore(): void;
  close(): void;
}

type Conn = { peer?: Socket<unknown>; pending: Uint8Array[] };

// While cut, the port is closed: connections are refused, as when a database
// server is down.
export function startTcpProxy(target: { host: string; port: number }): TcpProxy {
  const open = new Set<Socket<Conn>>();
  const listen = (port: number): TCPSocketListener<Conn> => Bun.listen<Conn>({
    hostname: "127.0.0.1",
    port,
    socket: {
      open(client) {
        client.data = { pending: [] };
        open.add(client);
        void Bun.connect({
          hostname: target.host,
          port: target.port,
          socket: {
            open(server) {
              client.data.peer = server;
              for (const chunk of client.data.pending) server.write(chunk);
              client.data.pending = [];
            },
            data(_server, chunk) {
              client.write(chunk);
            },
            close() {
              client.end();
            },
            error() {
              client.end();
            },
          },
        }).catch(() => client.end());
      },
      data(client, chunk) {
        if (client.data.peer) client.data.peer.write(chunk);
        else client.data.pending.push(new Uint8Array(chunk));
      },
      close(client) {
        open.delete(client);
        client.data?.peer?.end();
      },
    },
  });
  let listener: TCPSocketListener<Conn> | undefined = listen(0);
  const port = listener.port;
  const cut = () => {
    listener?.stop(true);
    listener = undefined;
    for (const s of open) {
      s.data.peer?.end();
      s.end();
    }
    open.clear();
  };
  return {
    port,
    cut,
    restore() {
      listener ??= listen(port);
    },
    close: cut,
  };
}

/** PostgreSQL opened through a proxy the test can cut: the database "goes away" without stopping the server. */
export async function postgresBehindProxy(url: string, options: PostgresOptions): Promise<{ proxy: TcpProxy; database: Database }> {
  const target = new URL(url);
  const proxy = startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const viaProxy = new URL(url);
  viaProxy.port = String(proxy.port);
  return { proxy, database: await openPostgres(viaProxy.toString(), options) };
}
