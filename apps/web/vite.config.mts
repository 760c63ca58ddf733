import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * codemirror-json-schema renders its lint, completion and hover texts as Markdown with markdown-it and shiki (its
 * utils/markdown.js, which also starts shiki's Oniguruma WebAssembly at import: megabytes, and WebAssembly that the
 * portal's Content-Security-Policy does not allow). The studio's texts are plain sentences, so that one module is
 * replaced by src/areas/studio/editor/plain-markdown.ts (escaped text, `code` spans kept); the rest of the library is used as published.
 */
function plainJsonSchemaTexts(): Plugin {
  const replacement = fileURLToPath(new URL('./src/areas/studio/editor/plain-markdown.ts', import.meta.url));
  return {
    name: 'studio-plain-json-schema-texts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /codemirror-json-schema[\\/]dist[\\/]/.test(importer) && /(^|\/)utils\/markdown(\.js)?$/.test(source)) return replacement;
      return null;
    },
  };
}

// The API process serves dist/ at `/`; `vite` alone (port 5173) proxies the API for development.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), plainJsonSchemaTexts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each route loads (npm run bench:web reads it).
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/verify': 'http://localhost:3000' },
  },
});
