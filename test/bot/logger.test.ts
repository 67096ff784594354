import { describe, expect, test } from 'vitest';
import { createLogger, REDACTED, scrubSecrets } from '../../src/bot/logger.js';
import { LogCapture, TEST_TOKEN } from './harness.js';

describe('scrubSecrets', () => {
  test.each([
    [`token ${TEST_TOKEN} in a message`, `token ${REDACTED} in a message`],
    [`${TEST_TOKEN}${TEST_TOKEN}`, `${REDACTED}${REDACTED}`],
    [
      'POST /api/v10/interactions/123456/aW50ZXJhY3Rpb24.abc-_x/callback',
      `POST /api/v10/interactions/123456/${REDACTED}/callback`,
    ],
    [
      'PATCH /api/v10/webhooks/98765/aW50ZXJhY3Rpb24.abc/messages/@original',
      `PATCH /api/v10/webhooks/98765/${REDACTED}/messages/@original`,
    ],
    ['GET /api/v10/gateway/bot', 'GET /api/v10/gateway/bot'],
    ['/webhooks/not-a-number/abc', '/webhooks/not-a-number/abc'],
  ])('%s → %s', (line, expected) => {
    expect(scrubSecrets(line, [TEST_TOKEN])).toBe(expected);
  });

  test('an empty secret removes nothing', () => {
    expect(scrubSecrets('nothing to hide', [''])).toBe('nothing to hide');
  });
});

describe('createLogger', () => {
  test('the token never reaches a log line, whichever way it is logged', () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: 'info', secrets: [TEST_TOKEN], destination: logs });
    logger.info({ token: TEST_TOKEN }, 'a field named token');
    logger.info({ config: { token: TEST_TOKEN, indexPath: 'data/index.json' } }, 'nested');
    logger.info({ headers: { authorization: `Bot ${TEST_TOKEN}` } }, 'headers');
    logger.error({ err: new Error(`login failed with ${TEST_TOKEN}`) }, 'inside an error message');
    logger.warn(`interpolated ${TEST_TOKEN}`);

    expect(logs.lines).toHaveLength(5);
    expect(logs.text()).not.toContain(TEST_TOKEN);
    const records = logs.records();
    expect(records[0]!.token).toBe(REDACTED);
    expect(records[1]!.config).toEqual({ token: REDACTED, indexPath: 'data/index.json' });
    expect(records[2]!.headers).toEqual({ authorization: REDACTED });
    expect((records[3]!.err as { message: string }).message).toBe(`login failed with ${REDACTED}`);
    expect(records[4]!.msg).toBe(`interpolated ${REDACTED}`);
  });

  test('lines below the level are not written, and bindings appear on every line', () => {
    const logs = new LogCapture();
    const logger = createLogger({ level: 'warn', destination: logs, bindings: { role: 'manager' } });
    logger.info('quiet');
    logger.warn('loud');
    expect(logs.records().map((r) => [r.msg, r.role])).toEqual([['loud', 'manager']]);
  });
});
