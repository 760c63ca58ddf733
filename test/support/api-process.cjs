/**
 * Runs the real API in a child process, straight from the TypeScript sources (each file transpiled on require by the
 * TypeScript compiler, `@bizportal/*` mapped to libs/), on the database and gateway its environment names. It prints
 * "listening <port>" once it serves. The crash-recovery suites kill it (SIGKILL) or let PAYMENT_FAULT kill it.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@bizportal\/([a-z-]+)$/.exec(request);
  return resolveFilename.call(this, lib ? path.join(ROOT, 'libs', lib[1], 'src') : request, ...rest);
};
const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  esModuleInterop: true,
  resolveJsonModule: true,
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions });
  module._compile(outputText, filename);
};

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
