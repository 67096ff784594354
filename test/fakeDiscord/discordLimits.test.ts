/**
 * The fake's rules must catch what Discord would refuse, or the end-to-end tests prove nothing.
 */
import { describe, expect, test } from 'vitest';
import {
  checkAllowedMentions,
  checkChoices,
  checkCommands,
  checkMessage,
  invalidFormBody,
} from './discordLimits.js';

const NO_PINGS = { parse: [] };
const s = (n: number) => 'x'.repeat(n);

describe('checkMessage', () => {
  test.each([
    ['content at the limit', { content: s(2000), allowed_mentions: NO_PINGS }, []],
    [
      'content over the limit',
      { content: s(2001), allowed_mentions: NO_PINGS },
      ['content: length 2001 outside 0–2000'],
    ],
    ['an empty message', { embeds: [] }, ['body: cannot send an empty message']],
    ['ten embeds', { embeds: Array.from({ length: 10 }, () => ({ title: 't' })) }, []],
    [
      'eleven embeds',
      { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) },
      ['embeds: 11 embeds, at most 10'],
    ],
    ['a title over 256', { embeds: [{ title: s(257) }] }, ['embeds[0].title: length 257 outside 0–256']],
    [
      'a description over 4096',
      { embeds: [{ description: s(4097) }] },
      ['embeds[0].description: length 4097 outside 0–4096'],
    ],
    [
      'a field value over 1024',
      { embeds: [{ title: 't', fields: [{ name: 'n', value: s(1025) }] }] },
      ['embeds[0].fields[0].value: length 1025 outside 1–1024'],
    ],
    [
      'an empty field name',
      { embeds: [{ title: 't', fields: [{ name: '', value: 'v' }] }] },
      ['embeds[0].fields[0].name: length 0 outside 1–256'],
    ],
    [
      '26 fields',
      { embeds: [{ title: 't', fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      ['embeds[0].fields: 26 fields, at most 25'],
    ],
    ['6000 characters across embeds', { embeds: [{ description: s(4000) }, { description: s(2000) }] }, []],
    [
      '6001 characters across embeds',
      { embeds: [{ description: s(4000) }, { description: s(2000), footer: { text: 'f' } }] },
      ['embeds: 6001 characters in all embeds, at most 6000'],
    ],
    [
      'a footer over 2048',
      { embeds: [{ title: 't', footer: { text: s(2049) } }] },
      ['embeds[0].footer.text: length 2049 outside 1–2048'],
    ],
    [
      'a custom id over 100',
      {
        embeds: [{ title: 't' }],
        components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Next', custom_id: s(101) }] }],
      },
      ['components[0].components[0].custom_id: length 101 outside 1–100'],
    ],
    [
      'a duplicate custom id',
      {
        embeds: [{ title: 't' }],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, custom_id: 'a' },
              { type: 2, style: 2, custom_id: 'a' },
            ],
          },
        ],
      },
      ['components[0].components[1].custom_id: duplicate "a"'],
    ],
    [
      'six buttons in a row',
      {
        embeds: [{ title: 't' }],
        components: [
          {
            type: 1,
            components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 2, custom_id: `b${i}` })),
          },
        ],
      },
      ['components[0].components: 6 items, 1–5 allowed'],
    ],
    ['the ephemeral flag', { content: 'hi', flags: 64, allowed_mentions: NO_PINGS }, []],
    [
      'a flag a bot cannot set',
      { content: 'hi', flags: 128, allowed_mentions: NO_PINGS },
      ['flags: 128 sets flags a bot cannot set'],
    ],
  ])('%s', (_, body, problems) => {
    expect(checkMessage(body)).toEqual(problems);
  });

  test('an edit may leave out content and embeds (it changes only what it names)', () => {
    expect(checkMessage({ components: [] }, { requireContent: false })).toEqual([]);
  });
});

