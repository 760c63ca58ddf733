/**
 * The Search API (docs.omise.co/search-api), scope `charge` only: `query` is matched, case-insensitively, against a
 * charge's id, description, failure message, card name and bank, and its metadata values; `page` and `per_page`
 * paginate (30 a page by default, at most 100), newest first unless `order=chronological`. Other scopes and
 * `filters` are refused with 400, so a client never takes an unfiltered answer for a filtered one.
 */
import { renderCharge } from './charge-record';
import { badRequest } from './errors';
import { route, type Route } from './router';
import type { MockStore } from './store';
import type { Json } from './types';
import { isRecord, toInteger } from './values';

export class Search {
  constructor(private readonly store: MockStore) {}

  routes(): Route[] {
    return [route('GET', '/search', 'secret', (ctx) => ({ json: this.search(ctx.query) }))];
  }

  private search(params: URLSearchParams): Json {
    const scope = params.get('scope');
    if (scope !== 'charge') throw badRequest(scope ? `scope ${scope} is not supported by omise-mock (charge only)` : 'scope is required');
    if ([...params.keys()].some((k) => k === 'filters' || k.startsWith('filters['))) throw badRequest('filters are not supported by omise-mock; use query');
    const order = params.get('order') ?? 'reverse_chronological';
    if (order !== 'chronological' && order !== 'reverse_chronological') throw badRequest('order must be chronological or reverse_chronological');
    const page = params.get('page') === null ? 1 : toInteger(params.get('page'));
    const perPage = params.get('per_page') === null ? 30 : toInteger(params.get('per_page'));
    if (page === undefined || page < 1) throw badRequest('page must be a positive integer');
    if (perPage === undefined || perPage < 1 || perPage > 100) throw badRequest('per_page must be an integer from 1 to 100');
    const query = (params.get('query') ?? '').trim().toLowerCase();
    const charges = Object.keys(this.store.state.charges)
      .map((id) => renderCharge(this.store, id))
      .filter((charge) => query === '' || searchable(charge).some((text) => text.toLowerCase().includes(query)))
      .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
    if (order === 'reverse_chronological') charges.reverse();
    return {
      object: 'search',
      location: '/search',
      scope,
      query: params.get('query') ?? '',
      filters: {},
      order,
      page,
      per_page: perPage,
      total: charges.length,
      total_pages: Math.max(1, Math.ceil(charges.length / perPage)),
      export: null,
      data: charges.slice((page - 1) * perPage, page * perPage),
    };
  }
}

function searchable(charge: Json): string[] {
  const card = isRecord(charge.card) ? charge.card : {};
  const metadata = isRecord(charge.metadata) ? Object.values(charge.metadata) : [];
  return [charge.id, charge.description, charge.failure_message, card.name, card.bank, ...metadata].filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String);
}
