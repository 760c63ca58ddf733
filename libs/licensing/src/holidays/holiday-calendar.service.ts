import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Like, Repository } from 'typeorm';
import { bangkokDateKey, isWorkingDay, workflowsDirectory } from '@bizportal/common';
import { SeedChecksums, TransactionRunner } from '@bizportal/database';
import type { AuthenticatedUser } from '@bizportal/identity';
import { HolidayErrors } from './holiday-errors';
import type { CreateHolidayDto } from './holidays.dto';
import { PublicHolidayEntity, type HolidaySource } from './public-holiday.entity';

export interface HolidayView {
  date: string;
  name: { th: string; en: string };
  source: HolidaySource;
}

interface HolidaysFile {
  holidays: { date: string; name: { th: string; en: string }; source: HolidaySource }[];
}

const HOLIDAYS_SEED = 'holidays';
/** Raise when the holidays' seed writes something new (SeedChecksums). */
const HOLIDAYS_SEED_REVISION = 'holidays 1';

/** How long another process's edit may take to reach this process's cache. */
const CACHE_TTL_MS = 60_000;

/**
 * The public-holiday calendar: seeded from workflows/holidays.json, edited by officials, and kept in
 * memory as a set of Bangkok dates for the working-day arithmetic of deadlines. An edit refreshes the
 * cache at once; moving the deadlines it affects is the caller's (DueDates.recomputeAround).
 */
@Injectable()
export class HolidayCalendar implements OnModuleInit {
  private readonly logger = new Logger(HolidayCalendar.name);
  private cache: ReadonlySet<string> = new Set();
  private loadedAt = 0;
  private reloading: Promise<ReadonlySet<string>> | null = null;

  constructor(
    @InjectRepository(PublicHolidayEntity) private readonly holidays: Repository<PublicHolidayEntity>,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly seedChecksums: SeedChecksums,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.seed(workflowsDirectory(this.config.get<string>('WORKFLOWS_DIR')));
    await this.refresh();
  }

  /**
   * Adds the file's holidays that the table has never had; an official's removal is kept (the row stays, removed).
   * Skipped when the file is the one applied last time (SeedChecksums): no row is ever deleted, so there is nothing to add.
   */
  private async seed(dir: string): Promise<void> {
    const file = join(dir, 'holidays.json');
    if (!existsSync(file)) return;
    const checksum = this.seedChecksums.checksumOf(HOLIDAYS_SEED_REVISION, [file]);
    if (await this.seedChecksums.applied(HOLIDAYS_SEED, checksum)) return;
    const { holidays } = JSON.parse(readFileSync(file, 'utf8')) as HolidaysFile;
    const added = await this.transactions.run(async (manager) => {
      const known = new Set((await manager.find(PublicHolidayEntity, { select: { date: true } })).map((h) => h.date));
      const missing = holidays.filter((h) => !known.has(h.date));
      const now = new Date();
      for (let i = 0; i < missing.length; i += 100) {
        await manager.insert(
          PublicHolidayEntity,
          missing.slice(i, i + 100).map((h) => ({ date: h.date, nameTh: h.name.th, nameEn: h.name.en, source: h.source, createdBy: null, createdAt: now, removedAt: null, removedBy: null })),
        );
      }
      await this.seedChecksums.record(manager, HOLIDAYS_SEED, checksum);
      return missing.length;
    });
    if (added > 0) this.logger.log(`Seeded ${added} public holidays`);
  }

  async refresh(): Promise<ReadonlySet<string>> {
    const rows = await this.holidays.find({ where: { removedAt: IsNull() }, select: { date: true } });
    this.cache = new Set(rows.map((r) => r.date));
    this.loadedAt = Date.now();
    return this.cache;
  }

  /**
   * The holiday dates (YYYY-MM-DD, Bangkok), from memory, never waiting for the database: when they are older than a
   * minute one reload starts in the background and this answer and those until it ends use the set in memory. Steps
   * call this inside their transaction (due dates, the statistics clock); waiting there for a pool connection of its
   * own deadlocked PostgreSQL's pool once every connection was held by a step doing the same.
   */
  async dates(): Promise<ReadonlySet<string>> {
    if (this.loadedAt === 0) return this.refresh();
    if (Date.now() - this.loadedAt > CACHE_TTL_MS && !this.reloading) {
      this.reloading = this.refresh()
        .catch((error: Error) => {
          this.logger.warn(`Could not reload the holiday calendar (the one in memory stays in use): ${error.message}`);
          return this.cache;
        })
        .finally(() => (this.reloading = null));
    }
    return this.cache;
  }

  async list(year: number): Promise<{ year: number; holidays: HolidayView[] }> {
    const rows = await this.holidays.find({ where: { date: Like(`${year}-%`), removedAt: IsNull() }, order: { date: 'ASC' } });
    return { year, holidays: rows.map(viewOf) };
  }

  currentYear(): number {
    return Number(bangkokDateKey(new Date()).slice(0, 4));
  }

  async add(request: CreateHolidayDto, user: AuthenticatedUser): Promise<HolidayView> {
    const day = new Date(`${request.date}T05:00:00Z`); // noon in Bangkok
    if (bangkokDateKey(day) !== request.date) {
      throw HolidayErrors.create('HOLIDAY_NOT_A_DATE', { date: request.date }, [{ field: 'date', problem: 'is not a calendar date' }]);
    }
    if (!isWorkingDay(day)) {
      throw HolidayErrors.create('HOLIDAY_ON_WEEKEND', { date: request.date }, [{ field: 'date', problem: 'falls on a weekend' }]);
    }
    const source = request.source ?? 'agency-added';
    const saved = await this.transactions.run(async (manager) => {
      const existing = await manager.findOneBy(PublicHolidayEntity, { date: request.date });
      if (existing && existing.removedAt === null) {
        throw HolidayErrors.create('HOLIDAY_EXISTS', { date: request.date, name: existing.nameEn }, viewOf(existing));
      }
      const row = { date: request.date, nameTh: request.name.th.trim(), nameEn: request.name.en.trim(), source, createdBy: user.username, createdAt: new Date(), removedAt: null, removedBy: null };
      if (existing) await manager.update(PublicHolidayEntity, { date: request.date }, row);
      else await manager.insert(PublicHolidayEntity, row);
      return row as PublicHolidayEntity;
    });
    await this.refresh();
    return viewOf(saved);
  }

  async remove(date: string, user: AuthenticatedUser): Promise<HolidayView> {
    const removed = await this.transactions.run(async (manager) => {
      const existing = await manager.findOneBy(PublicHolidayEntity, { date, removedAt: IsNull() });
      if (!existing) throw HolidayErrors.create('HOLIDAY_NOT_FOUND', { date });
      await manager.update(PublicHolidayEntity, { date }, { removedAt: new Date(), removedBy: user.username });
      return existing;
    });
    await this.refresh();
    return viewOf(removed);
  }
}

function viewOf(row: PublicHolidayEntity): HolidayView {
  return { date: row.date, name: { th: row.nameTh, en: row.nameEn }, source: row.source };
}
