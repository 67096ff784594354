/** Each kind of answer item as one embed field: a short name and a value that cites its articles. */
import type { APIEmbedField } from 'discord.js';
import type {
  AnswerItem,
  DeadlineItem,
  PersonItem,
  QuoteItem,
  SearchItem,
  SourceItem,
  TariffItem,
} from '../answers/types.js';
import { truncate } from '../query/text.js';
import { citationLines, discordDate, fitInert, inert, safeUrl } from './discordText.js';
import { CHANNEL_LABELS, STATUS_LABELS } from './labels.js';

export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;

/** The field for one item; name and value are never empty and never over Discord's limits. */
export function itemField(item: AnswerItem): APIEmbedField {
  const { name, lines, body, bodyMax } = parts(item);
  const fixed = lines.filter((l) => l !== '').join('\n');
  // The citations and facts are kept whole; the quoted text or passage gives way to fit them.
  const room = FIELD_VALUE_MAX - fixed.length - 1;
  const text =
    body === null ? '' : fitInert(body.text, Math.max(0, Math.min(bodyMax, room - body.wrap.length)));
  const value = [body === null || text === '' ? '' : body.wrap.replace('%s', () => text), fixed]
    .filter((s) => s !== '')
    .join('\n');
  return {
    name: fitInert(name, FIELD_NAME_MAX) || '\u200b',
    value: truncate(value, FIELD_VALUE_MAX) || '\u200b',
  };
}

interface Parts {
  name: string;
  /** A quote or passage, placed first and cut to fit. */
  body: { text: string; wrap: string } | null;
  bodyMax: number;
  lines: string[];
}

function parts(item: AnswerItem): Parts {
  switch (item.kind) {
    case 'quote':
      return quoteParts(item);
    case 'tariff':
      return tariffParts(item);
    case 'deadline':
      return deadlineParts(item);
    case 'search':
      return searchParts(item);
    case 'person':
      return personParts(item);
    case 'source':
      return sourceParts(item);
    case 'help':
      return {
        name: `/${item.command}`,
        body: null,
        bodyMax: 0,
        lines: [inert(item.description), `Example: \`${item.example.replace(/`/g, "'")}\``],
      };
  }
}

function quoteParts(q: QuoteItem): Parts {
  const name = [
    q.speaker,
    q.channel ? ` ${CHANNEL_LABELS[q.channel]}` : '',
    q.partial ? ' (fragment)' : '',
  ].join('');
  const reported = q.reportedBy ? `As reported by ${inert(q.reportedBy)}` : '';
  return {
    name,
    body: { text: q.text, wrap: '“%s”' },
    bodyMax: 700,
    lines: [reported, citationLines(q.citations)],
  };
}

function tariffParts(t: TariffItem): Parts {
  const rate = t.ratePercent === null ? 'Rate not stated' : `${t.ratePercent}%`;
  const lines = [
    t.effective ? `**Effective:** ${discordDate(t.effective, true)}` : '',
    t.previousRatePercent === null ? '' : `**Before:** ${t.previousRatePercent}%`,
    t.imposedBy || t.imposedOn
      ? `**Imposed** ${t.imposedBy ? `by ${inert(t.imposedBy)} ` : ''}${t.imposedOn ? `on ${inert(t.imposedOn)}` : ''}`.trim()
      : '',
    citationLines(t.citations),
  ];
  return {
    name: `${rate} on ${t.subjectLabel}, ${STATUS_LABELS[t.status]}`,
    body: { text: t.evidence, wrap: '> %s' },
    bodyMax: 400,
    lines,
  };
}

function deadlineParts(d: DeadlineItem): Parts {
  const when = d.range
    ? `${discordDate(d.range.start, false)} – ${discordDate(d.range.end, false)}`
    : discordDate(d.date, true);
  const status = d.status === 'passed' ? 'passed' : d.status === 'today' ? 'now' : 'upcoming';
  return {
    name: d.description,
    body: { text: d.evidence, wrap: '> %s' },
    bodyMax: 400,
    lines: [`**When:** ${when}, ${status}`, citationLines(d.citations)],
  };
}

function searchParts(s: SearchItem): Parts {
  const first = s.citations[0];
  const name = `${first?.title ?? first?.source ?? s.articleId}, paragraph ${s.paragraph + 1}`;
  return { name, body: { text: s.text, wrap: '%s' }, bodyMax: 700, lines: [citationLines(s.citations)] };
}

function personParts(p: PersonItem): Parts {
  const lines = [
    p.role ? `**Role:** ${inert(p.role)}` : '',
    p.aliases.length > 0 ? `**Also:** ${fitInert(p.aliases.join(', '), 200)}` : '',
    `**Quotes:** ${p.quoteCount} · **Articles:** ${p.articleIds.length}`,
    citationLines(p.citations, 5),
  ];
  return { name: p.name, body: null, bodyMax: 0, lines };
}

function sourceParts(s: SourceItem): Parts {
  const url = safeUrl(s.url);
  const outlet = fitInert(s.source ?? 'outlet unknown', 100);
  const lines = [
    [
      url ? `[${outlet}](${url})` : outlet,
      s.published ? discordDate(s.published, false) : 'date unknown',
    ].join(' · '),
    s.paraphrased ? 'Machine-paraphrased copy: quoted words are not exact.' : '',
    `${s.counts.quotes} quotes · ${s.counts.tariffs} tariffs · ${s.counts.deadlines} dates · id \`${s.articleId.replace(/`/g, '')}\``,
  ];
  return { name: s.title ?? '(untitled)', body: null, bodyMax: 0, lines };
}
