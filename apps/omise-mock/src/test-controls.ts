/**
 * What tests and developers use to steer the mock: Omise test mode's `mark_as_paid` / `mark_as_failed` for
 * offline charges, and the mock's own `/__mock/` API (state, config, reset), all with the secret key.
 */
import type { ChargeOutcomes } from './charge-outcomes';
import { isOfflineCharge, renderCharge } from './charge-record';
import { badRequest } from './errors';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import { FAILURE_MESSAGES } from './test-cards';
import type { Json, MockConfig } from './types';
import { toInteger } from './values';

export class TestControls {
  constructor(
    private readonly store: MockStore,
    private readonly outcomes: ChargeOutcomes,
    private readonly reset: () => void,
  ) {}

  routes(): Route[] {
    return [
      route('POST', `/charges/${ID}/mark_as_paid`, 'secret', (ctx) => ({ json: this.markCharge(ctx.params[0], 'successful', ctx.body) })),
      route('POST', `/charges/${ID}/mark_as_failed`, 'secret', (ctx) => ({ json: this.markCharge(ctx.params[0], 'failed', ctx.body) })),
      route('GET', '/__mock/state', 'secret', () => ({ json: { object: 'mock_state', config: this.store.config, state: this.store.state } })),
      route('POST', '/__mock/config', 'secret', (ctx) => ({ json: { object: 'mock_config', ...this.updateConfig(ctx.body) } })),
      route('POST', '/__mock/reset', 'secret', () => {
        this.reset();
        return { json: { object: 'mock_reset', ok: true } };
      }),
    ];
  }

  private markCharge(id: string, status: 'successful' | 'failed', body: Json): Json {
    const charge = this.store.charge(id);
    const action = status === 'successful' ? 'mark_as_paid' : 'mark_as_failed';
    if (!isOfflineCharge(this.store, id)) throw badRequest(`${action} is only for offline charges (e.g. PromptPay); ${id} is not one`);
    if (charge.status !== 'pending') throw badRequest(`${action} needs a pending charge; ${id} is ${charge.status}`);
    if (status === 'failed') {
      const code = typeof body.failure_code === 'string' && body.failure_code ? body.failure_code : 'failed_processing';
      const message = typeof body.failure_message === 'string' && body.failure_message ? body.failure_message : FAILURE_MESSAGES[code] ?? code;
      this.outcomes.complete(id, 'failed', { code, message });
    } else {
      this.outcomes.complete(id, 'successful');
    }
    return renderCharge(this.store, id);
  }

  private updateConfig(body: Json): MockConfig {
    const next = { ...this.store.config };
    if (body.latencyMs !== undefined) {
      const value = toInteger(body.latencyMs);
      if (value === undefined || value < 0) throw badRequest('latencyMs must be a non-negative integer');
      next.latencyMs = value;
    }
    for (const flag of ['dropWebhooks', 'down'] as const) {
      const value = body[flag];
      if (value === undefined) continue;
      if (typeof value === 'boolean') next[flag] = value;
      else if (value === 'true' || value === 'false') next[flag] = value === 'true';
      else throw badRequest(`${flag} must be a boolean`);
    }
    if (body.failNextWebhooks !== undefined) {
      const value = toInteger(body.failNextWebhooks);
      if (value === undefined || value < 0) throw badRequest('failNextWebhooks must be a non-negative integer');
      next.failNextWebhooks = value;
    }
    if (body.webhookUrl !== undefined) {
      if (body.webhookUrl !== null && (typeof body.webhookUrl !== 'string' || !/^https?:\/\/\S+$/.test(body.webhookUrl))) {
        throw badRequest('webhookUrl must be an http(s) URL or null');
      }
      next.webhookUrl = body.webhookUrl;
    }
    this.store.config = next;
    return { ...next };
  }
}
