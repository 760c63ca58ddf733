import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type StatisticsSummary = components['schemas']['StatisticsSummaryView'];
export type StatisticsMonths = components['schemas']['StatisticsMonthsView'];
export type StatisticsLicenceTypes = components['schemas']['StatisticsLicenceTypesView'];
export type StatisticsOffices = components['schemas']['StatisticsOfficesView'];
export type Figures = StatisticsSummary['figures'];

/** The dashboard's filters, as they stand in the address (?licenceType=&office=&from=&to=). */
export interface StatisticsFilters {
  licenceType?: string;
  office?: string;
  from?: string;
  to?: string;
}

const clean = (filters: StatisticsFilters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as StatisticsFilters;

/*
 * The public statistics (docs/architecture.md, section 20): the period's figures and the backlog now, the month
 * series, and the breakdowns by licence type and by office. Figures change as applications move, so they are asked
 * again when the page opens (TanStack Query's default staleness).
 */
export function useStatisticsSummary(filters: StatisticsFilters) {
  const query = clean(filters);
  return useQuery({ queryKey: ['statistics', 'summary', query], queryFn: () => unwrap(api.GET('/statistics', { params: { query } })) as Promise<StatisticsSummary> });
}

export function useStatisticsMonths(filters: StatisticsFilters) {
  const query = clean(filters);
  return useQuery({ queryKey: ['statistics', 'months', query], queryFn: () => unwrap(api.GET('/statistics/months', { params: { query } })) as Promise<StatisticsMonths> });
}

export function useStatisticsLicenceTypes(filters: StatisticsFilters) {
  const query = clean(filters);
  return useQuery({ queryKey: ['statistics', 'licence-types', query], queryFn: () => unwrap(api.GET('/statistics/licence-types', { params: { query } })) as Promise<StatisticsLicenceTypes> });
}

export function useStatisticsOffices(filters: StatisticsFilters) {
  const query = clean(filters);
  return useQuery({ queryKey: ['statistics', 'offices', query], queryFn: () => unwrap(api.GET('/statistics/offices', { params: { query } })) as Promise<StatisticsOffices> });
}

/** The open-data downloads (served by the API, not the web app). */
export const OPEN_DATA = {
  csv: '/api/v1/open-data/processing-statistics.csv',
  json: '/api/v1/open-data/processing-statistics.json',
  dictionary: '/api/v1/open-data/processing-statistics/dictionary',
  catalog: '/api/v1/open-data/catalog.jsonld',
} as const;

export type SatisfactionStatistics = components['schemas']['SatisfactionStatisticsView'];
export type SatisfactionFigures = SatisfactionStatistics['overall']['satisfaction'];
export type CompletionFigures = SatisfactionStatistics['overall']['completion'];
/** The satisfaction route answers at most this many months. */
export const SATISFACTION_MAX_MONTHS = 24;

/** Applicants' ratings and the completion rate (section 21), for the same filters; not asked when the period is longer than the route answers. */
export function useSatisfactionStatistics(filters: StatisticsFilters, enabled: boolean) {
  const query = clean(filters);
  return useQuery({
    queryKey: ['statistics', 'satisfaction', query],
    queryFn: () => unwrap(api.GET('/statistics/satisfaction', { params: { query } })) as Promise<SatisfactionStatistics>,
    enabled,
  });
}
