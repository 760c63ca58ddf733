import { buildWebApp } from './web-build';

/** Once per jest run (only when a browser suite is selected): the web app the suites serve, built unless fresh. */
export default async function globalSetup(): Promise<void> {
  const { dist, built, ms } = await buildWebApp();
  process.stdout.write(built ? `\nweb app built into ${dist} in ${ms} ms\n` : `\nweb app in ${dist} is newer than its sources: reused\n`);
}
