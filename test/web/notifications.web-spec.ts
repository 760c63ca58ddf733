import settings from '../../apps/web/src/areas/account-settings/texts';
import common from '../../apps/web/src/i18n/common';
import { createFoodApplication, drive } from '../support/flows';
import { newContext, PHONE, useWebSuite, waitForPage } from './support';
import { look, until } from './support/journey';
import { signInAs } from './support/sign-in';

const th = settings.th;

describe('Notifications in the browser: the header bell, the list, reading, and the settings', () => {
  const suite = useWebSuite();
  let applicationId: string;

  beforeAll(async () => {
    // A real step: somchai submits; the workflow tells her and her office (through the outbox).
    const app = await createFoodApplication(suite().api, 'somchai');
    await drive(suite().api, app.id, [{ as: 'somchai', type: 'SUBMIT' }]);
    applicationId = app.id;
    const token = await suite().api.login('somchai');
    await until(async () => {
      const res = await suite().api.http.get('/api/v1/notifications/unread-count').set('Authorization', `Bearer ${token}`);
      return res.body.count === 1;
    }, 20_000, 'the submission notification');
  });

  const bell = (page: Awaited<ReturnType<typeof signInAs>>) => page.locator('header a[href="/notifications"]');

  it('shows the unread count in the bell, lists the notification, and marking it read lowers the count', async () => {
    const context = await newContext({ viewport: PHONE });
    const page = await signInAs(context, 'somchai', '/applications');
    // The bell stays in the header at 360 px, outside the folded menu, and its name says the count.
    await expect(bell(page).isVisible()).resolves.toBe(true);
    const withCount = `${common.th.nav.notifications}, ${common.th.nav.unread.replace('{{count}}', '1')}`;
    await until(async () => (await bell(page).getAttribute('aria-label')) === withCount, 10_000, 'the bell naming one unread notification');
    await bell(page).click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await waitForPage(page);
    const items = page.locator('.notification');
    // The previous page's heading may still show while the lazy page loads: wait for the list itself.
    await items.first().waitFor();
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().locator('.notification__message').textContent()).resolves.toMatch(/ยื่นคำขอ|ได้รับคำขอ/);
    await expect(items.first().locator('.notification__meta').textContent()).resolves.toMatch(/25[6-9]\d/); // Buddhist era
    await expect(items.first().getByRole('link', { name: th.list.application }).getAttribute('href')).resolves.toBe(`/applications/${applicationId}`);
    await look(page, 'notifications-01-unread');

    // Unread only lists it too; mark it read and the bell loses its count at once.
    await page.getByRole('link', { name: th.list.unreadOnly }).click();
    await page.waitForURL((url) => url.search === '?unread=1');
    // The full list may still be drawn while the unread page loads: wait for the count to settle on one.
    await until(async () => (await page.locator('.notification--unread').count()) === 1 && (await page.locator('main .loading').count()) === 0, 10_000, 'the unread list');
    await page.getByRole('button', { name: new RegExp(`^${th.list.markRead}`) }).click();
    await page.getByText(th.list.noneUnread).waitFor();
    await until(async () => (await bell(page).getAttribute('aria-label')) === common.th.nav.notifications, 10_000, 'the bell without a count');
    await expect(bell(page).locator('.header__bell-count').count()).resolves.toBe(0);
    await look(page, 'notifications-02-none-unread');

    await page.getByRole('link', { name: th.list.all }).click();
    await page.waitForURL((url) => url.search === '' || url.search === '?');
    await until(async () => (await page.locator('.notification').count()) === 1, 10_000, 'the full list');
    await expect(page.locator('.notification--unread').count()).resolves.toBe(0);
    const unread = await page.request.get('/api/v1/notifications/unread-count');
    expect(await unread.json()).toEqual({ count: 0 });
  });

  it('office staff see their office’s notification linking to the office pages, and read them all', async () => {
    const context = await newContext();
    const page = await signInAs(context, 'officer.khlongtoei', '/notifications');
    await until(async () => new RegExp(`^${common.th.nav.notifications}, `).test((await bell(page).getAttribute('aria-label')) ?? ''), 10_000, 'the bell with a count');
    const item = page.locator('.notification', { has: page.locator(`a[href="/office/applications/${applicationId}"]`) });
    await item.first().waitFor();
    await expect(item.count()).resolves.toBe(1);
    await expect(item.textContent()).resolves.toContain(th.list.office);
    await look(page, 'notifications-03-office');
    await page.getByRole('button', { name: th.list.markAll }).click();
    await page.locator('.notice--success').waitFor();
    await expect(page.locator('.notification--unread').count()).resolves.toBe(0);
    await until(async () => (await bell(page).getAttribute('aria-label')) === common.th.nav.notifications, 10_000, 'the bell without a count');
  });

  it('saves the settings with a success banner; a bad mobile number shows the error summary in the reader’s language', async () => {
    const context = await newContext({ viewport: PHONE });
    const page = await signInAs(context, 'somchai', '/notifications');
    await page.getByRole('link', { name: th.list.preferences }).click();
    await page.waitForURL((url) => url.pathname === '/account/notifications');
    await waitForPage(page);
    await look(page, 'notification-settings-01');

    await page.check('#sms-enabled');
    await page.fill('#sms-phone', '12345');
    await page.getByRole('button', { name: th.preferences.save }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('link').textContent()).resolves.toBe(th.preferences.errors.NOTIFICATION_PHONE_INVALID);
    await expect(page.locator('#sms-phone').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.title()).resolves.toMatch(/^ข้อผิดพลาด: /);
    await look(page, 'notification-settings-02-error');
    // Nothing was saved.
    expect((await (await page.request.get('/api/v1/notifications/preferences')).json()).sms).toEqual({ enabled: false, phone: null });

    await page.fill('#sms-phone', '0812345678');
    await page.check('#language-en');
    await page.getByRole('button', { name: th.preferences.save }).click();
    await page.locator('.notice--success').waitFor();
    await expect(page.locator('.error-summary').count()).resolves.toBe(0);
    await expect(page.locator('.notice--success').textContent()).resolves.toBe(th.preferences.saved);
    await look(page, 'notification-settings-03-saved');
    const saved = await (await page.request.get('/api/v1/notifications/preferences')).json();
    expect(saved.language).toBe('en');
    expect(saved.sms.enabled).toBe(true);
    expect(saved.sms.phone).toMatch(/0812345678|\+66812345678/);
  });
});
