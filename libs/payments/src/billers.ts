import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { thaiIdCheckDigit } from '@bizportal/common';
import { AgencyEntity } from '@bizportal/identity';
import { BillerEntity } from './entities';

/**
 * The offices registered as billers. In the demo (SEED_DEMO_DATA) every office gets a development biller once:
 * tax ID 0994 + 8 digits + the mod-11 check digit, suffix 00, account 99 + 8 digits at bank 006, numbered in the
 * order the offices are first seen (rows are never renumbered). Real billers are rows written by operations: a
 * page for them is not built.
 */
@Injectable()
export class Billers implements OnApplicationBootstrap {
  private readonly logger = new Logger(Billers.name);

  constructor(
    @InjectRepository(BillerEntity) private readonly billers: Repository<BillerEntity>,
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get<boolean>('SEED_DEMO_DATA')) return;
    try {
      await this.seedDevelopmentBillers();
    } catch (error) {
      // Another process seeding at the same moment: its rows stand, ours are made on the next start.
      this.logger.warn(`Development billers not seeded: ${(error as Error).message}`);
    }
  }

  async seedDevelopmentBillers(): Promise<number> {
    const existing = await this.billers.find();
    const have = new Set(existing.map((b) => b.agencyId));
    const missing = (await this.agencies.find({ order: { id: 'ASC' } })).filter((a) => !have.has(a.id));
    let n = existing.length;
    for (const agency of missing) {
      n++;
      const first12 = `0994${String(n).padStart(8, '0')}`;
      await this.billers.insert({ agencyId: agency.id, taxId: `${first12}${thaiIdCheckDigit(first12)}`, suffix: '00', bankCode: '006', accountNumber: `99${String(n).padStart(8, '0')}`, createdAt: new Date() });
    }
    if (missing.length > 0) this.logger.log(`Seeded ${missing.length} development billers`);
    return missing.length;
  }

  ofAgency(agencyId: string | null): Promise<BillerEntity | null> {
    return agencyId ? this.billers.findOneBy({ agencyId }) : Promise.resolve(null);
  }

  byAccount(bankCode: string, accountNumber: string): Promise<BillerEntity | null> {
    return this.billers.findOneBy({ bankCode, accountNumber });
  }
}
