// Reads the content folder from disk. The only module of src/content that does IO.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentLibrary, ContentProblem } from './content-types';
import { parseGlossary } from './parse-glossary';
import { parsePage } from './parse-page';
import { parseSources } from './parse-sources';

/** Thrown at start when the content cannot be read; lists every problem. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `the content folder has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/**
 * The content folder: `content/` at the root of the installation, found by walking up from this
 * module, so that the same code finds it from `src/` (tests) and from `dist/` (the bundle).
 */
export function contentFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'content');
    if (existsSync(join(candidate, 'sources.yaml'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('the content folder (content/sources.yaml) was not found');
    dir = parent;
  }
}

/** Reads and parses every content file; problems are returned, not thrown. */
export function readContent(folder = contentFolder()): {
  library: ContentLibrary;
  problems: ContentProblem[];
} {
  const read = (file: string) => readFileSync(join(folder, file), 'utf8');
  const sources = parseSources(read('sources.yaml'));
  const glossary = existsSync(join(folder, 'ordlista.yaml'))
    ? parseGlossary(read('ordlista.yaml'))
    : { glossary: [], problems: [{ file: 'ordlista.yaml', message: 'missing' }] };
  const pages = readdirSync(join(folder, 'kunskap'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parsePage(read(`kunskap/${f}`), `kunskap/${f}`));
  return {
    library: {
      sources: sources.sources,
      glossary: glossary.glossary,
      pages: pages.flatMap((p) => (p.page === null ? [] : [p.page])),
    },
    problems: [...sources.problems, ...glossary.problems, ...pages.flatMap((p) => p.problems)],
  };
}

let cached: ContentLibrary | undefined;

/** The content library of this installation, read once; throws {@link ContentError} if broken. */
export function loadContentLibrary(): ContentLibrary {
  if (cached !== undefined) return cached;
  const { library, problems } = readContent();
  if (problems.length > 0) throw new ContentError(problems);
  cached = library;
  return library;
}
