/**
 * What the page fetched, from the DevTools protocol: per request its URL, when it finished, and
 * its bytes on the wire (compressed, headers included) with each chunk's arrival, so "bytes
 * received before time T" can be summed. Events carry monotonic seconds; the first request's
 * wall time lines them up with the page's clock (performance.timeOrigin + performance.now()).
 */
import type { CDPSession } from 'playwright-core';

interface Request {
  url: string;
  /** Wall-clock milliseconds. */
  sent: number;
  /** Wall-clock milliseconds. */
  done: number | null;
  bytes: number;
  chunks: { at: number; bytes: number }[];
}

export class NetLog {
  private readonly requests = new Map<string, Request>();
  /** Add to CDP monotonic milliseconds to get wall-clock milliseconds. */
  private offset: number | null = null;
  private lastActivity = Date.now();
  /** The page's performance.timeOrigin: page times are wall times minus this. */
  timeOrigin = 0;

  constructor(session: CDPSession) {
    const wall = (timestamp: number) => timestamp * 1000 + (this.offset ?? 0);
    session.on('Network.requestWillBeSent', (event) => {
      if (this.offset === null && Number.isFinite(event.wallTime))
        this.offset = event.wallTime * 1000 - event.timestamp * 1000;
      this.requests.set(event.requestId, {
        url: event.request.url,
        sent: wall(event.timestamp),
        done: null,
        bytes: 0,
        chunks: [],
      });
      this.lastActivity = Date.now();
    });
    session.on('Network.dataReceived', (event) => {
      this.requests
        .get(event.requestId)
        ?.chunks.push({ at: wall(event.timestamp), bytes: event.encodedDataLength });
      this.lastActivity = Date.now();
    });
    const finish = (event: {
      requestId: string;
      timestamp: number;
      encodedDataLength?: number;
    }) => {
      const request = this.requests.get(event.requestId);
      if (!request) return;
      request.done = wall(event.timestamp);
      request.bytes =
        event.encodedDataLength ?? request.chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
      this.lastActivity = Date.now();
    };
    session.on('Network.loadingFinished', finish);
    session.on('Network.loadingFailed', finish);
  }

  /** Bytes received by page time `t` (ms since navigation), over every request. */
  bytesBefore(t: number): number {
    const limit = this.timeOrigin + t;
    let total = 0;
    for (const request of this.requests.values()) {
      if (request.done !== null && request.done <= limit) total += request.bytes;
      else for (const chunk of request.chunks) if (chunk.at <= limit) total += chunk.bytes;
    }
    return total;
  }

  /** Bytes of the finished requests whose path matches `pattern`. */
  bytesOf(pattern: RegExp): number {
    let total = 0;
    for (const request of this.requests.values())
      if (pattern.test(new URL(request.url).pathname)) total += request.bytes;
    return total;
  }

  /** When the last request whose path matches `pattern` finished (page ms), or null. */
  finishedAt(pattern: RegExp): number | null {
    let last: number | null = null;
    for (const request of this.requests.values()) {
      if (request.done === null || !pattern.test(new URL(request.url).pathname)) continue;
      last = Math.max(last ?? 0, request.done - this.timeOrigin);
    }
    return last;
  }

  /** Every request as "start–end ms  bytes  path", in order of start (BENCH_DEBUG=1 prints it). */
  timeline(): string[] {
    return [...this.requests.values()]
      .sort((a, b) => a.sent - b.sent)
      .map((request) => {
        const start = Math.round(request.sent - this.timeOrigin);
        const end = request.done === null ? '…' : Math.round(request.done - this.timeOrigin);
        const path = new URL(request.url).pathname;
        return `${String(start).padStart(6)}–${String(end).padEnd(6)} ${String(request.bytes).padStart(7)}  ${path}`;
      });
  }

  /** Waits until no request has been in flight, started or progressed for `quietMs`. */
  async idle(quietMs = 2000): Promise<void> {
    for (;;) {
      const inFlight = [...this.requests.values()].some((request) => request.done === null);
      if (!inFlight && Date.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
