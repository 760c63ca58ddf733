import { DataSource } from 'typeorm';
import { ApplicationEntity, DueDates, MigrationJobs, MigrationPlanner, MigrationRunner, WorkflowTransitions } from '@bizportal/licensing';
import { TransactionRunner } from '@bizportal/database';
import { drive, FOOD_FEE_SET, footprint, sendEvent } from './support/flows';
import { ADMIN, FOOD, MIGRATIONS, applicationIn, finished, foodVersion2, publishVersion } from './support/migrations';
import { startTestApp, type TestApp } from './support/test-app';

jest.setTimeout(120_000);

/** Every live state of the food permit's version 1, mapped to the state of the same name in version 2. */
const IDENTITY = Object.fromEntries(
  ['draft', 'submitted', 'checking', 'needs_documents', 'inspection', 'corrections', 'consideration', 'awaiting_payment', 'issuing', 'completed', 'suspended'].map((s) => [s, s]),
);

describe('Migrating running applications between workflow versions', () => {
  let t: TestApp;
  const apps: Record<string, { id: string; trackingNumber: string; state: string }> = {};
  let v2: number;

  beforeAll(async () => {
    t = await startTestApp();
    for (const state of ['draft', 'submitted', 'checking', 'needs_documents', 'inspection', 'corrections', 'consideration', 'awaiting_payment', 'rejected'] as const) {
      apps[state] = await applicationIn(t, state);
    }
    v2 = await publishVersion(t, foodVersion2());
  });
  afterAll(() => t.close());

  const admin = async () => ({ Authorization: `Bearer ${await t.login('admin')}` });
  const migrate = async (body: Record<string, unknown>) => t.http.post(MIGRATIONS).set(await admin()).send(body);
  /** Everything a migration could write: its own tables, and the applications, their history and the outbox. */
  const written = async () => ({
    ...(await footprint(t)),
    migrations: await t.count('workflow_migrations'),
    items: await t.count('workflow_migration_items'),
    versions: (await t.app.get(DataSource).query('SELECT id, version, workflow_version FROM applications ORDER BY id')) as unknown[],
  });

  it('a dry run lists each live application with the state it goes to, and which would be refused and why', async () => {
    // What the plan has to map: the live applications of version 1 per state (the rejected one is in a final state).
    const v1 = await t.http.get(`${ADMIN}/${FOOD}/versions/1`).set(await admin());
    expect(v1.body.liveByState).toEqual({ draft: 1, submitted: 1, checking: 1, needs_documents: 1, inspection: 1, corrections: 1, consideration: 1, awaiting_payment: 1 });
    const before = await written();
    const res = await migrate({ fromVersion: 1, toVersion: v2, stateMapping: { ...IDENTITY, inspection: 'consideration' }, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, licenceType: FOOD, fromVersion: 1, toVersion: v2, counts: { applications: 8, movable: 7, refused: 1 } });
    const byId = new Map(res.body.applications.map((a: { applicationId: string }) => [a.applicationId, a]));
    // The rejected application is not live, so not in the plan.
    expect(byId.has(apps.rejected.id)).toBe(false);
    expect(byId.get(apps.consideration.id)).toEqual({
      applicationId: apps.consideration.id,
      trackingNumber: apps.consideration.trackingNumber,
      agencyId: expect.any(String),
      fromState: 'consideration',
      toState: 'consideration',
      version: expect.any(Number),
      refusal: null,
    });
    // An application still in inspection has no inspection result: it cannot be put in consideration.
    const refused = byId.get(apps.inspection.id) as { refusal: { code: string; message: string; details: { state: string; ways: { from: string; event: string; missing: unknown[] }[] } } };
    expect(refused.refusal.code).toBe('MIGRATION_TARGET_DATA_MISSING');
    expect(refused.refusal.message).toMatch(/consideration.*RECORD_INSPECTION/);
    expect(refused.refusal.details.state).toBe('consideration');
    expect(refused.refusal.details.ways).toContainEqual({ from: 'inspection', event: 'RECORD_INSPECTION', missing: [{ kind: 'history', event: 'RECORD_INSPECTION' }] });
    expect(refused.refusal.details.ways).toContainEqual({ from: 'checking', event: 'ACCEPT', missing: [{ kind: 'kind', kinds: ['cancel'] }] });
    // The states, with who each waits for (from the machines) and the SLA days the due date is recomputed with.
    expect(res.body.states).toContainEqual({
      fromState: 'consideration',
      fromLabel: expect.objectContaining({ en: expect.any(String) }),
      toState: 'consideration',
      toLabel: expect.objectContaining({ en: expect.any(String) }),
      applications: 1,
      fromActors: ['office'],
      toActors: ['office'],
      actorChange: false,
      fromSlaDays: 12,
      toSlaDays: 11,
    });
    expect(res.body.states).toContainEqual(expect.objectContaining({ fromState: 'awaiting_payment', fromActors: ['payment'], toActors: ['payment'] }));
    expect(res.body.states).toContainEqual(expect.objectContaining({ fromState: 'draft', fromActors: ['applicant'], applications: 1 }));
    expect(await written()).toEqual(before);
  });

  describe('the plan is refused, with its code and the states named, and nothing is written', () => {
    let before: Awaited<ReturnType<typeof written>>;
    beforeAll(async () => (before = await written()));
    afterEach(async () => expect(await written()).toEqual(before));

    const refusals: [string, Record<string, unknown>, number, string, unknown][] = [
      ['the same version', { fromVersion: 1, toVersion: 1, stateMapping: IDENTITY }, 422, 'MIGRATION_SAME_VERSION', [{ field: 'toVersion', problem: expect.any(String) }]],
      ['a version that does not exist', { fromVersion: 1, toVersion: 9, stateMapping: IDENTITY }, 422, 'MIGRATION_VERSION_NOT_PUBLISHED', [{ field: 'toVersion', version: 9, problem: `${FOOD} has no version 9` }]],
      [
        'a live state left unmapped',
        { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, consideration: undefined, corrections: undefined } },
        422,
        'MIGRATION_SOURCE_STATE_UNMAPPED',
        [
          { code: 'MIGRATION_SOURCE_STATE_UNMAPPED', state: 'corrections', applications: 1 },
          { code: 'MIGRATION_SOURCE_STATE_UNMAPPED', state: 'consideration', applications: 1 },
        ],
      ],
      ['a source state the version does not have', { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, reviewing: 'checking' } }, 422, 'MIGRATION_SOURCE_STATE_UNKNOWN', [{ code: 'MIGRATION_SOURCE_STATE_UNKNOWN', field: 'stateMapping.reviewing', state: 'reviewing' }]],
      ['a filter state the version does not have', { fromVersion: 1, toVersion: 2, stateMapping: IDENTITY, filter: { states: ['checking', 'reviewing'] } }, 422, 'MIGRATION_SOURCE_STATE_UNKNOWN', [{ code: 'MIGRATION_SOURCE_STATE_UNKNOWN', field: 'filter.states.1', state: 'reviewing' }]],
      ['a target state the new version does not have', { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, checking: 'intake' } }, 422, 'MIGRATION_TARGET_STATE_UNKNOWN', [{ code: 'MIGRATION_TARGET_STATE_UNKNOWN', field: 'stateMapping.checking', state: 'intake' }]],
      ['a final target', { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, submitted: 'rejected' } }, 422, 'MIGRATION_TARGET_STATE_FINAL', [{ code: 'MIGRATION_TARGET_STATE_FINAL', fromState: 'submitted', toState: 'rejected' }]],
      [
        'a target waiting for another kind of actor',
        { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, checking: 'needs_documents' } },
        422,
        'MIGRATION_ACTOR_CHANGE',
        [{ code: 'MIGRATION_ACTOR_CHANGE', fromState: 'checking', toState: 'needs_documents', fromActors: ['office'], toActors: ['applicant'] }],
      ],
      [
        'applications lacking what their target needs (a real run)',
        { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, inspection: 'consideration' } },
        422,
        'MIGRATION_APPLICATIONS_REFUSED',
        [expect.objectContaining({ fromState: 'inspection', toState: 'consideration', code: 'MIGRATION_TARGET_DATA_MISSING', state: 'consideration' })],
      ],
      [
        'an allowed change of actor into a state needing an information request the application never had',
        { fromVersion: 1, toVersion: 2, stateMapping: { ...IDENTITY, checking: 'needs_documents' }, allowActorChange: ['needs_documents'] },
        422,
        'MIGRATION_APPLICATIONS_REFUSED',
        [expect.objectContaining({ fromState: 'checking', toState: 'needs_documents', ways: expect.arrayContaining([{ from: 'checking', event: 'REQUEST_INFO', missing: [{ kind: 'history', event: 'REQUEST_INFO' }] }]) })],
      ],
      ['no application matching', { fromVersion: 1, toVersion: 2, stateMapping: IDENTITY, filter: { agencyIds: ['no-such-office'] } }, 422, 'MIGRATION_NOTHING_TO_MOVE', undefined],
      ['a mapping that is not an object of state names', { fromVersion: 1, toVersion: 2, stateMapping: { checking: 7 } }, 400, 'VALIDATION_FAILED', expect.anything()],
    ];
    it.each(refusals)('%s', async (_name, body, status, code, details) => {
      const res = await migrate(body);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      if (details !== undefined) expect(res.body.details).toEqual(details);
      expect(res.body.message).toMatch(/ \/ /); // Thai / English
    });

    it('a draft version, an unknown licence type, an unknown migration, and anyone but a workflow admin', async () => {
      const draft = await t.http.post(`/api/v1/admin/licence-types/${FOOD}/versions`).set(await admin()).send({ definition: foodVersion2() });
      expect(draft.status).toBe(201);
      before = await written();
      const toDraft = await migrate({ fromVersion: 1, toVersion: draft.body.version, stateMapping: IDENTITY, dryRun: true });
      expect(toDraft.status).toBe(422);
      expect(toDraft.body).toMatchObject({ code: 'MIGRATION_VERSION_NOT_PUBLISHED', details: [{ field: 'toVersion', version: draft.body.version, problem: expect.stringMatching(/draft/) }] });
      const unknownType = await t.http.post('/api/v1/admin/licence-types/no-such-licence/migrations').set(await admin()).send({ fromVersion: 1, toVersion: 2, stateMapping: IDENTITY });
      expect({ status: unknownType.status, code: unknownType.body.code }).toEqual({ status: 404, code: 'LICENCE_TYPE_NOT_FOUND' });
      const unknownRun = await t.http.get(`${MIGRATIONS}/00000000-0000-4000-8000-000000000000`).set(await admin());
      expect({ status: unknownRun.status, code: unknownRun.body.code }).toEqual({ status: 404, code: 'MIGRATION_NOT_FOUND' });
      for (const user of ['officer.khlongtoei', 'approver.khlongtoei', 'somchai', 'auditor']) {
        const res = await t.http.post(MIGRATIONS).auth(await t.login(user), { type: 'bearer' }).send({ fromVersion: 1, toVersion: 2, stateMapping: IDENTITY });
        expect({ user, status: res.status, code: res.body.code }).toEqual({ user, status: 403, code: 'ROLE_FORBIDDEN' });
        const list = await t.http.get(MIGRATIONS).auth(await t.login(user), { type: 'bearer' });
        expect({ user, status: list.status }).toEqual({ user, status: 403 });
      }
      expect((await t.http.post(MIGRATIONS).send({ fromVersion: 1, toVersion: 2, stateMapping: IDENTITY })).status).toBe(401);
    });
  });

  it('an application a step moved after the plan was made is skipped, not overwritten; the version-guarded write changes nothing', async () => {
    // Applications made after version 2 was published start on it, so a plan from version 1 leaves them out.
    const one = await applicationIn(t, 'submitted');
    const planner = t.app.get(MigrationPlanner);
    const plan = await planner.plan(FOOD, { fromVersion: 1, toVersion: v2, stateMapping: IDENTITY, filter: { applicationIds: [apps.checking.id, apps.submitted.id, one.id] } });
    expect(plan.items.map((i) => i.app.id).sort()).toEqual([apps.checking.id, apps.submitted.id].sort());
    // The office moves one of them on after the plan was read.
    const moved = await drive(t, apps.checking.id, [{ as: 'officer.khlongtoei', type: 'ACCEPT' }]);
    expect(moved.state).toBe('inspection');

    // The write itself is guarded: migrating the application as the plan read it writes nothing.
    const store = t.app.get(DataSource).getRepository(ApplicationEntity);
    const stale = plan.items.find((i) => i.app.id === apps.checking.id)!.app;
    const eventsBefore = await t.count('application_events', `application_id = '${stale.id}'`);
    const result = await t.app.get(TransactionRunner).run((manager) =>
      t.app.get(WorkflowTransitions).migrate(manager, { app: stale, toVersion: v2, toWorkflow: plan.to, toState: 'checking', actor: { id: 'user-admin', roles: ['workflow_admin'], agencyId: null }, migrationId: 'test', at: new Date() }),
    );
    expect(result).toBeNull();
    expect(await store.findOneByOrFail({ id: stale.id })).toMatchObject({ state: 'inspection', workflowVersion: 1, version: moved.version });
    expect(await t.count('application_events', `application_id = '${stale.id}'`)).toBe(eventsBefore);

    // A run of the stale plan: the moved application is reported as skipped, the other one moves.
    const run = await t.app.get(MigrationJobs).create({ id: 'user-admin', username: 'admin', roles: ['workflow_admin'], agencyId: null } as never, plan, { fromVersion: 1, toVersion: v2, stateMapping: IDENTITY });
    await t.app.get(MigrationRunner).settled([run.id]);
    const report = await finished(t, run.id);
    expect(report).toMatchObject({ status: 'completed', total: 2, moved: 1, skipped: 1, refused: 0, pending: 0 });
    expect(report.items).toContainEqual(
      expect.objectContaining({ applicationId: apps.checking.id, outcome: 'skipped', code: 'MIGRATION_APPLICATION_MOVED', eventId: null, details: { plannedVersion: stale.version, currentVersion: moved.version } }),
    );
    expect(report.items).toContainEqual(expect.objectContaining({ applicationId: apps.submitted.id, outcome: 'moved', code: null, eventId: expect.any(String) }));
    // The office's step stands: still in inspection on version 1.
    expect(await store.findOneByOrFail({ id: apps.checking.id })).toMatchObject({ state: 'inspection', workflowVersion: 1, version: moved.version });
  });

  it('a real run moves every live application in batches, writes MIGRATED in each chain, recomputes due dates, and the applications go on in the new version', async () => {
    const store = t.app.get(DataSource).getRepository(ApplicationEntity);
    const live = ['draft', 'needs_documents', 'inspection', 'corrections', 'consideration', 'awaiting_payment'];
    const before = new Map((await store.findBy({})).map((a) => [a.id, a]));
    const res = await migrate({ fromVersion: 1, toVersion: v2, stateMapping: IDENTITY });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ licenceType: FOOD, fromVersion: 1, toVersion: v2, status: 'running', requestedBy: { username: 'admin' }, stateMapping: IDENTITY, skipRefused: false });
    // One run of a licence type at a time.
    const second = await migrate({ fromVersion: 1, toVersion: v2, stateMapping: IDENTITY });
    if (second.status !== 422) expect({ status: second.status, code: second.body.code }).toEqual({ status: 409, code: 'MIGRATION_ALREADY_RUNNING' });

    const report = await finished(t, res.body.id);
    // The application moved on to inspection by the office in the previous test is still on version 1 and moves now.
    expect(report).toMatchObject({ status: 'completed', total: live.length + 1, moved: live.length + 1, refused: 0, skipped: 0, pending: 0, finishedAt: expect.any(String), resumed: 0 });
    expect(report.batches).toBeGreaterThanOrEqual(1);
    const listed = await t.http.get(MIGRATIONS).set(await admin()).expect(200);
    expect(listed.body[0]).toMatchObject({ id: res.body.id, status: 'completed', moved: live.length + 1 });

    const dueDates = t.app.get(DueDates);
    for (const state of live) {
      const { id } = apps[state];
      const was = before.get(id)!;
      const now = await store.findOneByOrFail({ id });
      expect({ state, version: now.workflowVersion, at: now.state, appVersion: now.version }).toEqual({ state, version: v2, at: state, appVersion: was.version + 1 });
      // Due dates recomputed with version 2's SLA days, from the time the state was entered (the state keeps its name).
      expect(now.stateEnteredAt.getTime()).toBe(was.stateEnteredAt.getTime());
      const workflow = report.items.find((i: { applicationId: string }) => i.applicationId === id);
      expect(workflow).toMatchObject({ outcome: 'moved', fromState: state, toState: state, eventId: expect.any(String) });

      const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('somchai'), { type: 'bearer' }).expect(200);
      expect(timeline.body.integrity).toMatchObject({ verified: true, brokenAtSeq: null });
      const last = timeline.body.entries.at(-1);
      expect(last).toMatchObject({
        event: 'MIGRATED',
        eventLabel: { th: 'ย้ายไปใช้กระบวนงานฉบับใหม่', en: 'Moved to another workflow version' },
        from: { state },
        to: { state, status: was.status },
        actor: { id: 'user-admin', roles: ['workflow_admin'] },
        data: { migrationId: res.body.id, fromVersion: 1, fromState: state, toVersion: v2, toState: state },
      });
    }
    // consideration: 12 working days in version 1, 11 in version 2.
    const consideration = await store.findOneByOrFail({ id: apps.consideration.id });
    expect(consideration.dueAt!.getTime()).toBe((await dueDates.dueAt(consideration.stateEnteredAt, 11))!.getTime());
    expect(consideration.dueAt!.getTime()).not.toBe(before.get(apps.consideration.id)!.dueAt!.getTime());
    // The rejected application stays as it was.
    expect(await store.findOneByOrFail({ id: apps.rejected.id })).toMatchObject({ workflowVersion: 1, version: before.get(apps.rejected.id)!.version });

    // They go on in version 2: the approver decides, the applicant's draft is submitted.
    const decided = await sendEvent(t, apps.consideration.id, { as: 'approver.khlongtoei', type: 'APPROVE', data: FOOD_FEE_SET });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ state: 'awaiting_payment', licenceType: { workflowVersion: v2 } });
    const submitted = await sendEvent(t, apps.draft.id, { as: 'somchai', type: 'SUBMIT' });
    expect(submitted.status).toBe(200);
    const tracked = await t.http.get(`/api/v1/track/${apps.corrections.trackingNumber}`).expect(200);
    expect(tracked.body.steps.length).toBeGreaterThan(0);
  });

  it("describes a licence type as any published version (an application's pages ask for its own); drafts and bad versions are refused", async () => {
    const v1 = (await t.http.get(`${ADMIN}/${FOOD}/versions/1`).set(await admin())).body.definition;
    const withTables = { ...foodVersion2(), form: { ...v1.form, properties: { ...v1.form.properties, tableCount: { type: 'integer', minimum: 0, title: 'จำนวนโต๊ะ / Tables' } } } };
    const v3 = await publishVersion(t, withTables);
    const draft = await t.http.post(`${ADMIN}/${FOOD}/versions`).set(await admin()).send({ definition: withTables });
    expect(draft.status).toBe(201);
    const describeType = (query: string) => t.http.get(`/api/v1/licence-types/${FOOD}${query}`);

    const current = await describeType('');
    expect(current.body.version).toBe(v3);
    expect(current.body.form.properties.tableCount).toBeDefined();
    const first = await describeType('?version=1');
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    expect(first.body.form.properties.tableCount).toBeUndefined();
    expect(first.body.form).toEqual(v1.form);
    // An official's draft is not public; a missing version neither.
    for (const version of [draft.body.version, 999]) {
      const res = await describeType(`?version=${version}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('WORKFLOW_NOT_FOUND');
    }
    for (const bad of ['0', 'abc', '1.5']) {
      const res = await describeType(`?version=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('version must be a version number') });
    }
  });
});
