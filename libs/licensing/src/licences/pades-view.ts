import { formatThaiDate } from '@bizportal/common';
import type { PadesReport } from '@bizportal/e-licence';
import type { PadesView } from './licence.views';

const LEVEL_LABELS: Record<PadesView['level'], { th: string; en: string }> = {
  'B-LT': { th: 'PAdES B-LT: ลายมือชื่อพร้อมตราประทับเวลาและข้อมูลสำหรับตรวจสอบระยะยาว', en: 'PAdES B-LT: signature with a timestamp and long-term validation data' },
  'B-T': { th: 'PAdES B-T: ลายมือชื่อพร้อมตราประทับเวลา', en: 'PAdES B-T: signature with a timestamp' },
  'B-B': { th: 'PAdES B-B: ลายมือชื่อพื้นฐาน ไม่มีตราประทับเวลา', en: 'PAdES B-B: basic signature, no timestamp' },
  none: { th: 'ไม่เป็นไปตามระดับ PAdES', en: 'Not at a PAdES baseline level' },
};

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const englishDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'long' });

/** A time for people: the Bangkok date (Buddhist era in Thai) and time of day to the second. */
export function bangkokDateTime(at: Date): { th: string; en: string } {
  return { th: `${formatThaiDate(at)} เวลา ${clock.format(at)} น.`, en: `${englishDate.format(at)}, ${clock.format(at)} (Bangkok time)` };
}

/** What POST /verify says of the PAdES level and the signature timestamp. */
export function padesView(report: PadesReport | undefined): PadesView | null {
  if (!report) return null;
  const stamp = report.timestamp;
  return {
    level: report.level,
    label: LEVEL_LABELS[report.level],
    shortOf: report.shortOf ?? null,
    timestamp: stamp ? { time: stamp.time.toISOString(), bangkok: bangkokDateTime(stamp.time), trusted: stamp.trusted, tsa: stamp.tsa } : null,
  };
}
