export { checkAccessibility, WCAG_TAGS, type AxeFinding } from './accessibility';
export { ARTIFACTS, pageChecksOn, screenshot, SCREENSHOTS } from './screenshots';
export { CHROMIUM_FLAGS, CHROMIUM_PATH, DESKTOP, freePort, newContext, openPage, PHONE, useWebSuite, waitForPage, watchProblems, ZOOM_200, type OpenPageOptions, type WebSuite } from './web-suite';
