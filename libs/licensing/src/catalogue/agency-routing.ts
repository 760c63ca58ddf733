import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedText } from '@bizportal/engine';

/** One agency of the catalogue (`workflows/agencies.json`). */
export interface CatalogueAgency {
  code: string;
  level: 'local' | 'provincial' | 'central';
  name: LocalizedText;
}

/** Local licences go to the office serving the premises, whatever agency text the catalogue gives. */
export const LOCAL_ADMINISTRATION = 'local-administration';

/** Provinces whose provincial offices are seeded (Bangkok and Nonthaburi, as the demo offices). */
export const SEEDED_PROVINCES: Record<string, LocalizedText> = {
  '10': { th: 'กรุงเทพมหานคร', en: 'Bangkok' },
  '12': { th: 'จังหวัดนนทบุรี', en: 'Nonthaburi' },
};

export function readCatalogueAgencies(workflowsDir: string): CatalogueAgency[] {
  const file = join(workflowsDir, 'agencies.json');
  if (!existsSync(file)) return [];
  const json = JSON.parse(readFileSync(file, 'utf8')) as CatalogueAgency[] | { agencies: CatalogueAgency[] };
  return Array.isArray(json) ? json : json.agencies;
}

/** The agency id a provincial office of an agency has in one province. */
export function provincialOfficeId(code: string, provinceCode: string): string {
  return `${code}-${provinceCode}`;
}

export interface AgencyRow {
  id: string;
  nameTh: string;
  nameEn: string;
  level: CatalogueAgency['level'];
  provinceCode: string | null;
}

/** Agency rows to seed: each central agency once, each provincial agency once per seeded province. */
export function agencyRows(agencies: CatalogueAgency[]): AgencyRow[] {
  return agencies.flatMap((agency): AgencyRow[] => {
    if (agency.level === 'central') {
      return [{ id: agency.code, nameTh: agency.name.th, nameEn: agency.name.en, level: agency.level, provinceCode: null }];
    }
    if (agency.level === 'provincial') {
      return Object.entries(SEEDED_PROVINCES).map(([provinceCode, province]) => ({
        id: provincialOfficeId(agency.code, provinceCode),
        nameTh: `${agency.name.th} ${province.th}`,
        nameEn: `${agency.name.en}, ${province.en}`,
        level: agency.level,
        provinceCode,
      }));
    }
    return [];
  });
}
