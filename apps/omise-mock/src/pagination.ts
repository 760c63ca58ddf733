/** Lists (docs.omise.co/api-pagination). */
import { badRequest } from './errors';
import type { Json } from './types';
import { iso, toInteger } from './values';

export function emptyList(location: string, now: Date): Json {
  return { object: 'list', data: [], limit: 20, offset: 0, total: 0, location, order: 'chronological', from: '1970-01-01T00:00:00Z', to: iso(now) };
}

/** One page of `ids` rendered, as `limit`, `offset`, `order`, `from` and `to` in the query ask. */
export function listPage(location: string, ids: string[], render: (id: string) => Json, query: URLSearchParams, now: () => Date): Json {
  const limitParam = query.get('limit');
  const offsetParam = query.get('offset');
  const order = query.get('order') ?? 'chronological';
  const limit = limitParam === null || limitParam === '' ? 20 : toInteger(limitParam);
  const offset = offsetParam === null || offsetParam === '' ? 0 : toInteger(offsetParam);
  if (limit === undefined || limit < 0) throw badRequest('limit must be a non-negative integer');
  if (offset === undefined || offset < 0) throw badRequest('offset must be a non-negative integer');
  if (order !== 'chronological' && order !== 'reverse_chronological') throw badRequest('order must be chronological or reverse_chronological');
  const parseTime = (name: string, fallback: Date): Date => {
    const value = query.get(name);
    if (value === null || value === '') return fallback;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw badRequest(`${name} must be an ISO 8601 time`);
    return parsed;
  };
  const from = parseTime('from', new Date(0));
  const to = parseTime('to', now());
  const within = ids
    .map((id) => render(id))
    .filter((item) => {
      const created = Date.parse(String(item.created_at));
      return created >= Math.floor(from.getTime() / 1000) * 1000 && created <= to.getTime();
    });
  if (order === 'reverse_chronological') within.reverse();
  const capped = Math.min(limit, 100);
  return {
    object: 'list',
    data: within.slice(offset, offset + capped),
    limit: capped,
    offset,
    total: within.length,
    location,
    order,
    from: iso(from),
    to: iso(to),
  };
}
