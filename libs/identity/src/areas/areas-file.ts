import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_OFFICE_KIND_IDS } from './local-office-kinds';

export interface LocalizedName {
  th: string;
  en: string;
}

/**
 * `workflows/areas.json`, written by tools/import-areas.cjs. In the file a district's or subdistrict's name may lack
 * `en` (no official English name is known for it): readAreasFile then gives the Thai name for both.
 */
export interface AreasFile {
  provinces: { code: string; name: LocalizedName; areasListed: boolean }[];
  districts: { code: string; province: string; name: LocalizedName }[];
  subdistricts: { code: string; district: string; name: LocalizedName; postcodes: string[] }[];
  localOffices: { id: string; name: LocalizedName; kind?: string; provinceCode: string; subdistricts: string[] }[];
}

/** Reads and checks the areas file; every problem is listed, so a broken file stops the start with all of them. */
export function readAreasFile(workflowsDir: string): AreasFile {
  const file = join(workflowsDir, 'areas.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: it lists the administrative areas and local offices (tools/import-areas.cjs writes it)`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as AreasFile;
  for (const area of [...(json.districts ?? []), ...(json.subdistricts ?? [])]) {
    if (area.name && typeof area.name.en !== 'string' && typeof area.name.th === 'string') area.name.en = area.name.th;
  }
  const problems: string[] = [];
  const named = (n: LocalizedName | undefined) => typeof n?.th === 'string' && n.th.length > 0 && typeof n.en === 'string' && n.en.length > 0;
  const provinces = new Set<string>();
  for (const p of json.provinces ?? []) {
    if (!/^\d{2}$/.test(p.code) || !named(p.name)) problems.push(`province ${p.code}: needs a 2-digit code and Thai and English names`);
    provinces.add(p.code);
  }
  const districts = new Set<string>();
  for (const d of json.districts ?? []) {
    if (!/^\d{4}$/.test(d.code) || d.province !== d.code.slice(0, 2) || !provinces.has(d.province) || !named(d.name)) {
      problems.push(`district ${d.code}: needs a 4-digit code starting with a listed province's code, and Thai and English names`);
    }
    districts.add(d.code);
  }
  const subdistricts = new Set<string>();
  for (const s of json.subdistricts ?? []) {
    if (!/^\d{6}$/.test(s.code) || s.district !== s.code.slice(0, 4) || !districts.has(s.district) || !named(s.name)) {
      problems.push(`subdistrict ${s.code}: needs a 6-digit code starting with a listed district's code, and Thai and English names`);
    }
    subdistricts.add(s.code);
  }
  const served = new Map<string, string>();
  for (const office of json.localOffices ?? []) {
    if (!/^[a-z0-9-]{2,64}$/.test(office.id) || !named(office.name) || !provinces.has(office.provinceCode)) problems.push(`local office ${office.id}: needs an id, names and a listed province`);
    if (office.kind !== undefined && !(LOCAL_OFFICE_KIND_IDS as string[]).includes(office.kind)) problems.push(`local office ${office.id}: kind ${office.kind} is not one of ${LOCAL_OFFICE_KIND_IDS.join(', ')}`);
    for (const code of office.subdistricts ?? []) {
      if (!subdistricts.has(code)) problems.push(`local office ${office.id}: serves ${code}, which is not a listed subdistrict`);
      else if (!code.startsWith(office.provinceCode)) problems.push(`local office ${office.id}: serves ${code}, outside its province ${office.provinceCode}`);
      if (served.has(code)) problems.push(`subdistrict ${code} is served by both ${served.get(code)} and ${office.id}: one office per subdistrict`);
      served.set(code, office.id);
    }
  }
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return json;
}
