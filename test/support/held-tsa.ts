import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A pass-through to the development TSA that can hold requests: while held, a time-stamp request (the last step of
 * signing a licence) waits here, so a test knows a worker is in the middle of an effect and can signal or kill it.
 */
export async function heldTsa(target: string) {
  let held = false;
  let releases: (() => void)[] = [];
  const arrivals: ((count: number) => void)[] = [];
  let count = 0;
  const readBody = (req: IncomingMessage) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', reject);
    });
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      count += 1;
      for (const arrived of arrivals.splice(0)) arrived(count);
      if (held) await new Promise<void>((resolve) => releases.push(resolve));
      if (req.socket.destroyed) return; // the caller died meanwhile
      const upstream = await fetch(target, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? 'application/timestamp-query' }, body: new Uint8Array(body) });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/timestamp-reply' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    /** Requests from now on wait until `release`. */
    hold(): void {
      held = true;
    },
    release(): void {
      held = false;
      for (const release of releases) release();
      releases = [];
    },
    /** Resolves when the next request arrives. */
    nextRequest(): Promise<number> {
      return new Promise((resolve) => arrivals.push(resolve));
    },
    get requests(): number {
      return count;
    },
    close(): Promise<void> {
      this.release();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls `check` until it holds (or fails after `timeoutMs`, saying what was awaited). */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
