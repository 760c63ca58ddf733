import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { errorCatalogues, HTTP_STATUS_OF_KIND } from '@bizportal/common';
// Loading the app module loads every lib, and with them every error catalogue.
import { AppModule } from './app.module';

const ROOT = resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('error codes', () => {
  it('are raised from catalogues, never with inline text', () => {
    expect(AppModule).toBeDefined();
    const inline = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]
      .filter((file) => !file.endsWith(join('common', 'src', 'errors.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
          .filter(({ line }) => /new (InvalidInput|NotFound|Forbidden|Conflict|Unprocessable|Unauthorized|PayloadTooLarge|UnsupportedMediaType|TooManyRequests|BadGateway|ServiceUnavailable|Internal)Error\(/.test(line)),
      )
      .map(({ at }) => at);
    expect(inline).toEqual([]);
  });

  it('have a Thai and an English text and a known status in every catalogue', () => {
    const catalogues = errorCatalogues();
    expect(catalogues.map((c) => c.capability)).toEqual(expect.arrayContaining(['request', 'applications', 'catalogue', 'licences', 'work-queue', 'payments', 'identity']));
    for (const catalogue of catalogues) {
      for (const [code, spec] of Object.entries(catalogue.specs)) {
        expect({ code, th: spec.th.trim().length > 0, en: spec.en.trim().length > 0, status: HTTP_STATUS_OF_KIND[spec.kind] >= 400 }).toEqual({ code, th: true, en: true, status: true });
        expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      }
    }
  });
});
