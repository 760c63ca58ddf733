import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/** Paths the web app never answers: the API, its documents, health, and the server-rendered verification page. */
const RESERVED = /^\/(api|docs|docs-json|docs-yaml|health|verify)(\/|$)/;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Where `vite build` writes the web app; WEB_DIR points elsewhere (a container image, a test build). */
export function webAppDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.WEB_DIR ?? join('apps', 'web', 'dist'));
}

/**
 * Serves the built React app at `/`: files under /assets carry a content hash in their names, so they are cached
 * for a year; index.html is revalidated on every visit, so a release reaches users at once. Any other GET that
 * names no file gets index.html, and the app's router draws the page.
 */
export function serveWebApp(server: Express, directory = webAppDirectory()): boolean {
  // The Sarabun files by stable names, for the server-rendered pages (/verify/:number) that are not part of the build.
  const fonts = join(dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
  server.use('/fonts', express.static(fonts, { index: false, immutable: true, maxAge: ONE_YEAR_SECONDS * 1000 }));
  const indexFile = join(directory, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`No web app at ${directory}: run "npm run build:web" (npm start does). The API still serves /api/v1.`);
    return false;
  }
  const files = express.static(directory, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes(`${join(directory, 'assets')}`) ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : 'no-cache');
    },
  });
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(req.path)) return next();
    files(req, res, () => {
      // A missing file (an old hashed asset, a typo) is a 404, not the app's page.
      if (/\.[a-z0-9]+$/i.test(req.path)) return next();
      // Read each time (it is small): a new build is served without restarting the API.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexFile, (error) => error && next(error));
    });
  });
  return true;
}
