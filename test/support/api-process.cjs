/**
 * Runs the real API in a child process, straight from the TypeScript sources (ts-register.cjs: each file transpiled on
 * require, the output cached, `@bizportal/*` mapped to libs/), on the database and gateway its environment names. It prints
 * "listening <port>" once it serves. The crash-recovery suites kill it (SIGKILL) or let PAYMENT_FAULT kill it.
 */
const path = require('node:path');
const { ROOT } = require('./ts-register.cjs');

const { createApp } = require(path.join(ROOT, 'apps/api/src/create-app.ts'));
createApp()
  .then(async (app) => {
    await app.listen(0, '127.0.0.1');
    process.stdout.write(`listening ${app.getHttpServer().address().port}\n`);
  })
  .catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  });
