import { createHash } from 'node:crypto';
import { ArticleError } from '../errors.js';
import type { BoilerplateLexicon } from '../lexicon/boilerplateLexicon.js';
import type { ArticleDoc } from './articleDoc.js';
import { removeBoilerplate } from './boilerplate.js';
import { decodeText } from './decodeText.js';
import { splitFrontMatter } from './frontMatter.js';
import { inferSource } from './inferMetadata.js';
import { splitLines } from './lines.js';
import { normalizeText } from './normalizeText.js';
import { buildParagraphs } from './paragraphs.js';

export interface ParsedArticle {
  article: ArticleDoc;
  /** Repairs made on the way (encoding fallback): worth a warning, not a failure. */
  notes: string[];
}

/**
 * One file's bytes to an article: decode, normalise, split front matter, remove boilerplate,
 * split paragraphs and sentences. Throws ArticleError (naming the file) for input that cannot be
 * read as an article.
 */
export function parseArticle(
  file: string,
  id: string,
  bytes: Uint8Array,
  lexicon: BoilerplateLexicon,
): ParsedArticle {
  const notes: string[] = [];
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ArticleError(file, decoded.reason);
  if (decoded.note) notes.push(decoded.note);

  const text = normalizeText(decoded.text);
  const front = splitFrontMatter(text);
  if (!front.ok) throw new ArticleError(file, front.reason);
  const { meta } = front;
  const body = text.slice(front.bodyStart);

  const { kept, removed, headline } = removeBoilerplate(splitLines(body), lexicon, meta.title ?? null);
  const { paragraphs, credits } = buildParagraphs(body, kept, lexicon);
  if (paragraphs.length === 0) {
    throw new ArticleError(
      file,
      'has no story text (it is empty, or every line looks like site boilerplate).',
    );
  }

  const inferredSource = meta.source ? null : inferSource(body, lexicon);
  const article: ArticleDoc = {
    id,
    file,
    title: meta.title ?? headline,
    source: meta.source ?? inferredSource,
    author: meta.author ?? null,
    via: meta.via ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    paraphrased: meta.paraphrased ?? false,
    metadata: {
      title: meta.title ? 'front-matter' : headline ? 'inferred' : 'unknown',
      source: meta.source ? 'front-matter' : inferredSource ? 'inferred' : 'unknown',
      published: meta.published ? 'front-matter' : 'unknown',
    },
    hash: createHash('sha256').update(bytes).digest('hex'),
    body,
    paragraphs,
    removed: [...removed, ...credits].sort((a, b) => a.line - b.line),
  };
  return { article, notes };
}
