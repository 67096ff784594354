/**
 * Button custom ids that carry a whole request, so a Previous/Next click can be answered again
 * from the index alone, by any process, after any restart: `page:<page>:<command>:<values>`.
 *
 * Values are the command's options in catalog order, separated by `|`, with `%` and `|` escaped
 * (`%25`, `%7C`); empty trailing values are left out. Discord allows 100 characters per custom id;
 * when the values do not fit, the longest value is cut (on a code point boundary) until they do.
 * A cut value is a prefix of what was asked, so a very long search query pages through the
 * results of its first words. This is the price of staying stateless; a lookup table would lose
 * every button at restart.
 */
import { COMMAND_NAMES, commandSpec, type CommandName } from '../answers/catalog.js';
import { truncate } from '../query/text.js';

export interface PageRef {
  command: CommandName;
  options: Record<string, string>;
  page: number;
}

export const PAGE_ID_PREFIX = 'page:';
export const MAX_CUSTOM_ID = 100;
const MAX_PAGE = 9999;

const escapeValue = (v: string) => v.replace(/%/g, '%25').replace(/\|/g, '%7C');
const unescapeValue = (v: string) => v.replace(/%(25|7C)/g, (_, code: string) => (code === '25' ? '%' : '|'));

/** A button custom id of at most 100 characters that carries command, options and page. */
export function encodePageId(ref: PageRef): string {
  const page = Math.min(Math.max(0, Math.trunc(ref.page) || 0), MAX_PAGE);
  const head = `${PAGE_ID_PREFIX}${page}:${ref.command}:`;
  const values = (commandSpec(ref.command)?.options ?? []).map((o) => ref.options[o.name] ?? '');
  while (values.length > 0 && values.at(-1) === '') values.pop();

  let body = values.map(escapeValue).join('|');
  while (head.length + body.length > MAX_CUSTOM_ID) {
    const overflow = head.length + body.length - MAX_CUSTOM_ID;
    const longest = values.reduce((best, v, i) => (v.length > values[best]!.length ? i : best), 0);
    const value = values[longest]!;
    // Escapes make the encoded value longer than the raw one: cut in proportion, at least one unit a round.
    const encoded = escapeValue(value).length;
    const target = Math.min(
      value.length - 1,
      Math.floor((value.length * Math.max(0, encoded - overflow)) / encoded),
    );
    values[longest] = truncate(value, Math.max(0, target), '');
    body = values.map(escapeValue).join('|');
  }
  return head + body;
}

/** The request a button carries, or null when the id is not a page id of a known command. */
export function decodePageId(customId: string): PageRef | null {
  if (!customId.startsWith(PAGE_ID_PREFIX) || customId.length > MAX_CUSTOM_ID) return null;
  const match = /^(\d{1,4}):([a-z]+):(.*)$/s.exec(customId.slice(PAGE_ID_PREFIX.length));
  if (!match) return null;
  const [, pageText, command, body] = match;
  if (!(COMMAND_NAMES as readonly string[]).includes(command!)) return null;
  const specs = commandSpec(command!)?.options ?? [];
  const values = body === '' ? [] : body!.split('|');
  if (values.length > specs.length) return null;
  const options: Record<string, string> = {};
  values.forEach((v, i) => {
    if (v !== '') options[specs[i]!.name] = unescapeValue(v);
  });
  return { command: command as CommandName, options, page: Number(pageText) };
}
