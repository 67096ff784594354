/**
 * The one place an answer becomes a Discord reply: embeds and Previous/Next buttons, always inside
 * Discord's limits, with article and user text neutralised. A "nothing found" answer is an
 * ephemeral reply that says why and what to try.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer } from '../answers/types.js';
import { itemField } from './discordFields.js';
import { fitInert } from './discordText.js';
import { encodePageId } from './pageId.js';

export interface DiscordReply {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  ephemeral: boolean;
  /** The page shown, zero-based, after clamping the page asked for. */
  page: number;
  pageCount: number;
}

/** Discord's embed limits (DISCORD.md), and the share of the 6000-character total each part may take. */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;
const DESCRIPTION_BUDGET = 1500;
const FOOTER_BUDGET = 100;
const FIELDS_BUDGET = LIMITS.total - LIMITS.title - DESCRIPTION_BUDGET - FOOTER_BUDGET;
/** Few enough fields that a page reads at a glance on a phone. */
const FIELDS_PER_PAGE = 5;

const FOUND = 0x2f6f9f;
const NOTHING = 0x8a8f98;

/** One page of an answer as a Discord reply; `page` is clamped to the pages there are. */
export function renderForDiscord(answer: Answer, page = 0): DiscordReply {
  const pages = paginate(answer.items.map(itemField));
  const pageCount = pages.length;
  const shown = Math.min(Math.max(0, Math.trunc(page) || 0), pageCount - 1);

  const embed: APIEmbed = {
    title: fitInert(answer.title, LIMITS.title) || 'Answer',
    color: answer.items.length > 0 ? FOUND : NOTHING,
    fields: pages[shown]!,
  };
  const description = describe(answer);
  if (description !== '') embed.description = description;
  const footer = footerText(answer.items.length, shown, pageCount);
  if (footer !== '') embed.footer = { text: footer };

  return {
    embeds: [embed],
    components: pageCount > 1 ? [buttons(answer, shown, pageCount)] : [],
    ephemeral: answer.items.length === 0,
    page: shown,
    pageCount,
  };
}

/** Fields in pages of at most FIELDS_PER_PAGE whose characters fit the embed budget; always one page at least. */
function paginate(fields: APIEmbedField[]): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [[]];
  let used = 0;
  for (const field of fields) {
    const size = field.name.length + field.value.length;
    const current = pages.at(-1)!;
    if (current.length > 0 && (current.length >= FIELDS_PER_PAGE || used + size > FIELDS_BUDGET)) {
      pages.push([field]);
      used = size;
    } else {
      current.push(field);
      used += size;
    }
  }
  return pages;
}

function describe(answer: Answer): string {
  const parts: string[] = [];
  if (answer.message) parts.push(fitInert(answer.message, 1000));
  if (answer.suggestions && answer.suggestions.length > 0) {
    parts.push(`**Try:** ${fitInert(answer.suggestions.slice(0, 10).join(', '), 400)}`);
  }
  const text = parts.join('\n');
  return text.length <= DESCRIPTION_BUDGET ? text : fitInert(answer.message ?? '', DESCRIPTION_BUDGET);
}

function footerText(count: number, page: number, pageCount: number): string {
  if (count === 0) return '';
  const results = `${count} result${count === 1 ? '' : 's'}`;
  return pageCount > 1 ? `Page ${page + 1} of ${pageCount} · ${results}` : results;
}

function buttons(answer: Answer, page: number, pageCount: number): APIActionRowComponent<APIButtonComponent> {
  const ref = (target: number) =>
    encodePageId({ command: answer.command, options: answer.options, page: target });
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Previous',
        custom_id: ref(Math.max(0, page - 1)),
        disabled: page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Next',
        custom_id: ref(Math.min(pageCount - 1, page + 1)),
        disabled: page >= pageCount - 1,
      },
    ],
  };
}
