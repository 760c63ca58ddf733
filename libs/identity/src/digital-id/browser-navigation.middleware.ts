import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { markErrorRedirect } from '@bizportal/common';
import { wantsJson } from '../sessions/session-cookies';

/** The web app's page that shows a sign-in's failure from its `?error=<CODE>` (Thai first). */
export const SIGN_IN_PAGE = '/sign-in';

/**
 * The Digital ID routes are where a browser navigates, not where a script asks: unless the request asks for JSON
 * (Accept: application/json, as API clients and the tests do), a refusal, whatever stage raises it, redirects to
 * the sign-in page with its code instead of showing an error body. Nothing here is cached.
 */
@Injectable()
export class BrowserNavigation implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    res.setHeader('Cache-Control', 'no-store');
    if (!wantsJson(req)) markErrorRedirect(res, SIGN_IN_PAGE);
    next();
  }
}
