/**
 * Discord's limits on what a bot may send, as the fake enforces them. Each check returns the
 * violations as `path: problem` strings; an empty list means Discord would accept the payload.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

const MENTION = /<@[!&]?\d+>|@everyone|@here/;
const NAME = /^[-_'\p{L}\p{N}\p{sc=Devanagari}\p{sc=Thai}]{1,32}$/u;

function length(problems: string[], path: string, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) {
    if (min > 0) problems.push(`${path}: required`);
    return;
  }
  if (typeof value !== 'string') {
    problems.push(`${path}: must be a string`);
    return;
  }
  if (value.length < min || value.length > max)
    problems.push(`${path}: length ${value.length} outside ${min}–${max}`);
}

/** `allowed_mentions` must never let a message ping a user, a role, @everyone or @here. */
export function checkAllowedMentions(body: Json): string[] {
  const mentions = body.allowed_mentions;
  const content = text(body.content);
  if (mentions === undefined || mentions === null) {
    // Without allowed_mentions Discord parses every mention in the content.
    if (content.length === 0) return [];
    return [
      `allowed_mentions: missing on a message with content${MENTION.test(content) ? ' that mentions someone' : ''}, so mentions would ping`,
    ];
  }
  if (!isObject(mentions)) return ['allowed_mentions: must be an object'];
  const problems: string[] = [];
  if (!Array.isArray(mentions.parse) || mentions.parse.length > 0)
    problems.push('allowed_mentions.parse: must be []');
  for (const key of ['users', 'roles'] as const) {
    const list = mentions[key];
    if (list !== undefined && (!Array.isArray(list) || list.length > 0))
      problems.push(`allowed_mentions.${key}: must be empty`);
  }
  if (mentions.replied_user === true) problems.push('allowed_mentions.replied_user: must not ping');
  return problems;
}

function checkEmbeds(problems: string[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    problems.push('embeds: must be an array');
    return;
  }
  if (embeds.length > 10) problems.push(`embeds: ${embeds.length} embeds, at most 10`);
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    const at = `embeds[${i}]`;
    if (!isObject(embed)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    length(problems, `${at}.title`, embed.title, 0, 256);
    length(problems, `${at}.description`, embed.description, 0, 4096);
    total += text(embed.title).length + text(embed.description).length;
    const footer = isObject(embed.footer) ? embed.footer : {};
    const author = isObject(embed.author) ? embed.author : {};
    if (embed.footer !== undefined) length(problems, `${at}.footer.text`, footer.text, 1, 2048);
    if (embed.author !== undefined) length(problems, `${at}.author.name`, author.name, 1, 256);
    total += text(footer.text).length + text(author.name).length;
    const fields = embed.fields ?? [];
    if (!Array.isArray(fields)) {
      problems.push(`${at}.fields: must be an array`);
      return;
    }
    if (fields.length > 25) problems.push(`${at}.fields: ${fields.length} fields, at most 25`);
    fields.forEach((field: unknown, j) => {
      const f = isObject(field) ? field : {};
      length(problems, `${at}.fields[${j}].name`, f.name, 1, 256);
      length(problems, `${at}.fields[${j}].value`, f.value, 1, 1024);
      total += text(f.name).length + text(f.value).length;
    });
    if (typeof embed.timestamp === 'string' && Number.isNaN(Date.parse(embed.timestamp))) {
      problems.push(`${at}.timestamp: not an ISO8601 timestamp`);
    }
  });
  if (total > 6000) problems.push(`embeds: ${total} characters in all embeds, at most 6000`);
}

function checkComponents(problems: string[], rows: unknown): void {
  if (rows === undefined || rows === null) return;
  if (!Array.isArray(rows)) {
    problems.push('components: must be an array');
    return;
  }
  if (rows.length > 5) problems.push(`components: ${rows.length} rows, at most 5`);
  const ids = new Set<string>();
  rows.forEach((row: unknown, i) => {
    const r = isObject(row) ? row : {};
    const children = Array.isArray(r.components) ? r.components : [];
    if (r.type !== 1) problems.push(`components[${i}].type: must be 1 (action row)`);
    if (children.length < 1 || children.length > 5)
      problems.push(`components[${i}].components: ${children.length} items, 1–5 allowed`);
    children.forEach((child: unknown, j) => {
      const at = `components[${i}].components[${j}]`;
      const b = isObject(child) ? child : {};
      if (b.type !== 2) problems.push(`${at}.type: only buttons (2) are expected`);
      if (typeof b.style !== 'number' || b.style < 1 || b.style > 6)
        problems.push(`${at}.style: unknown style`);
      length(problems, `${at}.label`, b.label, 0, 80);
      if (b.style === 5) {
        length(problems, `${at}.url`, b.url, 1, 512);
        return;
      }
      length(problems, `${at}.custom_id`, b.custom_id, 1, 100);
      const id = text(b.custom_id);
      if (ids.has(id)) problems.push(`${at}.custom_id: duplicate "${id}"`);
      ids.add(id);
    });
  });
}

