import type { DataSource } from 'typeorm';
import { testDatabase } from '@bizportal/database';
import { AgencyAreaEntity, AgencyEntity, UserEntity } from './entities';
import { UserDirectory } from './user-directory.service';

describe('UserDirectory.namesOf', () => {
  let db: DataSource;
  let remove: () => Promise<void>;
  let directory: UserDirectory;
  let statements: string[];

  beforeEach(async () => {
    ({ db, remove } = await testDatabase([UserEntity, AgencyEntity, AgencyAreaEntity]));
    statements = [];
    // Every statement the directory sends from here on.
    const users = db.getRepository(UserEntity);
    const query = users.query.bind(users);
    jest.spyOn(users, 'query').mockImplementation((sql: string, params?: Parameters<typeof query>[1]) => (statements.push(sql), query(sql, params)));
    const now = new Date();
    await db.getRepository(AgencyEntity).insert({ id: 'bma-khlongtoei', nameTh: 'สำนักงานเขตคลองเตย', nameEn: 'Khlong Toei District Office', level: 'local', provinceCode: '10', kind: null, onboardedBy: null, createdAt: now });
    await db.getRepository(UserEntity).insert({ id: 'user-somchai', username: 'somchai', displayNameTh: 'นายสมชาย ใจดี', displayNameEn: 'Mr Somchai Jaidee', nationalId: null, roles: ['applicant'], agencyId: null, createdAt: now });
    directory = new UserDirectory(db.getRepository(UserEntity), db.getRepository(AgencyEntity), db.getRepository(AgencyAreaEntity));
  });

  afterEach(() => remove());

  const reads = () => statements.filter((sql) => sql.includes("AS kind")).length;

  it('reads names once, keeps them, and reads an account again once told its name changed', async () => {
    const first = await directory.namesOf(['bma-khlongtoei'], ['user-somchai']);
    expect(first.agencies.get('bma-khlongtoei')?.name).toEqual({ th: 'สำนักงานเขตคลองเตย', en: 'Khlong Toei District Office' });
    expect(first.users.get('user-somchai')?.name).toEqual({ th: 'นายสมชาย ใจดี', en: 'Mr Somchai Jaidee' });
    expect(reads()).toBe(1);

    await db.query("UPDATE users SET display_name_th = 'นายสมชาย ใจงาม' WHERE id = 'user-somchai'");
    expect((await directory.namesOf(['bma-khlongtoei'], ['user-somchai'])).users.get('user-somchai')?.name.th).toBe('นายสมชาย ใจดี');
    expect(reads()).toBe(1);

    directory.forgetName('user', 'user-somchai');
    const after = await directory.namesOf(['bma-khlongtoei'], ['user-somchai']);
    expect(after.users.get('user-somchai')?.name.th).toBe('นายสมชาย ใจงาม');
    expect(after.agencies.get('bma-khlongtoei')?.name.th).toBe('สำนักงานเขตคลองเตย');
    // Only the forgotten account was read again.
    expect(reads()).toBe(2);
    expect(statements.filter((sql) => sql.includes("AS kind")).at(-1)).not.toContain('FROM agencies');
  });

  it('keeps nothing of an id it did not find: the account is found once it exists', async () => {
    expect((await directory.namesOf([], ['user-new'])).users.size).toBe(0);
    await db.getRepository(UserEntity).insert({ id: 'user-new', username: 'new', displayNameTh: 'นางสาวใหม่ มาแล้ว', displayNameEn: 'Ms Mai Maelaeo', nationalId: null, roles: ['applicant'], agencyId: null, createdAt: new Date() });
    expect((await directory.namesOf([], ['user-new'])).users.get('user-new')?.name.en).toBe('Ms Mai Maelaeo');
  });
});
