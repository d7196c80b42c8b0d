import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesExample, specExamples } from '../domain/assessment/spec-examples.fixture';
import { FORM_IDS, rulesCatalogue, type Assessment } from '../rules';
import pkg from '../../package.json';
import { CLI, ensureBuiltCli, ROOT, runBuiltCli } from './built-cli.fixture';

let dir: string;
beforeAll(() => {
  ensureBuiltCli();
  dir = mkdtempSync(join(tmpdir(), 'samverka-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a case to a file of its own and returns the path. */
function caseFile(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

describe('samverka assess', () => {
  describe.each(specExamples().map((e) => [e.file, e] as const))(
    'contract example %s',
    (file, example) => {
      it(`${example.name}`, () => {
        const run = runBuiltCli(['assess', caseFile(file, example.case)]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const assessment = JSON.parse(run.stdout) as Assessment;
        expect(assessment.lang).toBe('sv');

        expectMatchesExample(example, assessment);
      });
    },
  );

  it('reads the case from standard input with -', () => {
    const example = specExamples()[0]!;
    const fromStdin = runBuiltCli(['assess', '-'], JSON.stringify(example.case));
    const fromFile = runBuiltCli(['assess', caseFile('stdin.json', example.case)]);
    expect(fromStdin.status).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('writes English texts with --lang en', () => {
    const run = runBuiltCli(
      ['assess', '--lang', 'en', '-'],
      JSON.stringify(specExamples()[0]!.case),
    );
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Assessment).lang).toBe('en');
  });

  it('includes the trace in JSON with --explain', () => {
    const run = runBuiltCli(['assess', '--explain', '-'], JSON.stringify(specExamples()[0]!.case));
    expect(run.status).toBe(0);
    const trace = (JSON.parse(run.stdout) as Assessment).trace ?? [];
    expect(trace.length).toBeGreaterThan(0);
    for (const record of trace) {
      expect(typeof record.rule).toBe('string');
      expect(typeof record.outcome).toBe('string');
      expect(Array.isArray(record.citations)).toBe(true);
      expect(typeof record.inputs).toBe('object');
    }
  });

  it('prints a text with every form, and the trace with --explain', () => {
    const input = JSON.stringify(specExamples()[0]!.case);
    const run = runBuiltCli(
      ['assess', '--format', 'text', '--lang', 'en', '--explain', '-'],
      input,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Assessment of a case started on 2023-03-01\n/);
    for (const form of FORM_IDS) expect(run.stdout).toContain(`[${form}]`);
    expect(run.stdout).toMatch(/\nTrace:\n {2}\S+/);
    expect(run.stdout).toMatch(/\n {4}inputs: \{/);
    const plain = runBuiltCli(['assess', '--format', 'text', '-'], input);
    expect(plain.stdout).toMatch(/^Bedömning för ett ärende som påbörjas 2023-03-01\n/);
    expect(plain.stdout).not.toContain('Spår:');
  });
});

describe('samverka assess with bad input', () => {
  // Each file of test-data/invalid with the fields its errors must name, one line each.
  const cases: Record<string, string[]> = {
    'malformed.json': ['(root)'],
    'wrong-type.json': ['estimatedValueSek'],
    'unknown-legal-form.json': ['counterpart.legalForm'],
    'cpv-check-digit.json': ['subject.cpv.0'],
    'orgnr-check-digit.json': ['counterpart.orgnr'],
    'negative-value.json': ['estimatedValueSek'],
    'impossible-date.json': ['startDate'],
    'before-coverage.json': ['startDate'],
    'several-problems.json': ['buyer.kind', 'durationMonths', 'subject.cpv.0'],
  };

  it('has a case for every file of test-data/invalid', () => {
    expect(Object.keys(cases).sort()).toEqual(
      readdirSync(join(ROOT, 'test-data', 'invalid')).sort(),
    );
  });

  it.each(Object.entries(cases))(
    '%s: exit 2, nothing on stdout, one line per problem',
    (file, paths) => {
      const run = runBuiltCli(['assess', join(ROOT, 'test-data', 'invalid', file)]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines.map((l) => l.slice(0, l.indexOf(': ')))).toEqual(paths);
      for (const line of lines) expect(line).toMatch(/^\S+: \S.*$/);
    },
  );

  it('names the allowed values of an unknown legal form', () => {
    const run = runBuiltCli([
      'assess',
      '--lang',
      'en',
      join(ROOT, 'test-data', 'invalid', 'unknown-legal-form.json'),
    ]);
    expect(run.stderr).toBe(
      'counterpart.legalForm: expected one of ideell-forening, stiftelse, ekonomisk-forening, ' +
        'svb-aktiebolag, aktiebolag, trossamfund, other, or null when unknown (got "forening")\n',
    );
  });

  it('says which check digit a CPV code and an organisationsnummer should have', () => {
    const cpv = runBuiltCli([
      'assess',
      '--lang',
      'en',
      join(ROOT, 'test-data', 'invalid', 'cpv-check-digit.json'),
    ]);
    expect(cpv.stderr).toBe(
      'subject.cpv.0: wrong check digit in CPV code 90910000-8: expected -9 (90910000-9)\n',
    );
    const orgnr = runBuiltCli([
      'assess',
      join(ROOT, 'test-data', 'invalid', 'orgnr-check-digit.json'),
    ]);
    expect(orgnr.stderr).toBe(
      'counterpart.orgnr: 802000-0001 är inget organisationsnummer: fel kontrollsiffra, ska vara 9\n',
    );
  });

  it('refuses a date before 2014-07-01 as outside the rules it covers', () => {
    const run = runBuiltCli(['assess', '--lang', 'en', '-'], '{"startDate":"2014-06-30"}');
    expect(run.stderr).toBe(
      'startDate: 2014-06-30 is outside the rules samverka covers, which start 2014-07-01\n',
    );
  });

  it('says when the file cannot be read', () => {
    const run = runBuiltCli(['assess', '--lang', 'en', join(dir, 'missing.json')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`cannot read ${join(dir, 'missing.json')}: ENOENT\n`);
  });

  it('reports empty standard input as one problem', () => {
    const run = runBuiltCli(['assess', '--lang', 'en', '-'], '');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('(root): no input: expected a case as a JSON object\n');
  });
});

describe('samverka command line', () => {
  it('refuses unknown options and commands with exit 2 and the usage', () => {
    for (const args of [['assess', '--verbose', 'x.json'], ['judge', 'x.json'], []]) {
      const run = runBuiltCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('samverka assess FIL|-');
    }
  });

  it('prints the usage with --help and the version with --version', () => {
    const help = runBuiltCli(['--help', '--lang', 'en']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('samverka assess FILE|-');
    const version = runBuiltCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });

  it('lists the rule sets and dated values as a table and as JSON', () => {
    const table = runBuiltCli(['rules', '--lang', 'en']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^Rule sets:\nid +label +valid from +valid to/);
    expect(table.stdout).toContain('\nDated values:\n');
    const json = runBuiltCli(['rules', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(rulesCatalogue())));
  });

  it('reads nothing from the reference folder outside the repository', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8');
    expect(bundle).not.toMatch(/\/work\/shared|\.\.\/shared/);
  });
});

describe('samverka serve', () => {
  it('serves the web application and the API as npm start does, and stops on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SAMVERKA_DATA_DIR: join(dir, 'serve-data'),
    };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT, env });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const openapi = await fetch(`${url}/api/v1/openapi.json`);
      expect(openapi.status).toBe(200);
      const assessed = await fetch(`${url}/api/v1/assessments?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(specExamples()[0]!.case),
      });
      expect(assessed.status).toBe(200);
      expect(((await assessed.json()) as Assessment).lang).toBe('en');
      const refused = await fetch(`${url}/api/v1/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"startDate":"2023-02-30"}',
      });
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({
        errors: [
          {
            path: 'startDate',
            code: 'impossible-date',
            message: '2023-02-30 är inget datum som finns i kalendern',
          },
        ],
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