/** A message body: reply (callback type 4 or 7), edit of @original, or follow-up. */
export function checkMessage(body: unknown, { requireContent = true } = {}): string[] {
  if (!isObject(body)) return ['body: must be an object'];
  const problems: string[] = [];
  length(problems, 'content', body.content, 0, 2000);
  checkEmbeds(problems, body.embeds);
  checkComponents(problems, body.components);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  // EPHEMERAL (64) and SUPPRESS_EMBEDS (4) are the only flags a bot may set on a reply.
  if ((flags & ~(64 | 4)) !== 0) problems.push(`flags: ${flags} sets flags a bot cannot set`);
  const empty = !text(body.content) && !(Array.isArray(body.embeds) && body.embeds.length > 0);
  if (requireContent && empty) problems.push('body: cannot send an empty message');
  return [...problems, ...checkAllowedMentions(body)];
}

/** An autocomplete result (callback type 8). */
export function checkChoices(data: unknown): string[] {
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return ['data.choices: must be an array'];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`data.choices: ${choices.length} choices, at most 25`);
  choices.forEach((choice: unknown, i) => {
    const c = isObject(choice) ? choice : {};
    length(problems, `data.choices[${i}].name`, c.name, 1, 100);
    length(problems, `data.choices[${i}].value`, c.value, 1, 100);
  });
  return problems;
}

/** A bulk overwrite of chat-input command definitions. */
export function checkCommands(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: must be an array of commands'];
  const problems: string[] = [];
  if (body.length > 100) problems.push(`body: ${body.length} commands, at most 100`);
  const names = new Set<string>();
  body.forEach((command: unknown, i) => {
    const at = `[${i}]`;
    const c = isObject(command) ? command : {};
    const name = text(c.name);
    if (!NAME.test(name) || name !== name.toLowerCase())
      problems.push(`${at}.name: "${name}" is not a valid command name`);
    if (names.has(name)) problems.push(`${at}.name: duplicate "${name}"`);
    names.add(name);
    if (c.type !== undefined && c.type !== 1) problems.push(`${at}.type: expected 1 (chat input)`);
    length(problems, `${at}.description`, c.description, 1, 100);
    let chars = name.length + text(c.description).length;
    const options = Array.isArray(c.options) ? c.options : [];
    if (options.length > 25) problems.push(`${at}.options: ${options.length} options, at most 25`);
    let optionalSeen = false;
    options.forEach((option: unknown, j) => {
      const o = isObject(option) ? option : {};
      const oat = `${at}.options[${j}]`;
      if (!NAME.test(text(o.name)))
        problems.push(`${oat}.name: "${text(o.name)}" is not a valid option name`);
      length(problems, `${oat}.description`, o.description, 1, 100);
      chars += text(o.name).length + text(o.description).length;
      if (o.required === true && optionalSeen)
        problems.push(`${oat}: required options must come before optional ones`);
      if (o.required !== true) optionalSeen = true;
      if (o.autocomplete === true && Array.isArray(o.choices) && o.choices.length > 0) {
        problems.push(`${oat}: autocomplete cannot be combined with choices`);
      }
      if (
        o.max_length !== undefined &&
        (typeof o.max_length !== 'number' || o.max_length < 1 || o.max_length > 6000)
      ) {
        problems.push(`${oat}.max_length: must be 1–6000`);
      }
    });
    if (chars > 4000) problems.push(`${at}: ${chars} characters in names and descriptions, at most 4000`);
    const inSet = (key: string, allowed: number[]) => {
      const list = c[key];
      if (list === undefined || list === null) return;
      if (!Array.isArray(list) || list.some((v) => !allowed.includes(v as number)))
        problems.push(`${at}.${key}: unknown value`);
    };
    inSet('contexts', [0, 1, 2]);
    inSet('integration_types', [0, 1]);
  });
  return problems;
}

/** Discord's error body for an invalid payload: code 50035 with the problems by field. */
export function invalidFormBody(problems: string[]): Json {
  const errors: Json = {};
  for (const problem of problems) {
    const [path = 'body', message = problem] = problem.split(/: (.*)/s);
    errors[path] = { _errors: [{ code: 'INVALID_FORM_BODY', message }] };
  }
  return { code: 50035, message: 'Invalid Form Body', errors };
}
