import { describe, expect, it } from 'vitest';
import { inert } from '../../src/render/discordText.js';

const ZWSP = '\u200b';

describe('inert', () => {
  it.each([
    ['plain words', 'tariffs on autos', 'tariffs on autos'],
    ['underline', '__PWN__', '\\_\\_PWN\\_\\_'],
    ['bold', '**PWN**', '\\*\\*PWN\\*\\*'],
    ['masked link, every bracket', '[x[PWN](https://evil.example)', '\\[x\\[PWN](https://evil.example)'],
    [
      'underscores inside a bare link stay, so the link still works',
      'https://a.example/x__y__',
      'https://a.example/x__y__',
    ],
    [
      'a bare link ends at "<", so underline after it is escaped',
      'https://evil.example)<@123>__PWN__',
      `https://evil.example)<@${ZWSP}123>\\_\\_PWN\\_\\_`,
    ],
    ['bold after a link and "<"', 'http://a.example<b>**x**', 'http://a.example<b>\\*\\*x\\*\\*'],
    ['mentions', '@everyone <@&1>', `@${ZWSP}everyone <@${ZWSP}&1>`],
    ['channel, emoji and timestamp syntax', '<#1> <:e:2> <t:3>', `<${ZWSP}#1> <${ZWSP}:e:2> <${ZWSP}t:3>`],
    ['block quote and small heading', '> quote\n-# small', '\\> quote\n\\-# small'],
  ])('%s', (_, text, expected) => {
    expect(inert(text)).toBe(expected);
  });
});
