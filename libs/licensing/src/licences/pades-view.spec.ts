import { bangkokDateTime, padesView } from './pades-view';

describe('the PAdES part of POST /verify', () => {
  const at = new Date('2026-12-05T18:30:00Z'); // 01:30 on 6 December in Bangkok

  it('gives the timestamp in Bangkok time for people (Buddhist era in Thai) and ISO for machines', () => {
    expect(bangkokDateTime(at)).toEqual({ th: '6 ธันวาคม 2569 เวลา 01:30:00 น.', en: '6 December 2026, 01:30:00 (Bangkok time)' });
    const view = padesView({ level: 'B-LT', timestamp: { time: at, trusted: true, tsa: 'CN=TSA', serialNumber: '01', policy: '1.2' }, validationData: { certificates: 3, crls: 1, ocsps: 0 } });
    expect(view).toEqual({
      level: 'B-LT',
      label: { th: expect.stringContaining('B-LT'), en: expect.stringContaining('long-term validation data') },
      shortOf: null,
      timestamp: { time: '2026-12-05T18:30:00.000Z', bangkok: { th: '6 ธันวาคม 2569 เวลา 01:30:00 น.', en: '6 December 2026, 01:30:00 (Bangkok time)' }, trusted: true, tsa: 'CN=TSA' },
    });
  });

  it('says why a lower level, and nothing when the signature did not verify', () => {
    expect(padesView({ level: 'none', shortOf: 'Not PAdES: the SubFilter is adbe.pkcs7.detached, not ETSI.CAdES.detached.' })).toMatchObject({ level: 'none', timestamp: null, shortOf: expect.stringContaining('adbe') });
    expect(padesView(undefined)).toBeNull();
  });
});
