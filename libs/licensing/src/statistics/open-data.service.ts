import { createHash, randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, type Repository } from 'typeorm';
import { bangkokDateKey } from '@bizportal/common';
import { TransactionRunner } from '@bizportal/database';
import { ScheduledJobs, type ScheduledJobHandle } from '@bizportal/jobs';
import { ALL, OpenDataSnapshotEntity, StatisticsMonthlyEntity } from './statistics.entities';
import { addRow, emptySums, figuresOf, SUPPRESSION_THRESHOLD } from './statistics-figures';
import { OPEN_DATA_COLUMNS, openDataRow, toCsv, type OpenDataRow } from './open-data';
import { StatisticsQueries } from './statistics-queries.service';
import { MEASUREMENT } from './statistics.views';

/** Snapshots kept (the newest is served). */
const KEEP = 7;
export const DATASET_ID = 'bizportal-processing-statistics';
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
const PUBLISHER = { th: 'ระบบอนุญาตอิเล็กทรอนิกส์ Biz Portal', en: 'Biz Portal e-Licensing' };
const TITLE = { th: 'สถิติการพิจารณาอนุญาตรายเดือน แยกตามประเภทใบอนุญาตและหน่วยงาน', en: 'Monthly licence processing statistics by licence type and office' };
const DESCRIPTION = {
  th:
    'จำนวนคำขอที่ยื่น ดำเนินการสำเร็จ ปฏิเสธ และยกเลิก ระยะเวลาดำเนินการ (มัธยฐานและเปอร์เซ็นไทล์ที่ 90 เป็นวันทำการ) เทียบกับระยะเวลาตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 ' +
    'และสัดส่วนช่องทางการชำระค่าธรรมเนียม รายเดือน แยกตามประเภทใบอนุญาตและหน่วยงาน ไม่มีข้อมูลส่วนบุคคล ' +
    MEASUREMENT.th,
  en:
    'Applications received, completed, rejected and withdrawn, processing time (median and 90th percentile in working days) against the statutory days of the Licensing Facilitation Act B.E. 2558, ' +
    'and the share of each fee payment channel, per month, licence type and office. No personal data. ' +
    MEASUREMENT.en,
};
const KEYWORDS = [
  { th: 'ใบอนุญาต', en: 'licences' },
  { th: 'ระยะเวลาดำเนินการ', en: 'processing time' },
  { th: 'พ.ร.บ. อำนวยความสะดวก', en: 'Licensing Facilitation Act' },
  { th: 'ความโปร่งใส', en: 'transparency' },
  { th: 'บริการภาครัฐ', en: 'government services' },
];

export interface SnapshotBodies {
  id: string;
  generatedAt: Date;
  firstMonth: string | null;
  lastMonth: string | null;
  rowCount: number;
  /** The bodies gzip-compressed (served as they are to clients accepting gzip) and, made on first need, plain. */
  csvGzip: Buffer;
  jsonGzip: Buffer;
  plain: { csv?: Buffer; json?: Buffer };
  csvBytes: number;
  jsonBytes: number;
  csvEtag: string;
  jsonEtag: string;
}

/**
 * The open data: a daily snapshot of the monthly figures per licence type × office × month (suppressed as the API
 * is), stored with its generation time and served as CSV and JSON with ETag and Last-Modified; the data dictionary;
 * and DCAT-AP (JSON-LD) and CKAN `package_show` metadata. The job (`OPEN_DATA_INTERVAL_MS`, hourly by default, and
 * shortly after start; 0: never in this process) builds the day's snapshot once per Bangkok date; a download with no
 * snapshot yet builds one at once.
 */
