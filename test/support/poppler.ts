import { execFileSync } from 'node:child_process';

/** Whether poppler-utils (pdfsig, pdftotext) is installed: the specs that read PDFs with them skip those checks without it. */
export const hasPoppler = (() => {
  try {
    execFileSync('pdfsig', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
