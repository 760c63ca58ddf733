/** The kinds of local administration an office can be (the Department of Local Administration's types, and the BMA's district offices). */
export const LOCAL_OFFICE_KINDS = {
  bma_district_office: { th: 'สำนักงานเขต กรุงเทพมหานคร', en: 'BMA district office' },
  city_municipality: { th: 'เทศบาลนคร', en: 'City municipality' },
  town_municipality: { th: 'เทศบาลเมือง', en: 'Town municipality' },
  subdistrict_municipality: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' },
  sao: { th: 'องค์การบริหารส่วนตำบล (อบต.)', en: 'Subdistrict administrative organisation (SAO)' },
  pattaya_city: { th: 'เมืองพัทยา', en: 'Pattaya City' },
} as const;

export type LocalOfficeKind = keyof typeof LOCAL_OFFICE_KINDS;
export const LOCAL_OFFICE_KIND_IDS = Object.keys(LOCAL_OFFICE_KINDS) as LocalOfficeKind[];