describe('checkAllowedMentions', () => {
  test.each([
    ['embeds only, no allowed_mentions: nothing can ping', { embeds: [{ title: '@everyone' }] }, []],
    ['content with parse []', { content: '@everyone look', allowed_mentions: { parse: [] } }, []],
    [
      'content without allowed_mentions',
      { content: 'hello' },
      ['allowed_mentions: missing on a message with content, so mentions would ping'],
    ],
    [
      'a mention without allowed_mentions',
      { content: 'hi <@123>' },
      ['allowed_mentions: missing on a message with content that mentions someone, so mentions would ping'],
    ],
    [
      'parse users',
      { content: 'hi', allowed_mentions: { parse: ['users'] } },
      ['allowed_mentions.parse: must be []'],
    ],
    [
      'listed roles',
      { content: 'hi', allowed_mentions: { parse: [], roles: ['1'] } },
      ['allowed_mentions.roles: must be empty'],
    ],
    [
      'replied user',
      { content: 'hi', allowed_mentions: { parse: [], replied_user: true } },
      ['allowed_mentions.replied_user: must not ping'],
    ],
  ])('%s', (_, body, problems) => {
    expect(checkAllowedMentions(body)).toEqual(problems);
  });
});

describe('checkChoices', () => {
  const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
  test.each([
    ['25 choices', { choices: choices(25) }, []],
    ['no choices', { choices: [] }, []],
    ['26 choices', { choices: choices(26) }, ['data.choices: 26 choices, at most 25']],
    [
      'a name over 100',
      { choices: [{ name: s(101), value: 'v' }] },
      ['data.choices[0].name: length 101 outside 1–100'],
    ],
    [
      'a value over 100',
      { choices: [{ name: 'n', value: s(101) }] },
      ['data.choices[0].value: length 101 outside 1–100'],
    ],
    [
      'an empty name',
      { choices: [{ name: '', value: 'v' }] },
      ['data.choices[0].name: length 0 outside 1–100'],
    ],
    ['no list', {}, ['data.choices: must be an array']],
  ])('%s', (_, data, problems) => {
    expect(checkChoices(data)).toEqual(problems);
  });
});

describe('checkCommands', () => {
  const command = (extra: Record<string, unknown> = {}) => ({
    name: 'quote',
    description: 'What a person said',
    ...extra,
  });
  test.each([
    ['a plain command', [command()], []],
    ['an upper-case name', [command({ name: 'Quote' })], ['[0].name: "Quote" is not a valid command name']],
    [
      'a name with a space',
      [command({ name: 'my quote' })],
      ['[0].name: "my quote" is not a valid command name'],
    ],
    ['a 33-character name', [command({ name: s(33) })], [`[0].name: "${s(33)}" is not a valid command name`]],
    ['a missing description', [command({ description: '' })], ['[0].description: length 0 outside 1–100']],
    [
      'a 101-character description',
      [command({ description: s(101) })],
      ['[0].description: length 101 outside 1–100'],
    ],
    ['two commands with one name', [command(), command()], ['[1].name: duplicate "quote"']],
    [
      'a required option after an optional one',
      [
        command({
          options: [
            { type: 3, name: 'a', description: 'a' },
            { type: 3, name: 'b', description: 'b', required: true },
          ],
        }),
      ],
      ['[0].options[1]: required options must come before optional ones'],
    ],
    [
      'an option without a description',
      [command({ options: [{ type: 3, name: 'a', description: '' }] })],
      ['[0].options[0].description: length 0 outside 1–100'],
    ],
    [
      'autocomplete with choices',
      [
        command({
          options: [
            {
              type: 3,
              name: 'a',
              description: 'a',
              autocomplete: true,
              choices: [{ name: 'x', value: 'x' }],
            },
          ],
        }),
      ],
      ['[0].options[0]: autocomplete cannot be combined with choices'],
    ],
    ['an unknown context', [command({ contexts: [0, 3] })], ['[0].contexts: unknown value']],
    [
      'an unknown integration type',
      [command({ integration_types: [2] })],
      ['[0].integration_types: unknown value'],
    ],
  ])('%s', (_, body, problems) => {
    expect(checkCommands(body)).toEqual(problems);
  });
});

test("a violation is answered with Discord's Invalid Form Body error, by field", () => {
  expect(invalidFormBody(['content: length 2001 outside 0–2000'])).toEqual({
    code: 50035,
    message: 'Invalid Form Body',
    errors: { content: { _errors: [{ code: 'INVALID_FORM_BODY', message: 'length 2001 outside 0–2000' }] } },
  });
});
