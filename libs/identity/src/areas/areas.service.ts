import { join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';
import { workflowsDirectory, type FieldProblem } from '@bizportal/common';
import { SeedChecksums, TransactionRunner } from '@bizportal/database';
import { AgencyAreaEntity, AgencyEntity } from '../entities';
import { IdentityErrors } from '../identity-errors';
import { UserDirectory } from '../user-directory.service';
import { AreaEntity, type AreaLevel } from './area.entity';
import { readAreasFile, type AreasFile } from './areas-file';

/** The areas' seed in SeedChecksums; an administrator's change of a jurisdiction forgets it. */
export const AREAS_SEED = 'areas';

export interface PremisesCodes {
  provinceCode: string;
  districtCode: string;
  subdistrictCode: string;
}

export interface AreaView {
  code: string;
  level: AreaLevel;
  parentCode: string | null;
  name: { th: string; en: string };
  /** Provinces: whether their districts and subdistricts are listed (served) here. */
  areasListed?: boolean;
  postcodes?: string[];
  /** Subdistricts: the local office serving it, or null when none does in this system. */
  localOffice?: { id: string; name: { th: string; en: string } } | null;
}

/** Raise when the areas' seed writes something new (SeedChecksums). */
const AREAS_SEED_REVISION = 'areas 1';

/**
 * The administrative areas (DOPA codes) and the local offices serving them, seeded at start from
 * `workflows/areas.json` (the file is the authority: names and jurisdictions follow it) unless the file is the one
 * applied last time and no administrator has changed a jurisdiction since (SeedChecksums).
 */
@Injectable()
export class AreasService implements OnModuleInit {
  private readonly logger = new Logger(AreasService.name);
  private listedProvinces = new Set<string>();

  constructor(
    @InjectRepository(AreaEntity) private readonly areas: Repository<AreaEntity>,
    @InjectRepository(AgencyAreaEntity) private readonly agencyAreas: Repository<AgencyAreaEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly seedChecksums: SeedChecksums,
    private readonly directory: UserDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    const dir = workflowsDirectory(this.config.get<string>('WORKFLOWS_DIR'));
    const file = readAreasFile(dir);
    const checksum = this.seedChecksums.checksumOf(AREAS_SEED_REVISION, [join(dir, 'areas.json')]);
    if (await this.seedChecksums.applied(AREAS_SEED, checksum)) this.listedProvinces = listedProvincesOf(file);
    else await this.seed(file, checksum);
  }

  /** Applies the file; with its checksum, records it as applied. */
  async seed(file: AreasFile, checksum?: string): Promise<void> {
    const rows: AreaEntity[] = [
      ...file.provinces.map((p) => ({ code: p.code, level: 'province' as const, parentCode: null, nameTh: p.name.th, nameEn: p.name.en, postcodes: null })),
      ...file.districts.map((d) => ({ code: d.code, level: 'district' as const, parentCode: d.province, nameTh: d.name.th, nameEn: d.name.en, postcodes: null })),
      ...file.subdistricts.map((s) => ({ code: s.code, level: 'subdistrict' as const, parentCode: s.district, nameTh: s.name.th, nameEn: s.name.en, postcodes: s.postcodes })),
    ];
    const changed = await this.transactions.run(async (manager) => {
      let count = 0;
      const existing = new Map((await manager.find(AreaEntity)).map((a) => [a.code, a]));
      const missing = rows.filter((r) => !existing.has(r.code));
      for (let i = 0; i < missing.length; i += 500) await manager.insert(AreaEntity, missing.slice(i, i + 500));
      count += missing.length;
      for (const row of rows) {
        const had = existing.get(row.code);
        if (had && (had.nameTh !== row.nameTh || had.nameEn !== row.nameEn || had.parentCode !== row.parentCode || JSON.stringify(had.postcodes) !== JSON.stringify(row.postcodes))) {
          await manager.update(AreaEntity, { code: row.code }, { nameTh: row.nameTh, nameEn: row.nameEn, parentCode: row.parentCode, postcodes: row.postcodes });
          count++;
        }
      }
      count += await this.seedLocalOffices(manager, file);
      if (checksum) await this.seedChecksums.record(manager, AREAS_SEED, checksum);
      return count;
    });
    for (const office of file.localOffices) this.directory.forgetName('agency', office.id);
    this.listedProvinces = listedProvincesOf(file);
    if (changed > 0) this.logger.log(`Seeded ${changed} areas, local offices and jurisdictions`);
  }

  /** Local offices and the subdistricts each serves; a subdistrict moved to another office in the file moves here too. */
  private async seedLocalOffices(manager: EntityManager, file: AreasFile): Promise<number> {
    let count = 0;
    const now = new Date();
    const agencies = new Map((await manager.findBy(AgencyEntity, { id: In(file.localOffices.map((o) => o.id)) })).map((a) => [a.id, a]));
    for (const office of file.localOffices) {
      const had = agencies.get(office.id);
      const kind = office.kind ?? null;
      if (!had) {
        await manager.insert(AgencyEntity, { id: office.id, nameTh: office.name.th, nameEn: office.name.en, level: 'local', provinceCode: office.provinceCode, kind, onboardedBy: null, createdAt: now });
        count++;
      } else if (had.nameTh !== office.name.th || had.nameEn !== office.name.en || had.level !== 'local' || had.provinceCode !== office.provinceCode || had.kind !== kind) {
        await manager.update(AgencyEntity, { id: office.id }, { nameTh: office.name.th, nameEn: office.name.en, level: 'local', provinceCode: office.provinceCode, kind });
        count++;
      }
    }
    const current = await manager.find(AgencyAreaEntity);
    // A subdistrict given through the admin API (assigned_by set: an onboarded office, or one handed over to it) is
    // left alone, and the file's claim on it is not renewed: the administrator's later decision wins over the file.
    const setByAdmin = new Set(current.filter((r) => r.assignedBy).map((r) => r.subdistrictCode));
    const wanted = new Map(file.localOffices.flatMap((o) => o.subdistricts.filter((code) => !setByAdmin.has(code)).map((code) => [code, o.id] as const)));
    for (const row of current) {
      if (row.assignedBy) continue;
      const owner = wanted.get(row.subdistrictCode);
      const fileOffice = file.localOffices.some((o) => o.id === row.agencyId);
      // Rows the file does not speak about (offices added by other means) are left alone.
      if ((owner !== undefined && owner !== row.agencyId) || (owner === undefined && fileOffice)) {
        await manager.delete(AgencyAreaEntity, { agencyId: row.agencyId, subdistrictCode: row.subdistrictCode });
        count++;
      }
    }
    const kept = new Set(current.filter((r) => wanted.get(r.subdistrictCode) === r.agencyId).map((r) => r.subdistrictCode));
    const add = [...wanted].filter(([code]) => !kept.has(code)).map(([subdistrictCode, agencyId]) => ({ agencyId, subdistrictCode }));
    for (let i = 0; i < add.length; i += 200) await manager.insert(AgencyAreaEntity, add.slice(i, i + 200));
    return count + add.length;
  }

  /** Provinces (no parent), a province's districts, or a district's subdistricts. */
  async children(parent?: string): Promise<{ parent: AreaView | null; items: AreaView[] }> {
    if (parent === undefined) {
      const provinces = await this.areas.find({ where: { level: 'province' }, order: { code: 'ASC' } });
      return { parent: null, items: provinces.map((p) => this.viewOf(p)) };
    }
    const found = await this.areas.findOneBy({ code: parent });
    if (!found) throw IdentityErrors.create('AREA_NOT_FOUND', { code: parent });
    const items = await this.areas.find({ where: { parentCode: parent }, order: { code: 'ASC' } });
    const offices = await this.officesServing(items.filter((i) => i.level === 'subdistrict').map((i) => i.code));
    return {
      parent: this.viewOf(found),
      items: items.map((i) => ({ ...this.viewOf(i), ...(i.level === 'subdistrict' ? { localOffice: offices.get(i.code) ?? null } : {}) })),
    };
  }

  /** The areas of these codes with their names (unknown codes are left out). */
  async named(codes: readonly string[]): Promise<Map<string, AreaView>> {
    if (codes.length === 0) return new Map();
    const found = await this.areas.findBy({ code: In([...new Set(codes)]) });
    return new Map(found.map((a) => [a.code, this.viewOf(a)]));
  }

  private viewOf(area: AreaEntity): AreaView {
    return {
      code: area.code,
      level: area.level,
      parentCode: area.parentCode,
      name: { th: area.nameTh, en: area.nameEn },
      ...(area.level === 'province' ? { areasListed: this.listedProvinces.has(area.code) } : {}),
      ...(area.postcodes ? { postcodes: area.postcodes } : {}),
    };
  }

  private async officesServing(codes: string[]): Promise<Map<string, { id: string; name: { th: string; en: string } }>> {
    if (codes.length === 0) return new Map();
    const rows = await this.agencyAreas.findBy({ subdistrictCode: In(codes) });
    const agencies = new Map((await this.agencies.findBy({ id: In([...new Set(rows.map((r) => r.agencyId))]) })).map((a) => [a.id, a]));
    const result = new Map<string, { id: string; name: { th: string; en: string } }>();
    for (const row of rows) {
      const agency = agencies.get(row.agencyId);
      if (agency) result.set(row.subdistrictCode, { id: agency.id, name: { th: agency.nameTh, en: agency.nameEn } });
    }
    return result;
  }

  /**
   * Refuses (400) premises codes that name no real area or do not belong together. A province whose
   * districts and subdistricts are not listed here yet is accepted as it is (its codes cannot be
   * checked beyond their shape); whether anyone serves it is the routing's answer (422 for local and
   * provincial licences, accepted for central agencies).
   */
  async assertPremisesArea(premises: PremisesCodes): Promise<void> {
    const codes = [premises.provinceCode, premises.districtCode, premises.subdistrictCode];
    const found = new Map((await this.areas.findBy({ code: In(codes) })).map((a) => [a.code, a]));
    const problems: FieldProblem[] = [];
    const province = found.get(premises.provinceCode);
    if (!province || province.level !== 'province') {
      problems.push({ field: 'premises.provinceCode', problem: `${premises.provinceCode} is not a Thai province code (DOPA), e.g. 10 for Bangkok` });
    } else if (this.listedProvinces.has(province.code)) {
      const district = found.get(premises.districtCode);
      const subdistrict = found.get(premises.subdistrictCode);
      if (!district || district.parentCode !== province.code) {
        problems.push({ field: 'premises.districtCode', problem: `${premises.districtCode} is not a district of ${province.nameEn} (${province.code})` });
      } else if (!subdistrict || subdistrict.parentCode !== district.code) {
        problems.push({ field: 'premises.subdistrictCode', problem: `${premises.subdistrictCode} is not a subdistrict of ${district.nameEn} (${district.code})` });
      }
    }
    if (problems.length > 0) {
      throw IdentityErrors.create('PREMISES_AREA_UNKNOWN', { problems: problems.map((p) => `${p.field} ${p.problem}`).join('; ') }, problems);
    }
  }
}

function listedProvincesOf(file: AreasFile): Set<string> {
  return new Set(file.districts.map((d) => d.province));
}
