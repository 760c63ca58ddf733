import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { csvField, LICENSE_URL } from '../statistics';
import { HearingsService } from './hearings.service';
import type { HearingSummaryView } from './hearings.views';

/** The `hearings` dataset's columns: codes, names of places and licence types, dates and counts; no personal data. */
export const HEARING_OPEN_DATA_COLUMNS = [
  { name: 'reference', title: { th: 'เลขที่การรับฟังความคิดเห็น', en: 'Hearing reference' } },
  { name: 'licence_type', title: { th: 'รหัสประเภทใบอนุญาต', en: 'Licence type code' } },
  { name: 'licence_type_name_th', title: { th: 'ประเภทใบอนุญาต', en: 'Licence type (Thai)' } },
  { name: 'licence_type_name_en', title: { th: 'ประเภทใบอนุญาต (อังกฤษ)', en: 'Licence type (English)' } },
  { name: 'province', title: { th: 'รหัสจังหวัด', en: 'Province code' } },
  { name: 'province_name_th', title: { th: 'จังหวัด', en: 'Province (Thai)' } },
  { name: 'district', title: { th: 'รหัสอำเภอ/เขต', en: 'District code' } },
  { name: 'district_name_th', title: { th: 'อำเภอ/เขต', en: 'District (Thai)' } },
  { name: 'subdistrict', title: { th: 'รหัสตำบล/แขวง', en: 'Subdistrict code' } },
  { name: 'subdistrict_name_th', title: { th: 'ตำบล/แขวง', en: 'Subdistrict (Thai)' } },
  { name: 'opens_at', title: { th: 'วันเวลาเปิดรับฟัง', en: 'Opened at (ISO 8601)' } },
  { name: 'closes_at', title: { th: 'วันเวลาปิดรับฟัง', en: 'Closes at (ISO 8601)' } },
  { name: 'days', title: { th: 'จำนวนวันรับฟัง', en: 'Days open' } },
  { name: 'status', title: { th: 'สถานะ', en: 'Status (open, closed, concluded)' } },
  { name: 'comments_support', title: { th: 'ความคิดเห็นสนับสนุน', en: 'Comments in support' } },
  { name: 'comments_oppose', title: { th: 'ความคิดเห็นคัดค้าน', en: 'Comments against' } },
  { name: 'comments_neutral', title: { th: 'ความคิดเห็นเป็นกลาง', en: 'Neutral comments' } },
  { name: 'comments_hidden', title: { th: 'ความคิดเห็นที่ถูกซ่อน', en: 'Hidden comments' } },
  { name: 'outcome', title: { th: 'ผล', en: 'Outcome (in_progress, concluded, cancelled, rejected)' } },
] as const;
type Row = Record<(typeof HEARING_OPEN_DATA_COLUMNS)[number]['name'], string | number>;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The hearings as open data (CSV, JSON) and as an Atom 1.0 feed. */
@Injectable()
export class HearingOpenData {
  constructor(
    private readonly hearings: HearingsService,
    private readonly config: ConfigService,
  ) {}

  async rows(): Promise<Row[]> {
    return (await this.hearings.all()).map(({ hearing, summary, counts }) => ({
      reference: summary.reference,
      licence_type: summary.licenceType.slug,
      licence_type_name_th: summary.licenceType.name.th,
      licence_type_name_en: summary.licenceType.name.en,
      province: summary.premises.province.code,
      province_name_th: summary.premises.province.name.th,
      district: summary.premises.district.code,
      district_name_th: summary.premises.district.name.th,
      subdistrict: summary.premises.subdistrict.code,
      subdistrict_name_th: summary.premises.subdistrict.name.th,
      opens_at: summary.opensAt,
      closes_at: summary.closesAt,
      days: summary.days,
      status: summary.status,
      comments_support: counts.support,
      comments_oppose: counts.oppose,
      comments_neutral: counts.neutral,
      comments_hidden: counts.hidden,
      outcome: hearing.concludedAt ? 'concluded' : (hearing.endedBy ?? 'in_progress'),
    }));
  }

  async csv(): Promise<string> {
    const names = HEARING_OPEN_DATA_COLUMNS.map((c) => c.name);
    const lines = [names.join(','), ...(await this.rows()).map((row) => names.map((n) => csvField(row[n])).join(','))];
    return `\uFEFF${lines.join('\r\n')}\r\n`;
  }

  async json(): Promise<Record<string, unknown>> {
    return {
      dataset: 'hearings',
      title: { th: 'การรับฟังความคิดเห็นของประชาชนทางออนไลน์', en: 'Public hearings online' },
      generatedAt: new Date().toISOString(),
      license: LICENSE_URL,
      personalData: 'none: no names, national IDs, addresses of people or comment texts',
      columns: HEARING_OPEN_DATA_COLUMNS,
      rows: await this.rows(),
    };
  }

  /** Atom 1.0: the feed's id, title, updated, author and self link; each entry's id, title, updated, link and summary. */
  async atom(filter: { province?: string; subdistrict?: string }, requestBase: string): Promise<string> {
    const base = (this.config.get<string>('PUBLIC_BASE_URL') || requestBase).replace(/\/+$/, '');
    const items = await this.hearings.all(filter, 100);
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => typeof v === 'string') as [string, string][]).toString();
    const self = `${base}/api/v1/hearings/feed.atom${query ? `?${query}` : ''}`;
    const updatedOf = (s: HearingSummaryView, concludedAt: Date | null, closedAt: Date | null) => (concludedAt ?? closedAt ?? new Date(s.opensAt)).toISOString();
    const entries = items.map(({ hearing, summary: s }) => {
      const title = `${s.reference} ${s.businessName} — ${s.licenceType.name.th} (${s.premises.subdistrict.name.th} ${s.premises.district.name.th} ${s.premises.province.name.th})`;
      const summary = `${s.licenceType.name.th} / ${s.licenceType.name.en}; ${s.premises.address}; รับฟังความคิดเห็น ${s.opensAt.slice(0, 10)} ถึง ${s.closesAt.slice(0, 10)}; ${s.status}`;
      return [
        '  <entry>',
        `    <id>urn:uuid:${hearing.id}</id>`,
        `    <title>${xml(title)}</title>`,
        `    <updated>${updatedOf(s, hearing.concludedAt, hearing.closedAt)}</updated>`,
        `    <published>${s.opensAt}</published>`,
        `    <link rel="alternate" type="text/html" href="${xml(`${base}/hearings/${hearing.id}`)}"/>`,
        `    <summary>${xml(summary)}</summary>`,
        '  </entry>',
      ].join('\n');
    });
    const updated = items.length > 0 ? items.map(({ hearing, summary }) => updatedOf(summary, hearing.concludedAt, hearing.closedAt)).sort().reverse()[0] : new Date(0).toISOString();
    return [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="th">',
      `  <id>${xml(self)}</id>`,
      '  <title>การรับฟังความคิดเห็นของประชาชน / Public hearings</title>',
      `  <updated>${updated}</updated>`,
      '  <author><name>Biz Portal e-Licensing</name></author>',
      `  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
      `  <link rel="alternate" type="text/html" href="${xml(`${base}/hearings`)}"/>`,
      ...entries,
      '</feed>',
      '',
    ].join('\n');
  }
}
