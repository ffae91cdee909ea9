/**
 * A local HTTP server for the feeds tests and benchmark: 127.0.0.1 on a free port, routes given
 * as handlers, every request logged (path, status, the headers the tests check). Feeds answer
 * conditional requests (ETag and Last-Modified) as a well-behaved publisher does. `close()` also
 * ends the responses that are held open on purpose (the page slower than any timeout).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  path: string;
  status: number;
  userAgent: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  at: number;
}

export type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  server: FixtureServer,
) => void;

export interface FixtureServer {
  origin: string;
  log: LoggedRequest[];
  /** How many times `path` was asked so far, this request included. */
  hits(path: string): number;
  /** Holds a response open until the server closes. */
  hold(response: ServerResponse): void;
  close(): Promise<void>;
}

const LAST_MODIFIED = 'Mon, 07 Dec 2026 08:00:00 GMT';

/** A handler serving `body` with an ETag and Last-Modified, answering 304 when they match. */
export function cacheable(body: string | Buffer, contentType: string): Handler {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  return (request, response) => {
    if (
      request.headers['if-none-match'] === etag ||
      request.headers['if-modified-since'] === LAST_MODIFIED
    ) {
      response.writeHead(304, { etag, 'last-modified': LAST_MODIFIED }).end();
      return;
    }
    response
      .writeHead(200, { 'content-type': contentType, etag, 'last-modified': LAST_MODIFIED })
      .end(body);
  };
}

/** A plain handler: status, headers, body. */
export function answer(status: number, headers: Record<string, string>, body = ''): Handler {
  return (_request, response) => {
    response.writeHead(status, headers).end(body);
  };
}

export async function startFixtureServer(
  routes: Map<string, Handler> | ((path: string) => Handler | undefined),
): Promise<FixtureServer> {
  const held: ServerResponse[] = [];
  const counts = new Map<string, number>();
  const log: LoggedRequest[] = [];
  const route = typeof routes === 'function' ? routes : (path: string) => routes.get(path);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const entry: LoggedRequest = {
      path,
      status: 0,
      userAgent: String(request.headers['user-agent'] ?? ''),
      at: Date.now(),
      ...(request.headers['if-none-match']
        ? { ifNoneMatch: String(request.headers['if-none-match']) }
        : {}),
      ...(request.headers['if-modified-since']
        ? { ifModifiedSince: String(request.headers['if-modified-since']) }
        : {}),
    };
    log.push(entry);
    const original = response.writeHead.bind(response);
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      entry.status = status;
      return (original as (...args: unknown[]) => ServerResponse)(status, ...rest);
    }) as typeof response.writeHead;
    const handler = route(path);
    if (handler) handler(request, response, fixture);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fixture: FixtureServer = {
    origin: `http://127.0.0.1:${port}`,
    log,
    hits: (path) => counts.get(path) ?? 0,
    hold: (response) => {
      held.push(response);
    },
    close: async () => {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fixture;
}
