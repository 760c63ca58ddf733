import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startTestApp } from './support/test-app';

describe('Start-up refuses an invalid workflow definition', () => {
  it('names the file, the state and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));
    mkdirSync(join(dir, 'licences'));
    copyFileSync(join(REPO_ROOT, 'workflows/businesses.json'), join(dir, 'businesses.json'));
    const definition = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/licences/food-premises-permit.json'), 'utf8'));
    definition.machine.states.consideration.on.APPROVE[1].guard = { type: 'isBoss' };
    writeFileSync(join(dir, 'licences/food-premises-permit.json'), JSON.stringify(definition));
    await expect(startTestApp({ WORKFLOWS_DIR: dir })).rejects.toThrow(
      /food-premises-permit\.json \[state consideration\]: APPROVE: unknown guard 'isBoss'/,
    );
  });

  it('refuses a business type the admin API would refuse, with the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bizportal-workflows-'));
    mkdirSync(join(dir, 'licences'));
    const businesses = JSON.parse(readFileSync(join(REPO_ROOT, 'workflows/businesses.json'), 'utf8'));
    businesses.businesses = businesses.businesses.filter((b: { slug: string }) => b.slug === 'organic-farming');
    const [farm] = businesses.businesses;
    for (const slug of farm.licences) copyFileSync(join(REPO_ROOT, `workflows/licences/${slug}.json`), join(dir, `licences/${slug}.json`));
    copyFileSync(join(REPO_ROOT, 'workflows/agencies.json'), join(dir, 'agencies.json'));
    copyFileSync(join(REPO_ROOT, 'workflows/areas.json'), join(dir, 'areas.json'));
    copyFileSync(join(REPO_ROOT, 'workflows/holidays.json'), join(dir, 'holidays.json'));
    const [rule] = Object.values(farm.quiz.rules) as { conditions: { question: string }[] }[];
    rule.conditions[0].question = 'q9';
    writeFileSync(join(dir, 'businesses.json'), JSON.stringify(businesses));
    await expect(startTestApp({ WORKFLOWS_DIR: dir })).rejects.toThrow(/businesses\.json: business 'organic-farming': quiz\.rules\.[a-z-]+\.conditions\.0\.question: the rule for '[a-z-]+' names question 'q9', which does not exist/);
  });
});
