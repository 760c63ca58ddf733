import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './test-app';

export interface MaildevEmail {
  id: string;
  subject: string;
  text: string;
  html: string;
  to: { address: string }[];
  headers: Record<string, string>;
}

export interface Maildev {
  smtpPort: number;
  webUrl: string;
  /** Every email it has received, through its REST API. */
  emails(): Promise<MaildevEmail[]>;
  close(): Promise<void>;
}

/** A port free at the time of asking. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts maildev (its command line; the package is ESM-only) on 127.0.0.1 and waits until its API answers. */
export async function startMaildev(smtpPort?: number): Promise<Maildev> {
  const smtp = smtpPort ?? (await freePort());
  const web = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bizportal-maildev-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(REPO_ROOT, 'node_modules/maildev/dist/bin/maildev.js'), '--smtp', String(smtp), '--web', String(web), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--mail-directory', dir, '--silent'],
    { stdio: 'ignore' },
  );
  const webUrl = `http://127.0.0.1:${web}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`maildev exited with ${child.exitCode}`);
    const ok = await fetch(`${webUrl}/api/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('maildev did not start within 30 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    smtpPort: smtp,
    webUrl,
    emails: async () => (await (await fetch(`${webUrl}/api/email`)).json()) as MaildevEmail[],
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
