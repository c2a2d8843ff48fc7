import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The UI's import boundary (eslint.config.mjs): files in static/ may import from src/ only types
 * and the zod-free src/domain/<folder>/vocabulary modules. The fixtures are linted as if they
 * were UI files three folders below the root, so their relative paths resolve the same way.
 *
 * ESLint loads its flat config with a dynamic `import()`, which Jest's module sandbox does not
 * offer, so its Node API runs in a child Node process and answers with the messages as JSON.
 */
const root = path.resolve(__dirname, '../..');
const RULE = '@typescript-eslint/no-restricted-imports';
const LINT_TEXT = `
  import { ESLint } from 'eslint';
  const [configFile, filePath] = process.argv.slice(1);
  let code = '';
  for await (const chunk of process.stdin) code += chunk;
  const eslint = new ESLint({ overrideConfigFile: configFile });
  const [result] = await eslint.lintText(code, { filePath });
  process.stdout.write(JSON.stringify(result.messages));
`;

interface Message {
  ruleId: string | null;
  line: number;
  severity: number;
  message: string;
}

async function boundaryMessages(fixture: string, asFile = 'static/src/lib/lint-fixture.tsx') {
  const code = readFileSync(path.join(root, 'test/lint/fixtures', fixture), 'utf8');
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_TEXT, path.join(root, 'eslint.config.mjs'), path.join(root, asFile)],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  return (JSON.parse(out) as Message[]).filter((m) => m.ruleId === RULE);
}

describe('UI import boundary', () => {
  it('reports a UI file importing the server schemas from src/', async () => {
    const messages = await boundaryMessages('forbidden-import.tsx');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 4, severity: 2 });
    expect(messages[0].message).toContain('src/domain/*/vocabulary');
  });

  it('allows type-only imports and the zod-free vocabularies', async () => {
    expect(await boundaryMessages('allowed-imports.tsx')).toEqual([]);
  });

  it('applies only to the UI: the same import is fine on the server', async () => {
    expect(await boundaryMessages('forbidden-import.tsx', 'src/app/lint-fixture.ts')).toEqual([]);
  });
});