@Injectable()
export class OpenData implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OpenData.name);
  private cached: SnapshotBodies | null = null;
  private building: Promise<SnapshotBodies> | null = null;
  private job?: ScheduledJobHandle;

  constructor(
    @InjectRepository(OpenDataSnapshotEntity) private readonly snapshots: Repository<OpenDataSnapshotEntity>,
    @InjectRepository(StatisticsMonthlyEntity) private readonly monthly: Repository<StatisticsMonthlyEntity>,
    private readonly queries: StatisticsQueries,
    private readonly transactions: TransactionRunner,
    private readonly config: ConfigService,
    private readonly jobs: ScheduledJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.job = this.jobs.schedule({
      name: 'open-data-snapshot',
      everyMs: Number(this.config.get('OPEN_DATA_INTERVAL_MS') ?? 0),
      firstAfterMs: 10_000,
      run: async () => {
        const built = await this.runOnce();
        if (built) this.logger.log(`Open data snapshot ${bangkokDateKey(built.generatedAt)}: ${built.rowCount} rows`);
      },
      onError: (error) => this.logger.error(`Open data snapshot failed: ${error.message}`),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }

  /** Builds the snapshot of the Bangkok date of `now` unless one was made that day; returns it when built. */
  async runOnce(now = new Date()): Promise<SnapshotBodies | null> {
    const latest = await this.latestHead();
    if (latest && bangkokDateKey(latest.generatedAt) === bangkokDateKey(now)) return null;
    return this.build(now);
  }

  /** Builds and stores a snapshot now (older ones beyond the newest seven are deleted). */
  async build(now = new Date()): Promise<SnapshotBodies> {
    const rows = await this.rows();
    const months = rows.map((r) => r.month).sort();
    const firstMonth = months[0] ?? null;
    const lastMonth = months[months.length - 1] ?? null;
    const csv = toCsv(rows);
    const json = JSON.stringify({
      dataset: DATASET_ID,
      title: TITLE,
      generatedAt: now.toISOString(),
      firstMonth,
      lastMonth,
      license: LICENSE_URL,
      measurement: MEASUREMENT,
      suppression: { threshold: SUPPRESSION_THRESHOLD, secondarySuppression: false },
      columns: OPEN_DATA_COLUMNS.map((c) => c.name),
      rows,
    });
    const entity: OpenDataSnapshotEntity = {
      id: randomUUID(),
      generatedAt: now,
      firstMonth,
      lastMonth,
      rowCount: rows.length,
      csvGzip: gzipSync(csv),
      jsonGzip: gzipSync(json),
      checksum: createHash('sha256').update(csv).update('\u0000').update(json).digest('hex'),
    };
    await this.transactions.run(async (manager) => {
      await manager.insert(OpenDataSnapshotEntity, entity);
      const keep = await manager.find(OpenDataSnapshotEntity, { select: { id: true }, order: { generatedAt: 'DESC' }, take: KEEP });
      await manager.createQueryBuilder().delete().from(OpenDataSnapshotEntity).where('id NOT IN (:...keep)', { keep: keep.map((k) => k.id) }).execute();
    });
    this.cached = bodiesOf(entity);
    return this.cached;
  }

  /** The newest snapshot, from memory when it is still the newest; built now when there is none. */
  async current(): Promise<SnapshotBodies> {
    const head = await this.latestHead();
    if (head && this.cached?.id === head.id) return this.cached;
    if (head) {
      const row = await this.snapshots.findOneByOrFail({ id: head.id });
      this.cached = bodiesOf(row);
      return this.cached;
    }
    this.building ??= this.build().finally(() => (this.building = null));
    return this.building;
  }

  dictionary() {
    return {
      dataset: DATASET_ID,
      title: TITLE,
      description: DESCRIPTION,
      license: LICENSE_URL,
      suppression: {
        threshold: SUPPRESSION_THRESHOLD,
        rule: {
          th: 'จำนวน 1–4 และค่าที่คำนวณจากคำขอน้อยกว่า 5 รายการไม่แสดง (ว่างใน CSV, null ใน JSON) และระบุชื่อคอลัมน์ใน suppressed ไม่มีการปกปิดลำดับที่สอง (ยอดรวมลบค่าที่แสดงอาจเผยค่าที่ปกปิด)',
          en: 'Counts from 1 to 4, and figures derived from fewer than 5 applications, are suppressed (empty in the CSV, null in the JSON) and named in suppressed. No secondary suppression is done (a total less the shown cells may reveal a suppressed one).',
        },
        secondarySuppression: false,
      },
      measurement: MEASUREMENT,
      csv: { encoding: 'UTF-8 with a byte-order mark', delimiter: ',', lineEnd: 'CRLF', header: true, quoting: 'RFC 4180' },
      columns: OPEN_DATA_COLUMNS,
    };
  }

  /** DCAT-AP 2 style JSON-LD: the catalogue with the dataset and its distributions (CKAN's ckanext-dcat reads it). */
  async dcat(baseUrl: string) {
    const s = await this.current();
    const api = `${baseUrl}/api/v1/open-data`;
    const text = (t: { th: string; en: string }) => [
      { '@language': 'th', '@value': t.th },
      { '@language': 'en', '@value': t.en },
    ];
    const modified = { '@value': s.generatedAt.toISOString(), '@type': 'xsd:dateTime' };
    const publisher = { '@id': `${baseUrl}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': text(PUBLISHER) };
    const license = { '@id': LICENSE_URL };
    const distribution = (id: string, title: { th: string; en: string }, url: string, mediaType: string, format: string, size: number | null) => ({
      '@id': `${api}/processing-statistics#${id}`,
      '@type': 'dcat:Distribution',
      'dct:title': text(title),
      'dcat:accessURL': { '@id': url },
      'dcat:downloadURL': { '@id': url },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
      'dct:format': format,
      'dct:license': license,
      'dct:modified': modified,
      ...(size === null ? {} : { 'dcat:byteSize': { '@value': String(size), '@type': 'xsd:nonNegativeInteger' } }),
    });
    return {
      '@context': {
        dcat: 'http://www.w3.org/ns/dcat#',
        dct: 'http://purl.org/dc/terms/',
        foaf: 'http://xmlns.com/foaf/0.1/',
        xsd: 'http://www.w3.org/2001/XMLSchema#',
      },
      '@id': `${api}/catalog.jsonld`,
      '@type': 'dcat:Catalog',
      'dct:title': text({ th: 'ข้อมูลเปิดของระบบอนุญาตอิเล็กทรอนิกส์', en: 'Open data of the e-licensing portal' }),
      'dct:description': text({ th: 'ชุดข้อมูลเปิดด้านความโปร่งใสของการพิจารณาอนุญาต', en: 'Open data on the transparency of licensing' }),
      'dct:publisher': publisher,
      'dct:license': license,
      'dct:modified': modified,
      'dcat:dataset': [
        {
          '@id': `${api}/processing-statistics`,
          '@type': 'dcat:Dataset',
          'dct:identifier': DATASET_ID,
          'dct:title': text(TITLE),
          'dct:description': text(DESCRIPTION),
          'dct:publisher': publisher,
          'dct:license': license,
          'dct:modified': modified,
          'dct:language': [{ '@id': 'http://publications.europa.eu/resource/authority/language/THA' }, { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' }],
          'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/DAILY' },
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': { '@value': s.firstMonth ? `${s.firstMonth}-01` : s.generatedAt.toISOString().slice(0, 10), '@type': 'xsd:date' },
            'dcat:endDate': { '@value': lastDayOf(s.lastMonth) ?? s.generatedAt.toISOString().slice(0, 10), '@type': 'xsd:date' },
          },
          'dcat:keyword': KEYWORDS.flatMap(text),
          'dcat:landingPage': { '@id': `${baseUrl}/docs#/open-data` },
          'dcat:distribution': [
            distribution('csv', { th: 'สถิติรายเดือน (CSV)', en: 'Monthly statistics (CSV)' }, `${api}/processing-statistics.csv`, 'text/csv', 'CSV', s.csvBytes),
            distribution('json', { th: 'สถิติรายเดือน (JSON)', en: 'Monthly statistics (JSON)' }, `${api}/processing-statistics.json`, 'application/json', 'JSON', s.jsonBytes),
            distribution('dictionary', { th: 'คำอธิบายข้อมูล', en: 'Data dictionary' }, `${api}/processing-statistics/dictionary`, 'application/json', 'JSON', null),
          ],
        },
        // Public hearings (issue 18, served by the hearings module): every hearing with its dates, comment counts and
        // outcome, no personal data; built on each request.
        {
          '@id': `${api}/hearings`,
          '@type': 'dcat:Dataset',
          'dct:identifier': 'hearings',
          'dct:title': text({ th: 'การรับฟังความคิดเห็นของประชาชนทางออนไลน์', en: 'Public hearings online' }),
          'dct:description': text({
            th: 'การรับฟังความคิดเห็นของประชาชนแต่ละเรื่อง: ประเภทใบอนุญาต พื้นที่ วันเปิดและปิด จำนวนความคิดเห็นสนับสนุน คัดค้าน เป็นกลาง และที่ถูกซ่อน และผล ไม่มีข้อมูลส่วนบุคคล',
            en: 'Each public hearing: licence type, area, opening and closing dates, comments in support, against, neutral and hidden, and the outcome. No personal data.',
          }),
          'dct:publisher': publisher,
          'dct:license': license,
          'dct:modified': modified,
          'dct:language': [{ '@id': 'http://publications.europa.eu/resource/authority/language/THA' }, { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' }],
          'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/CONT' },
          'dct:temporal': {
            '@type': 'dct:PeriodOfTime',
            'dcat:startDate': { '@value': s.firstMonth ? `${s.firstMonth}-01` : s.generatedAt.toISOString().slice(0, 10), '@type': 'xsd:date' },
            'dcat:endDate': { '@value': s.generatedAt.toISOString().slice(0, 10), '@type': 'xsd:date' },
          },
          'dcat:keyword': [{ th: 'รับฟังความคิดเห็น', en: 'public hearing' }, { th: 'การมีส่วนร่วม', en: 'e-participation' }].flatMap(text),
          'dcat:landingPage': { '@id': `${baseUrl}/hearings` },
          'dcat:distribution': [
            { ...distribution('hearings-csv', { th: 'การรับฟังความคิดเห็น (CSV)', en: 'Public hearings (CSV)' }, `${api}/hearings.csv`, 'text/csv', 'CSV', null), '@id': `${api}/hearings#csv` },
            { ...distribution('hearings-json', { th: 'การรับฟังความคิดเห็น (JSON)', en: 'Public hearings (JSON)' }, `${api}/hearings.json`, 'application/json', 'JSON', null), '@id': `${api}/hearings#json` },
          ],
        },
      ],
    };
  }

  /** The dataset as CKAN's action API `package_show` answers it (data.go.th runs CKAN). */
  async ckanPackage(baseUrl: string) {
    const s = await this.current();
    const api = `${baseUrl}/api/v1/open-data`;
    const modified = s.generatedAt.toISOString().replace('Z', '');
    const resource = (id: string, name: string, url: string, format: string, mimetype: string, size: number | null) => ({
      id: `${DATASET_ID}-${id}`,
      package_id: DATASET_ID,
      name,
      url,
      format,
      mimetype,
      size,
      last_modified: modified,
      description: name,
    });
    return {
      help: `${api}/processing-statistics/ckan`,
      success: true,
      result: {
        id: DATASET_ID,
        name: DATASET_ID,
        title: `${TITLE.th} / ${TITLE.en}`,
        notes: `${DESCRIPTION.th}\n\n${DESCRIPTION.en}`,
        license_id: 'CC-BY-4.0',
        license_title: 'Creative Commons Attribution 4.0',
        license_url: LICENSE_URL,
        metadata_modified: modified,
        private: false,
        state: 'active',
        type: 'dataset',
        url: `${baseUrl}/docs#/open-data`,
        organization: { name: 'bizportal', title: `${PUBLISHER.th} / ${PUBLISHER.en}` },
        tags: KEYWORDS.flatMap((k) => [{ name: k.th }, { name: k.en }]),
        extras: [
          { key: 'temporal_start', value: s.firstMonth ? `${s.firstMonth}-01` : '' },
          { key: 'temporal_end', value: lastDayOf(s.lastMonth) ?? '' },
          { key: 'frequency', value: 'daily' },
          { key: 'language', value: 'th,en' },
        ],
        num_resources: 3,
        resources: [
          resource('csv', 'Monthly statistics (CSV)', `${api}/processing-statistics.csv`, 'CSV', 'text/csv', s.csvBytes),
          resource('json', 'Monthly statistics (JSON)', `${api}/processing-statistics.json`, 'JSON', 'application/json', s.jsonBytes),
          resource('dictionary', 'Data dictionary', `${api}/processing-statistics/dictionary`, 'JSON', 'application/json', null),
        ],
      },
    };
  }

  private latestHead(): Promise<Pick<OpenDataSnapshotEntity, 'id' | 'generatedAt'> | null> {
    return this.snapshots.findOne({ select: { id: true, generatedAt: true }, where: {}, order: { generatedAt: 'DESC' } });
  }

  /** Every finest cell (one licence type at one office in one month), oldest month first. */
  private async rows(): Promise<OpenDataRow[]> {
    const cells = await this.monthly.find({ where: { licenceType: Not(ALL), agencyId: Not(ALL) }, order: { month: 'ASC', licenceType: 'ASC', agencyId: 'ASC' } });
    const types = await this.queries.licenceTypeNames();
    const offices = await this.queries.agencyNamesOf([...new Set(cells.map((c) => c.agencyId))]);
    const statutory = new Map<string, number | null>();
    for (const slug of new Set(cells.map((c) => c.licenceType))) statutory.set(slug, await this.queries.statutoryDays(slug));
    return cells.map((c) =>
      openDataRow(
        {
          month: c.month,
          licenceType: c.licenceType,
          licenceTypeName: types.get(c.licenceType) ?? { th: c.licenceType, en: c.licenceType },
          officeId: c.agencyId,
          officeName: offices.get(c.agencyId) ?? { th: c.agencyId, en: c.agencyId },
          statutoryDays: statutory.get(c.licenceType) ?? null,
        },
        figuresOf(
          addRow(emptySums(), {
            received: c.received,
            completed: c.completed,
            rejected: c.rejected,
            withdrawn: c.withdrawn,
            judged: c.judged,
            on_time: c.onTime,
            paid_promptpay: c.paidPromptpay,
            paid_card: c.paidCard,
            paid_counter: c.paidCounter,
            paid_billpay: c.paidBillpay,
            durations: c.durations,
          }),
        ),
      ),
    );
  }
}

function bodiesOf(row: OpenDataSnapshotEntity): SnapshotBodies {
  const csv = gunzipSync(row.csvGzip);
  const json = gunzipSync(row.jsonGzip);
  const tag = (b: Buffer) => `"${createHash('sha256').update(b).digest('base64url').slice(0, 32)}"`;
  return {
    id: row.id,
    generatedAt: row.generatedAt,
    firstMonth: row.firstMonth,
    lastMonth: row.lastMonth,
    rowCount: row.rowCount,
    csvGzip: row.csvGzip,
    jsonGzip: row.jsonGzip,
    plain: { csv, json },
    csvBytes: csv.length,
    jsonBytes: json.length,
    csvEtag: tag(csv),
    jsonEtag: tag(json),
  };
}

function lastDayOf(month: string | null): string | null {
  if (!month) return null;
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
