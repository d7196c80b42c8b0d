// `npm run content:lint`: the content lint of `npm test`, with one line per problem, for authors.
import { lintContent, readContent } from '../src/content';

const { library, problems } = readContent();
const all = [...problems, ...lintContent(library)];
for (const p of all) console.log(`content/${p.file}: ${p.message}`);
console.log(
  `${library.pages.length} pages, ${library.glossary.length} glossary entries, ` +
    `${library.sources.length} sources: ${all.length} problem(s)`,
);
process.exitCode = all.length > 0 ? 1 : 0;
