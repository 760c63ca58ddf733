/** Events (docs.omise.co/events-api): recorded on every change, each sent as a webhook. */
import { listPage } from './pagination';
import { ID, type Route, route } from './router';
import type { MockStore } from './store';
import type { Json, MockEvent } from './types';
import { clone, iso, newId } from './values';
import type { Webhooks } from './webhooks';

export class Events {
  constructor(
    private readonly store: MockStore,
    private readonly webhooks: Webhooks,
  ) {}

  routes(): Route[] {
    return [
      route('GET', '/events', 'secret', (ctx) => ({
        json: listPage('/events', Object.keys(this.store.state.events), (id) => clone(this.store.state.events[id]) as unknown as Json, ctx.query, this.store.now),
      })),
      route('GET', `/events/${ID}`, 'secret', (ctx) => ({ json: clone(this.store.find(this.store.state.events, 'event', ctx.params[0])) })),
    ];
  }

  emit(key: string, data: Json): void {
    const event: MockEvent = {
      object: 'event',
      id: newId('evnt'),
      livemode: false,
      location: '',
      key,
      created_at: iso(this.store.now()),
      data,
      webhook_deliveries: [],
    };
    event.location = `/events/${event.id}`;
    this.store.state.events[event.id] = event;
    this.store.save();
    this.webhooks.deliver(event.id, JSON.stringify(event));
  }
}
