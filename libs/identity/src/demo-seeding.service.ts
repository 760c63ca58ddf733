import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { thaiNationalIdProblem } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { DEMO_USERS } from './demo-data';
import { AgencyEntity, UserEntity } from './entities';

/** The demo people (SEED_DEMO_DATA): the users of demo-data.ts, and staff for every central and provincial agency. */
@Injectable()
export class DemoSeeding implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeding.name);

  constructor(
    @InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get<boolean>('SEED_DEMO_DATA')) await this.seedDemoData();
  }

  /** Inserts the demo users once (their offices come from workflows/areas.json); an existing demo row is left as it is. */
  async seedDemoData(): Promise<void> {
    for (const user of DEMO_USERS) {
      const problem = user.nationalId ? thaiNationalIdProblem(user.nationalId) : null;
      if (problem) throw new Error(`Demo user ${user.username}: ${problem}`);
    }
    const created = await this.transactions.run(async (manager) => {
      let count = 0;
      const now = new Date();
      for (const user of DEMO_USERS) {
        if (await manager.existsBy(UserEntity, { id: user.id })) continue;
        await manager.insert(UserEntity, { ...user, createdAt: now });
        count++;
      }
      return count;
    });
    if (created > 0) this.logger.log(`Seeded ${created} demo users`);
    await this.seedDemoStaffOfAgencies();
  }

  /** An officer and an approver for every central and provincial agency, so every licence type can be worked in the demo. */
  private async seedDemoStaffOfAgencies(): Promise<void> {
    const agencies = await this.agencies.find({ where: { level: In(['central', 'provincial']) }, order: { id: 'ASC' } });
    const created = await this.transactions.run(async (manager) => {
      let count = 0;
      const now = new Date();
      for (const agency of agencies) {
        for (const role of ['officer', 'approver'] as const) {
          const username = `${role}.${agency.id}`;
          if (await manager.existsBy(UserEntity, { username })) continue;
          await manager.insert(UserEntity, {
            id: `user-${role}-${agency.id}`.slice(0, 64),
            username,
            displayNameTh: `${role === 'officer' ? 'เจ้าหน้าที่' : 'ผู้มีอำนาจอนุญาต'} ${agency.nameTh}`.slice(0, 300),
            displayNameEn: `${role === 'officer' ? 'Officer' : 'Approver'}, ${agency.nameEn}`.slice(0, 300),
            nationalId: null,
            roles: [role],
            agencyId: agency.id,
            createdAt: now,
          });
          count++;
        }
      }
      return count;
    });
    if (created > 0) this.logger.log(`Seeded ${created} demo staff for central and provincial agencies`);
  }
}
