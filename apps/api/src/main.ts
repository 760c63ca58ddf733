import { ConfigService } from '@nestjs/config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const app = await createApp();
  const port = app.get(ConfigService).get<number>('PORT') ?? 3000;
  await app.listen(port);
  const url = `http://localhost:${port}`;
  console.log(`Biz Portal e-Licensing API on ${url}/api/v1 — API docs ${url}/docs`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
