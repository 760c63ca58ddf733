import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { OutboxRunner, WorkflowTransitions, loadWorkflowFiles, type ApplicationEntity } from '@bizportal/licensing';
import { DataSource } from 'typeorm';
import { attachRequiredDocuments } from './support/documents';
import { eventBody } from './support/flows';
import { modelPaths, reachableStates, type ModelStep } from './support/model-paths';
import { sampleForm } from './support/sample-form';
import { KHLONG_TOEI_PREMISES, REPO_ROOT, startTestApp, type TestApp } from './support/test-app';

// Every service in workflows/ gets its paths; a new file adds its tests with no change here.
const { workflows } = loadWorkflowFiles(join(REPO_ROOT, 'workflows'));
const cases = workflows.flatMap((workflow) => modelPaths(workflow).map((path) => ({ workflow, path })));
const SYSTEM = { id: 'system', roles: ['system' as const], agencyId: null };

describe('Model-based paths of every service, driven through the API', () => {
  let t: TestApp;
  const staff = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp({ OUTBOX_RUNNER_ENABLED: 'false' });
    const users = await t.http.get('/api/v1/auth/dev-users').expect(200);
    for (const u of users.body as { username: string; roles: string[]; agency: { id: string } | null }[]) {
      if (u.agency) for (const role of u.roles) staff.set(`${u.agency.id}:${role}`, u.username);
    }
  });
  afterAll(() => t.close());

  it('finds paths to every final state of every service', () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) {
      const finals = Object.entries(workflow.definition.machine.states).filter(([, s]) => s.type === 'final').map(([n]) => n);
      const reached = new Set(cases.filter((c) => c.workflow === workflow).map((c) => c.path.target));
      expect({ slug: workflow.slug, reached: finals.filter((f) => reached.has(f)) }).toEqual({ slug: workflow.slug, reached: finals });
    }
  });

  /**
   * A cancellation request skips the site inspection and the fee in every service: walking each machine as a
   * cancellation (xstate/graph, guards evaluated), no state with status inspection, awaiting_payment or issuing
   * is reachable, nor the licence in force, and the withdrawal is. A service that offers no cancellation
   * refuses one at the door, storing nothing.
   */
  it('walks every service’s cancellation: no inspection, no payment, no issuance, and the withdrawal is reached', async () => {
    expect(workflows).toHaveLength(79);
    const offering = workflows.filter((w) => w.definition.kinds?.includes('cancel'));
    expect(offering.length).toBeGreaterThan(0);
    for (const workflow of offering) {
      const reached = reachableStates(workflow, 'cancel');
      const statusOf = (state: string) => workflow.stateMeta(state).status;
      const forbidden = reached.filter((r) => ['inspection', 'awaiting_payment', 'issuing'].includes(statusOf(r.state)) || (statusOf(r.state) === 'completed' && workflow.definition.machine.states[r.state].type !== 'final'));
      expect({ slug: workflow.slug, forbidden }).toEqual({ slug: workflow.slug, forbidden: [] });
      const withdrawal = reached.find((r) => r.state === 'withdrawn');
      expect({ slug: workflow.slug, withdrawal: withdrawal?.events[0] }).toEqual({ slug: workflow.slug, withdrawal: 'SUBMIT' });
      expect({ slug: workflow.slug, steps: withdrawal!.events.filter((e) => /INSPECTION|PAYMENT|LICENCE_ISSUED|SIGNATURE|FORWARD/.test(e)) }).toEqual({ slug: workflow.slug, steps: [] });
      // The way round is for cancellations only: a new application of a service with an inspection or a fee still meets them.
      const asNew = new Set(reachableStates(workflow, 'new').map((r) => statusOf(r.state)));
      const machine = JSON.stringify(workflow.definition.machine);
      if (machine.includes('"requestPayment"')) expect({ slug: workflow.slug, pays: asNew.has('awaiting_payment') }).toEqual({ slug: workflow.slug, pays: true });
      if (Object.keys(workflow.definition.machine.states).includes('inspection')) expect({ slug: workflow.slug, inspects: asNew.has('inspection') }).toEqual({ slug: workflow.slug, inspects: true });
    }
    const applicant = await t.login('somchai');
    const before = await t.count('applications');
    for (const workflow of workflows.filter((w) => !offering.includes(w))) {
      const refused = await t.http
        .post('/api/v1/applications')
        .auth(applicant, { type: 'bearer' })
        .send({ confirmApplicantData: true, licenceType: workflow.slug, kind: 'cancel', premises: KHLONG_TOEI_PREMISES, form: sampleForm(workflow.definition.form) });
      expect({ slug: workflow.slug, status: refused.status, code: refused.body.code }).toEqual({ slug: workflow.slug, status: 400, code: 'KIND_NOT_OFFERED' });
    }
    expect(await t.count('applications')).toBe(before);
  });

  it('has a sample form that each licence form schema accepts', () => {
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    for (const workflow of workflows) {
      const validate = ajv.compile(workflow.definition.form);
      expect({ slug: workflow.slug, valid: validate(sampleForm(workflow.definition.form)), errors: validate.errors ?? null }).toEqual({
        slug: workflow.slug,
        valid: true,
        errors: null,
      });
    }
  });

  it.each(cases.map((c) => [`${c.workflow.slug} (${c.path.kind}) → ${c.path.target}`, c] as const))('%s', async (_name, { workflow, path }) => {
    const created = await t.http
      .post('/api/v1/applications')
      .auth(await t.login('somchai'), { type: 'bearer' })
      .send({ confirmApplicantData: true, licenceType: workflow.slug, kind: path.kind, premises: KHLONG_TOEI_PREMISES, form: sampleForm(workflow.definition.form) });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    const agencyId: string = created.body.agency.id;
    // The required documents of the licence type, before SUBMIT checks them.
    const attached = await attachRequiredDocuments(t, id);
    expect(attached).toEqual(workflow.definition.documents.filter((d) => d.required).map((d) => d.code));

    let state = created.body.state as string;
    for (const step of path.steps) state = await drive(id, agencyId, step);
    expect(state).toBe(path.target);

    const timeline = await t.http.get(`/api/v1/applications/${id}/timeline`).auth(await t.login('auditor'), { type: 'bearer' }).expect(200);
    const entries = timeline.body.entries as { event: string; from: { state: string }; to: { state: string; status: string } }[];
    expect(entries.map((e) => e.event)).toEqual(path.steps.map((s) => s.type));
    entries.forEach((entry, i) => expect(entry.from.state).toBe(i === 0 ? workflow.definition.machine.initial : entries[i - 1].to.state));
    expect(timeline.body.current).toMatchObject({ state: path.target, status: workflow.stateMeta(path.target).status });
    expect(timeline.body.integrity.verified).toBe(true);
  });

  /**
   * Users send their events over HTTP. A fee is paid at the office counter through the API (the
   * online gateway has its own suite); a failed payment and issuance arrive as system events
   * through the same service the gateway and the issuer use.
   */
  async function drive(id: string, agencyId: string, step: ModelStep): Promise<string> {
    if (step.type === 'PAYMENT_SUCCEEDED') {
      const officer = await t.login(staff.get(`${agencyId}:officer`)!);
      await t.app.get(OutboxRunner).runOnce(); // raises the fee (the background runner is off in this suite)
      const fees = await t.http.get(`/api/v1/applications/${id}/payments`).auth(officer, { type: 'bearer' }).expect(200);
      const due = fees.body.invoices.find((i: { status: string }) => i.status === 'open');
      const paid = await t.http
        .post(`/api/v1/applications/${id}/payments/counter`)
        .auth(officer, { type: 'bearer' })
        .send({ receiptNumber: `MODEL-${id.slice(0, 8)}`, amountSatang: due.amountSatang });
      if (paid.status !== 201) throw new Error(`counter payment: ${paid.status} ${JSON.stringify(paid.body)}`);
      return (await t.http.get(`/api/v1/applications/${id}`).auth(officer, { type: 'bearer' }).expect(200)).body.state;
    }
    if (step.type === 'LICENCE_ISSUED') {
      // The issue-licence effect numbers, renders and signs the licence, then sends the event itself.
      await t.app.get(OutboxRunner).runOnce();
      const auditor = await t.login('auditor');
      return (await t.http.get(`/api/v1/applications/${id}`).auth(auditor, { type: 'bearer' }).expect(200)).body.state;
    }
    if (step.as === 'system') {
      const app = await t.app.get(DataSource).getRepository<ApplicationEntity>('applications').findOneByOrFail({ id });
      const next = await t.app.get(WorkflowTransitions).send(app, { type: step.type, actor: SYSTEM, comment: step.comment, data: step.data });
      return next.state;
    }
    const username = step.as === 'applicant' ? 'somchai' : staff.get(`${agencyId}:${step.as}`);
    if (!username) throw new Error(`no demo ${step.as} for agency ${agencyId}`);
    let data = step.data;
    if (step.type === 'SCHEDULE_INSPECTION') {
      // The model names a placeholder inspector; the service wants an officer of the application's office.
      const inspector = await t.app.get(DataSource).getRepository<{ id: string; username: string }>('users').findOneByOrFail({ username: staff.get(`${agencyId}:officer`)! });
      data = { ...data, inspectorId: inspector.id };
    }
    const res = await t.http
      .post(`/api/v1/applications/${id}/events`)
      .auth(await t.login(username), { type: 'bearer' })
      .send(eventBody({ type: step.type, comment: step.comment, data }));
    if (res.status !== 200) throw new Error(`${step.type} as ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.state;
  }
});

