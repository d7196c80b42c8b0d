// Fills the search index from the content at start. The content ships with the application, so
// the index changes only when a new version starts: a hash of the documents in app_meta lets a
// restart with the same content write nothing, and an advisory lock lets one of several
// instances starting on one PostgreSQL do the work while the others wait and then find it done.
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database';
import { SEARCH_KINDS, type SearchDocument } from './search-document';
import { withoutControlCharacters } from './snippet-segments';

/** The `app_meta` key holding the hash of the indexed documents. */
export const SEARCH_INDEX_HASH_KEY = 'search_index_hash';

/** The advisory lock key that serialises index writers ('srch' as a 32-bit number). */
export const SEARCH_INDEX_LOCK_KEY = 0x73726368;

/** Rows written per INSERT statement. */
const BATCH_SIZE = 100;

/** What {@link syncSearchIndex} did. */
export interface SearchIndexSync {
  /** False when the index already held exactly these documents. */
  changed: boolean;
  /** How many documents the index holds afterwards. */
  documents: number;
  /** The hash of the documents, as stored in `app_meta`. */
  hash: string;
}

/** Thrown for documents the index cannot hold; nothing is written. */
export class InvalidSearchDocumentError extends Error {
  override name = 'InvalidSearchDocumentError';
}

/**
 * Makes the index hold exactly `docs`, in one transaction, unless it already does. Control
 * characters are removed from the texts first (they mark matches in snippets).
 */
export async function syncSearchIndex(
  db: Database,
  docs: readonly SearchDocument[],
): Promise<SearchIndexSync> {
  const clean = checkedDocuments(docs);
  const hash = searchIndexHash(clean);
  return db.transaction(async (tx) => {
    // After waiting for the lock, the next statement must see what the holder committed.
    await tx.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEARCH_INDEX_LOCK_KEY]);
    const stored = await tx.query<{ value: string }>('SELECT value FROM app_meta WHERE key = $1', [
      SEARCH_INDEX_HASH_KEY,
    ]);
    if (stored.rows[0]?.value === hash) return { changed: false, documents: clean.length, hash };

    await tx.query('DELETE FROM search_documents');
    for (let i = 0; i < clean.length; i += BATCH_SIZE) {
      await insertBatch(tx, clean.slice(i, i + BATCH_SIZE));
    }
    await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [SEARCH_INDEX_HASH_KEY, hash],
    );
    return { changed: true, documents: clean.length, hash };
  });
}

/** sha256 (hex) of the documents in id and language order: the same set gives the same hash. */
export function searchIndexHash(docs: readonly SearchDocument[]): string {
  const rows = docs
    .map((d) => [d.id, d.lang, d.kind, d.url, d.title, d.terms, d.body])
    .sort((a, b) => compare(a[0]!, b[0]!) || compare(a[1]!, b[1]!));
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkedDocuments(docs: readonly SearchDocument[]): SearchDocument[] {
  const seen = new Set<string>();
  return docs.map((doc) => {
    const key = `${doc.id}\u0000${doc.lang}`;
    if (seen.has(key)) {
      throw new InvalidSearchDocumentError(`search document ${doc.id} (${doc.lang}) appears twice`);
    }
    seen.add(key);
    if (doc.lang !== 'sv' && doc.lang !== 'en') {
      throw new InvalidSearchDocumentError(
        `search document ${doc.id} has language ${String(doc.lang)}`,
      );
    }
    if (!SEARCH_KINDS.includes(doc.kind)) {
      throw new InvalidSearchDocumentError(
        `search document ${doc.id} has kind ${String(doc.kind)}`,
      );
    }
    if (doc.id.trim() === '' || !doc.url.startsWith('/')) {
      throw new InvalidSearchDocumentError(
        `search document "${doc.id}" needs an id and a path starting with / (has "${doc.url}")`,
      );
    }
    return {
      id: doc.id,
      lang: doc.lang,
      kind: doc.kind,
      url: doc.url,
      title: withoutControlCharacters(doc.title),
      terms: withoutControlCharacters(doc.terms),
      body: withoutControlCharacters(doc.body),
    };
  });
}

async function insertBatch(tx: Queryable, batch: readonly SearchDocument[]): Promise<void> {
  const params: string[] = [];
  const rows = batch.map((d) => {
    const base = params.length;
    params.push(d.id, d.lang, d.kind, d.url, d.title, d.terms, d.body);
    return `(${[1, 2, 3, 4, 5, 6, 7].map((n) => `$${base + n}`).join(', ')})`;
  });
  await tx.query(
    `INSERT INTO search_documents (id, lang, kind, url, title, terms, body) VALUES ${rows.join(', ')}`,
    params,
  );
}
