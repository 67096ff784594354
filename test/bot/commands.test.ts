import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CATALOG } from '../../src/answers/catalog.js';
import { COMMANDS } from '../../src/bot/commands.js';
import { commandDefinitions, describeDeployment } from '../../src/bot/deployCommands.js';
import { checkCommands } from '../fakeDiscord/discordLimits.js';

const definitions = commandDefinitions(COMMANDS);

describe('the command modules', () => {
  test('there is one file in commands/ per catalog command, and the list serves exactly those', () => {
    const files = readdirSync('commands').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(CATALOG.map((c) => c.name).sort());
    expect(COMMANDS.map((c) => c.data.name)).toEqual(CATALOG.map((c) => c.name));
  });

  test('each definition is the catalog entry: name, description and options', () => {
    for (const spec of CATALOG) {
      const definition = definitions.find((d) => d.name === spec.name)!;
      expect(definition.description).toBe(spec.description);
      expect(definition.options ?? []).toEqual(
        spec.options.map((o) => ({
          type: 3,
          name: o.name,
          description: o.description,
          required: o.required,
          autocomplete: o.autocomplete !== null,
          max_length: o.maxLength,
        })),
      );
    }
  });

  test('every command works in servers, DMs with the bot and private channels, installed to a server or a user', () => {
    for (const d of definitions)
      expect([d.name, d.contexts, d.integration_types]).toEqual([d.name, [0, 1, 2], [0, 1]]);
  });

  test('a command has an autocomplete handler exactly when one of its options completes', () => {
    for (const command of COMMANDS) {
      const completes = CATALOG.find((c) => c.name === command.data.name)!.options.some(
        (o) => o.autocomplete !== null,
      );
      expect([command.data.name, command.autocomplete !== undefined]).toEqual([command.data.name, completes]);
    }
  });

  test('only /search defers: its cost grows with the corpus', () => {
    expect(COMMANDS.filter((c) => c.defer).map((c) => c.data.name)).toEqual(['search']);
  });

  test("the definitions pass Discord's checks as the fake applies them", () => {
    expect(checkCommands(definitions)).toEqual([]);
  });
});

describe('describeDeployment', () => {
  test('one line per command, required options bare and optional ones in brackets', () => {
    const text = describeDeployment(
      { scope: 'guild', commands: definitions.slice(0, 2), registered: 2 },
      '123456789012345678',
    );
    expect(text.split('\n')).toEqual([
      'Registered 2 of 2 commands in server 123456789012345678 (available now):',
      `  /deadline [topic:]  ${CATALOG[0]!.description}`,
      `  /quote speaker: [about:]  ${CATALOG[1]!.description}`,
    ]);
  });

  test.each([
    [
      'guild',
      '123456789012345678',
      'Removed every command of this application from server 123456789012345678.',
    ],
    ['global', undefined, 'Removed every command of this application registered globally.'],
  ] as const)('an empty %s deployment says what it removed', (scope, guildId, text) => {
    expect(describeDeployment({ scope, commands: [], registered: 0 }, guildId)).toBe(text);
  });
});
