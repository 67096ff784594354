/** An answer as plain text for a terminal: the same facts and citations as in Discord, all on one page. */
import type { Answer, AnswerItem, Citation } from '../answers/types.js';
import { CHANNEL_LABELS, STATUS_LABELS } from './labels.js';

/** The whole answer as lines of text, ending without a newline. */
export function renderForTerminal(answer: Answer): string {
  const lines = [answer.title, '='.repeat(Math.min(Array.from(answer.title).length, 72))];
  if (answer.message) lines.push(answer.message);
  if (answer.suggestions && answer.suggestions.length > 0)
    lines.push(`Try: ${answer.suggestions.join(', ')}`);
  answer.items.forEach((item, i) => {
    lines.push('', ...itemLines(item, i + 1));
  });
  // Article text is data, not terminal commands: control characters (escape sequences) are dropped.
  // eslint-disable-next-line no-control-regex -- removing them is the point
  return lines.join('\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

const indent = (text: string) => `   ${text}`;

function itemLines(item: AnswerItem, n: number): string[] {
  const head = `${String(n).padStart(2)}.`;
  switch (item.kind) {
    case 'quote': {
      const tags = [
        item.partial ? 'fragment' : '',
        item.channel ? CHANNEL_LABELS[item.channel] : '',
        item.reportedBy ? `as reported by ${item.reportedBy}` : '',
      ].filter(Boolean);
      return [
        `${head} ${item.speaker}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}: “${item.text}”`,
        ...citations(item.citations),
      ];
    }
    case 'tariff': {
      const rate = item.ratePercent === null ? 'rate not stated' : `${item.ratePercent}%`;
      const facts = [
        STATUS_LABELS[item.status],
        item.effective ? `effective ${item.effective}` : '',
        item.previousRatePercent === null ? '' : `before ${item.previousRatePercent}%`,
        item.imposedBy ? `by ${item.imposedBy}` : '',
        item.imposedOn ? `on ${item.imposedOn}` : '',
      ].filter(Boolean);
      return [
        `${head} ${rate} on ${item.subjectLabel}: ${facts.join(', ')}`,
        indent(`“${item.evidence}”`),
        ...citations(item.citations),
      ];
    }
    case 'deadline': {
      const when = item.range ? `${item.range.start} to ${item.range.end}` : item.date;
      return [
        `${head} ${when} (${item.status}): ${item.description}`,
        indent(`“${item.evidence}”`),
        ...citations(item.citations),
      ];
    }
    case 'search':
      return [`${head} ${item.text}`, ...citations(item.citations)];
    case 'person': {
      const lines = [`${head} ${item.name}${item.role ? `, ${item.role}` : ''}`];
      if (item.aliases.length > 0) lines.push(indent(`Also: ${item.aliases.join(', ')}`));
      lines.push(
        indent(
          `${item.quoteCount} quote${item.quoteCount === 1 ? '' : 's'} in ${item.articleIds.length} article${item.articleIds.length === 1 ? '' : 's'}`,
        ),
      );
      return [...lines, ...citations(item.citations)];
    }
    case 'source': {
      const lines = [
        `${head} ${item.title ?? '(untitled)'}`,
        indent(
          [item.source ?? 'outlet unknown', item.published ?? 'date unknown', item.url ?? '']
            .filter(Boolean)
            .join(' · '),
        ),
      ];
      if (item.paraphrased) lines.push(indent('Machine-paraphrased copy: quoted words are not exact.'));
      lines.push(
        indent(
          `${item.counts.quotes} quotes, ${item.counts.tariffs} tariffs, ${item.counts.deadlines} dates · id ${item.articleId}`,
        ),
      );
      return lines;
    }
    case 'help':
      return [`${head} /${item.command}: ${item.description}`, indent(`Example: ${item.example}`)];
  }
}

function citations(list: readonly Citation[]): string[] {
  if (list.length === 0) return [indent('— source unknown')];
  return list.map((c) => {
    const parts = [c.source ?? c.title ?? c.articleId, c.published ?? 'date unknown'];
    if (c.url) parts.push(c.url);
    if (c.paraphrased) parts.push('paraphrased copy');
    return indent(`— ${parts.join(', ')}`);
  });
}
