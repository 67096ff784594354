import { COMMAND_NAMES, commandSpec, type CommandName } from './catalog.js';

export interface ParsedCommand {
  command: CommandName;
  options: Record<string, string>;
}

export type ParseResult = ParsedCommand | { error: string };

/**
 * Reads a command typed as in Discord: `/quote speaker:bessent about:deal`. Words before any
 * `name:` go to the command's first option (`/quote bessent`), a value runs until the next
 * option name, and double quotes may wrap a value (`speaker:"scott bessent"`). The slash is
 * optional. Text like `time:10:30` that names no option of the command stays part of the value.
 */
export function parseCommandText(line: string): ParseResult {
  const trimmed = line.trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match)
    return {
      error: `Type a command, e.g. /quote bessent. Commands: ${COMMAND_NAMES.map((c) => `/${c}`).join(', ')}.`,
    };
  const name = match[1]!.toLowerCase();
  const spec = commandSpec(name);
  if (!spec)
    return {
      error: `There is no command “/${name}”. Commands: ${COMMAND_NAMES.map((c) => `/${c}`).join(', ')}.`,
    };

  const optionNames = spec.options.map((o) => o.name);
  const collected = new Map<string, string[]>();
  let current = optionNames[0] ?? null;
  for (const token of match[2]!.split(/\s+/).filter(Boolean)) {
    const named = /^([a-z]+):(.*)$/i.exec(token);
    if (named && optionNames.includes(named[1]!.toLowerCase())) {
      current = named[1]!.toLowerCase();
      collected.set(current, named[2] === '' ? [] : [named[2]!]);
      continue;
    }
    if (current === null) continue;
    collected.set(current, [...(collected.get(current) ?? []), token]);
  }
  const options: Record<string, string> = {};
  for (const [option, tokens] of collected) {
    const value = unquote(tokens.join(' '));
    if (value !== '') options[option] = value;
  }
  return { command: spec.name, options };
}

function unquote(value: string): string {
  const m = /^(["“'])(.*)(["”'])$/s.exec(value.trim());
  return m ? m[2]!.trim() : value.trim();
}
