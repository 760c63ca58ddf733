import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@bizportal/database';
import { AgencyEntity } from './entities';
import { UserDirectory } from './user-directory.service';

export type AgencyRow = Pick<AgencyEntity, 'id' | 'nameTh' | 'nameEn' | 'level' | 'provinceCode'>;

/** The central and provincial agencies the catalogue names (local offices come from workflows/areas.json, see AreasService). */
@Injectable()
export class AgencyRegister {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly directory: UserDirectory,
  ) {}

  /** Reference agencies from the catalogue; an existing row keeps its id and gets the current names. */
  async upsertAgencies(agencies: AgencyRow[]): Promise<void> {
    await this.transactions.run(async (manager) => {
      const now = new Date();
      for (const agency of agencies) {
        const existing = await manager.findOneBy(AgencyEntity, { id: agency.id });
        if (existing) await manager.update(AgencyEntity, { id: agency.id }, { nameTh: agency.nameTh, nameEn: agency.nameEn, level: agency.level });
        else await manager.insert(AgencyEntity, { ...agency, createdAt: now });
      }
    });
    for (const agency of agencies) this.directory.forgetName('agency', agency.id);
  }
}
