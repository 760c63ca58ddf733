import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * The app as the benches run it: test mode, silent, the demo data, no in-process outbox runner and none of the periodic
 * jobs (a reminder or audit pass over the bench's rows would run inside the measurements), and the repository's workflows.
 */
export function quietAppEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO_DATA: 'true',
    OUTBOX_RUNNER_ENABLED: 'false',
    HISTORY_AUDIT_INTERVAL_MS: '0',
    REMINDER_INTERVAL_MS: '0',
    LICENCE_EXPIRY_INTERVAL_MS: '0',
    WORKFLOWS_DIR: resolve(__dirname, '../../workflows'),
    ...extra,
  };
}

/**
 * Runs the bench file `file` again as a child process (`--child`) on each database: SQLite in a temporary file and,
 * when DATABASE_URL names a PostgreSQL server, a fresh schema of its own, dropped at the end. A child per database,
 * because the app module reads the environment when it is loaded. `env` is added to the child's environment; a
 * temporary development signing directory is given too, so nothing is written under data/. BENCH_DATABASES
 * (sqlite,postgres) chooses which of the two run.
 */
export async function onEachDatabase(file: string, env: NodeJS.ProcessEnv): Promise<void> {
  const chosen = (process.env.BENCH_DATABASES || 'sqlite,postgres').split(',').map((d) => d.trim());
  const run = async (name: string, database: NodeJS.ProcessEnv) => {
    console.log(`\n${name}`);
    const signing = mkdtempSync(join(tmpdir(), 'bizportal-bench-signing-'));
    const childEnv: NodeJS.ProcessEnv = { ...process.env, SIGNING_DEV_DIR: signing, ...env, ...database };
    for (const key of ['PORT', 'JWT_SECRET', ...(database.DATABASE_SCHEMA ? [] : ['DATABASE_SCHEMA'])]) delete childEnv[key];
    try {
      const proc = fork(file, ['--child'], { env: childEnv, stdio: 'inherit' });
      const code = await new Promise<number | null>((done) => proc.on('exit', done));
      if (code !== 0) throw new Error(`${name}: the child exited with ${code}`);
    } finally {
      rmSync(signing, { recursive: true, force: true });
    }
  };
  if (chosen.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-bench-'));
    try {
      await run('SQLite', { DATABASE_URL: `sqlite:${join(dir, 'bench.sqlite')}` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!chosen.includes('postgres')) return;
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL=postgres://… to run it)');
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    await run('PostgreSQL', { DATABASE_URL: url, DATABASE_SCHEMA: schema });
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

/** The entry of a bench that runs per database: `child` in a child process (`--child`), else `main`. */
export function benchEntry(main: () => Promise<void>, child: () => Promise<void>): void {
  if (process.argv[2] === '--child') {
    child().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    main().catch((error: Error) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
