import { resolve } from 'node:path';
import { loadWorkflowFiles } from '../catalogue/workflow-files';

/**
 * The principle behind data exchange: an applicant never uploads a copy of her ID card, her house
 * registration or a company certificate. The catalogue lists what Biz Portal used to ask for under
 * `dataExchange`; no document of any licence may ask for it again.
 */
const COPY_OF_GOVERNMENT_RECORD: { what: string; pattern: RegExp }[] = [
  { what: 'national ID card', pattern: /บัตรประจำตัวประชาชน|บัตรประชาชน|\b(national|citizen) ID\b|\bID card\b/i },
  { what: 'identity document', pattern: /เอกสารยืนยันตัวตน|identity document|proof of identity/i },
  { what: 'house registration', pattern: /ทะเบียนบ้าน|house registration|household registration/i },
  {
    what: 'company certificate',
    pattern: /หนังสือรับรอง(การจดทะเบียน)?(นิติบุคคล|บริษัท|ห้าง)|certificate of (company|juristic[- ]person|partnership) registration|(company|juristic[- ]person) (registration )?certificate/i,
  },
];

function copyOf(text: string): string | null {
  return COPY_OF_GOVERNMENT_RECORD.find(({ pattern }) => pattern.test(text))?.what ?? null;
}

describe('no licence asks for copies of government records', () => {
  const { workflows } = loadWorkflowFiles(resolve(__dirname, '../../../../workflows'));

  it('reads all 79 workflow files', () => {
    expect(workflows).toHaveLength(79);
  });

  it('recognises what the catalogue moved to data exchange (so the check below can fail)', () => {
    const entries = workflows.flatMap((w) => w.definition.dataExchange ?? []);
    expect(entries.length).toBeGreaterThanOrEqual(9);
    expect(entries.filter((e) => copyOf(e) === null)).toEqual([]);
    expect(copyOf('สำเนาบัตรประจำตัวประชาชน / Copy of national ID card')).toBe('national ID card');
    expect(copyOf('สำเนาทะเบียนบ้าน / Copy of house registration')).toBe('house registration');
    expect(copyOf('หนังสือรับรองการจดทะเบียนนิติบุคคล / Company registration certificate')).toBe('company certificate');
  });

  it('has no document, required or optional, that is such a copy', () => {
    const offending = workflows.flatMap((w) =>
      w.definition.documents
        .map((d) => ({ licence: w.slug, code: d.code, required: d.required, label: d.label, copyOf: copyOf(`${d.code} ${d.label.th} ${d.label.en}`) }))
        .filter((d) => d.copyOf !== null),
    );
    expect(offending).toEqual([]);
  });
});
