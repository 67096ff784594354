import type { ArticleDoc } from '../../articles/articleDoc.js';
import type { Person } from '../../index/schema.js';
import type { Lexicon } from '../../lexicon/lexicon.js';
import type { QuoteDraft, TariffDraft } from '../../pipeline/types.js';
import type { Mention } from '../people/mentionFinder.js';
import { surnameOf } from '../people/surname.js';
import { articleView } from '../quotes/paragraphView.js';
import { sentenceSubject } from '../quotes/subjectFinder.js';
import { TOPIC_REACH, topicsOf } from '../quotes/topicTracker.js';
import { quotesOfArticle } from './factsByArticle.js';

/** Where a sentence sits and what the earlier stages know about its article. */
export interface SentenceContext {
  article: ArticleDoc;
  /** The paragraph's position in the article. */
  paragraph: number;
  sentence: { text: string; start: number; index: number };
  people: Person[];
  quotes: QuoteDraft[];
  /** The tariff facts of this article. */
  tariffs: TariffDraft[];
  lexicon: Lexicon;
}

/** A mention with offsets into the sentence. */
type SentenceMention = Mention & { person: Person | null };

const FIRST_PERSON = /^(?:i|we)$/u;

/** The people of one sentence and how to write them in a short description. */
export class SentenceNames {
  readonly mentions: SentenceMention[];
  private readonly shift: number;

  constructor(private readonly ctx: SentenceContext) {
    const view = articleView(ctx.article, ctx.people, ctx.lexicon.attribution)[ctx.paragraph]!;
    this.shift = ctx.article.paragraphs[ctx.paragraph]!.start - ctx.sentence.start;
    const end = ctx.sentence.text.length;
    this.mentions = view.mentions
      .map((m) => ({
        ...m,
        start: m.start + this.shift,
        end: m.end + this.shift,
        person: m.personId ? (ctx.people.find((p) => p.id === m.personId) ?? null) : null,
      }))
      .filter((m) => m.start >= 0 && m.end <= end);
  }

  /** How a person is named in a headline: the surname; an organisation by its name. */
  shortName(person: Person): string {
    return person.kind === 'person' ? surnameOf(person.name, this.ctx.lexicon.attribution) : person.name;
  }

  /**
   * The sentence text from `start` to `end` with every named person shortened to a surname
   * ("U.S. Treasury Secretary Scott Bessent" → "Bessent", "the US president" → "Trump") and
   * every organisation written by its name ("the Nikkei newspaper" → "the Nikkei").
   */
  text(start: number, end: number): string {
    let out = '';
    let at = start;
    for (const m of this.mentions) {
      if (m.start < at || m.end > end || m.form === 'pronoun' || !m.person) continue;
      out += this.ctx.sentence.text.slice(at, m.start) + this.shortName(m.person);
      at = m.end;
    }
    return out + this.ctx.sentence.text.slice(at, end);
  }

  /** The person a pronoun at `offset` stands for: "he" or "his" by the passage, "I" by the quote. */
  pronoun(word: string, offset: number): Person | null {
    const lower = word.toLowerCase();
    if (FIRST_PERSON.test(lower)) return this.quoteSpeaker(offset);
    const lex = this.ctx.lexicon.attribution;
    const possessive = this.ctx.lexicon.dates.personPossessives.some((w) => w.toLowerCase() === lower);
    if (!lex.personPronouns.has(lower) && !possessive) return null;
    const named = this.subjectBefore(offset);
    if (named?.kind === 'person') return named;
    const topic = topicsOf(this.ctx.article, this.ctx.people, lex)[this.ctx.paragraph]?.[
      this.ctx.sentence.index
    ]?.person;
    if (topic && this.ctx.paragraph - topic.paragraph <= TOPIC_REACH)
      return this.ctx.people.find((p) => p.id === topic.id) ?? null;
    return null;
  }

  /** The first person named in the sentence before `limit` who is not an object ("met Akazawa"). */
  subjectBefore(limit: number): Person | null {
    const lex = this.ctx.lexicon.attribution;
    const view = articleView(this.ctx.article, this.ctx.people, lex)[this.ctx.paragraph]!;
    const subject = sentenceSubject(view, -this.shift, limit - this.shift, lex);
    return subject?.personId ? (this.ctx.people.find((p) => p.id === subject.personId) ?? null) : null;
  }

  /** "the two sides": the two parties of the article's tariffs, e.g. "Japan and US". */
  pair(): string | null {
    const t = this.ctx.tariffs.find((f) => f.imposedBy && f.imposedOn && f.imposedBy !== f.imposedOn);
    if (!t) return null;
    return `${this.partyName(t.imposedOn!)} and ${this.partyName(t.imposedBy!)}`;
  }

  /** A party by its abbreviation when the lexicon gives one ("US"), else by its name. */
  private partyName(name: string): string {
    const party = this.ctx.lexicon.tariffs.parties.find((p) => p.name === name);
    const short = party?.aliases
      .filter((a) => /^\p{Lu}{2,4}$/u.test(a))
      .sort((a, b) => a.length - b.length)[0];
    return short ?? name;
  }

  private quoteSpeaker(offset: number): Person | null {
    const at = this.ctx.sentence.start + offset;
    const quote = quotesOfArticle(this.ctx.quotes, this.ctx.article.id).find(
      (q) => q.span.start <= at && at < q.span.end,
    );
    return quote ? (this.ctx.people.find((p) => p.id === quote.speakerId) ?? null) : null;
  }
}
