import type { DiscordReply } from '../../src/render/discordRenderer.js';

/** Every way a reply breaks Discord's limits (DISCORD.md), as readable lines; empty when it is valid. */
export function limitViolations(reply: DiscordReply): string[] {
  const problems: string[] = [];
  if (reply.embeds.length > 10) problems.push(`${reply.embeds.length} embeds`);
  let total = 0;
  reply.embeds.forEach((e, i) => {
    const check = (what: string, text: string | undefined, max: number, required = false) => {
      if (text === undefined) {
        if (required) problems.push(`embed ${i} ${what} missing`);
        return;
      }
      total += text.length;
      if (text.length > max) problems.push(`embed ${i} ${what} is ${text.length} > ${max}`);
      if (required && text.trim() === '') problems.push(`embed ${i} ${what} is empty`);
    };
    check('title', e.title, 256);
    check('description', e.description, 4096);
    check('footer', e.footer?.text, 2048);
    check('author', e.author?.name, 256);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields`);
    fields.forEach((f, j) => {
      check(`field ${j} name`, f.name, 256, true);
      check(`field ${j} value`, f.value, 1024, true);
    });
  });
  if (total > 6000) problems.push(`${total} characters across embeds`);
  if (reply.components.length > 5) problems.push(`${reply.components.length} action rows`);
  for (const row of reply.components) {
    if (row.components.length > 5) problems.push(`${row.components.length} buttons in a row`);
    const ids = row.components.map((b) => ('custom_id' in b ? b.custom_id : ''));
    for (const id of ids)
      if (id.length < 1 || id.length > 100) problems.push(`custom id of ${id.length} characters`);
    if (new Set(ids).size !== ids.length) problems.push('two buttons share a custom id');
  }
  return problems;
}
