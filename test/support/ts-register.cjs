/**
 * Lets a child process of the suites (api-process.cjs, worker-process.cjs) run straight from the TypeScript sources:
 * each file is transpiled on require by the TypeScript compiler (no type check), `@bizportal/*` is mapped to libs/.
 * The output is kept in the temporary directory (bizportal-test-ts), keyed by the compiler's version, its options, the
 * file's path and its content, so that the next process (the suites start dozens, several at once) skips the
 * transpiling, most of its start-up time.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(os.tmpdir(), 'bizportal-test-ts');
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
const salt = `${ts.version}\n${JSON.stringify(compilerOptions)}\n`;
fs.mkdirSync(CACHE, { recursive: true });

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const cached = path.join(CACHE, `${crypto.createHash('sha256').update(salt).update(filename).update('\n').update(source).digest('hex')}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = ts.transpileModule(source, { fileName: filename, compilerOptions }).outputText;
    // Written whole, then renamed: a process reading it at the same moment finds all of it or nothing.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
};

module.exports = { ROOT };
