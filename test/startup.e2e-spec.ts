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
});
