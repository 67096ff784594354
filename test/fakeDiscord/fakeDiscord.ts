/**
 * A local Discord for end-to-end tests: the REST routes and the gateway the real discord.js client
 * uses, on 127.0.0.1. It holds the bot to Discord's rules (limits, the 3 s answer deadline, one
 * acknowledgement per interaction, no pings) and answers a violation with Discord's own error, so
 * a bot that breaks a rule fails its test instead of passing against a lenient stub.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkChoices, checkCommands, checkMessage, invalidFormBody } from './discordLimits.js';
import { messageObject, snowflake } from './interactions.js';

type Json = Record<string, unknown>;

export interface FakeDiscordOptions {
  token: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
  /** Identify requests Discord allows at once; lets a sharded bot start its shards together. */
  maxConcurrency?: number;
}

/** An error the fake answers a matching REST request with, instead of handling it. */
export interface Fault {
  /** Matched against `METHOD /path` (path after /api/v10, URL-decoded), e.g. /^POST \/interactions\//. */
  route: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests get this fault before the route works again. */
  times: number;
}

/** Discord's 429 as discord.js reads it: retry-after in seconds, the bucket, its scope, global or not. */
export function rateLimited(
  route: RegExp,
  retryAfterS: number,
  scope: 'user' | 'global' | 'shared' = 'user',
): Fault {
  const global = scope === 'global';
  return {
    route,
    status: 429,
    times: 1,
    headers: {
      'retry-after': String(retryAfterS),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterS),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': scope,
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterS, global, code: 0 },
  };
}

/** What happened to one interaction the fake sent. */
export interface Exchange {
  interaction: Json;
  sentAt: number;
  callback: { type: number; data: Json | undefined; ms: number } | null;
  edits: Json[];
  followUps: Json[];
  deleted: boolean;
  /** The message the user finally sees: reply, update, edit of a deferred reply or follow-up. */
  final: Json | null;
}

const DEADLINE_MS = 3000;
const GUILDS_INTENT = 1;

export class FakeDiscord {
  readonly applicationId: string;
  readonly botUserId = snowflake();
  readonly violations: string[] = [];
  readonly identifies: Json[] = [];
  readonly resumes: Json[] = [];
  /** The session id given in each READY, in order. */
  readonly sessionIds: string[] = [];
  readonly commandWrites: { route: string; body: unknown }[] = [];
  /** Every REST request as received: method, raw URL and raw body (headers left out). */
  readonly requests: { method: string; url: string; body: string }[] = [];
  /** Every gateway frame the bot sent, raw. */
  readonly frames: string[] = [];
  /** Faults still to be served, and the routes of those already served. */
  readonly faults: Fault[] = [];
  readonly faultsServed: string[] = [];
  heartbeats = 0;
  heartbeatAcks = 0;
  apiUrl = '';

  private readonly changes = new EventEmitter();
  private readonly exchanges = new Map<string, Exchange>();
  private readonly byToken = new Map<string, Exchange>();
  /** Live gateway sockets by shard id, and each session's sequence number. */
  private readonly shards = new Map<number, WebSocket>();
  private readonly sessions = new Map<string, { shard: number; seq: number }>();
  private readonly server = createServer((req, res) => void this.onRequest(req, res));
  private readonly wss = new WebSocketServer({ server: this.server });

  private constructor(private readonly options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? snowflake();
    this.changes.setMaxListeners(0);
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.apiUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/api`;
    return fake;
  }

  get gatewayUrl(): string {
    return this.apiUrl.replace(/^http/, 'ws').replace(/\/api$/, '');
  }

  /** Resolves when `condition` holds, re-checked after every gateway or REST event. */
  until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.changes.off('change', check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.changes.off('change', check);
        reject(
          new Error(
            `fake Discord: timed out waiting for ${what}; violations: ${this.violations.join('; ') || 'none'}`,
          ),
        );
      }, timeoutMs);
      this.changes.on('change', check);
      check();
    });
  }

  /** Sends an interaction on a shard's gateway connection and resolves with what the bot answered. */
  async send(interaction: Json, shard = 0): Promise<Exchange> {
    await this.until(() => this.shards.has(shard), `shard ${shard} to be connected`);
    const exchange: Exchange = {
      interaction,
      sentAt: Date.now(),
      callback: null,
      edits: [],
      followUps: [],
      deleted: false,
      final: null,
    };
    this.exchanges.set(String(interaction.id), exchange);
    this.byToken.set(String(interaction.token), exchange);
    this.dispatch(shard, 'INTERACTION_CREATE', interaction);
    await this.until(
      () => exchange.final !== null,
      `an answer to interaction ${String(interaction.id)}`,
      DEADLINE_MS + 2000,
    );
    return exchange;
  }

  /**
   * Sends INVALID_SESSION (op 9). Resumable: the client should RESUME on the same connection. Not
   * resumable: the session is forgotten and the client must IDENTIFY again.
   */
  invalidateSession(resumable: boolean, shard = 0): void {
    if (!resumable) for (const [id, s] of this.sessions) if (s.shard === shard) this.sessions.delete(id);
    this.shards.get(shard)?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  /** Serves `fault` to the next matching requests. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Cuts a shard's connection without a close frame, as a network failure does. */
  drop(shard = 0): void {
    this.shards.get(shard)?.terminate();
    this.shards.delete(shard);
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private changed(): void {
    this.changes.emit('change');
  }

  private violation(problem: string): void {
    this.violations.push(problem);
    this.changed();
  }

  // ---- gateway ----

  private onConnection(socket: WebSocket): void {
    const send = (payload: Json) => socket.send(JSON.stringify(payload));
    send({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
    socket.on('close', () => {
      for (const [shard, live] of this.shards) if (live === socket) this.shards.delete(shard);
      this.changed();
    });
    socket.on('message', (raw) => {
      this.frames.push(String(raw));
      const { op, d } = JSON.parse(String(raw)) as { op: number; d: Json };
      if (op === 1) {
        this.heartbeats++;
        send({ op: 11 });
        this.heartbeatAcks++;
      } else if (op === 2) {
        this.identify(socket, d);
      } else if (op === 6) {
        this.resume(socket, d);
      }
      this.changed();
    });
  }

  private identify(socket: WebSocket, d: Json): void {
    if (d.token !== this.options.token) return void socket.close(4004, 'Authentication failed.');
    if (d.intents !== GUILDS_INTENT)
      this.violation(`IDENTIFY intents ${String(d.intents)}: only Guilds (1) is needed`);
    const [shard = 0] = Array.isArray(d.shard) ? (d.shard as number[]) : [];
    const sessionId = `session-${snowflake()}`;
    // A new identify ends the shard's previous session.
    for (const [id, s] of this.sessions) if (s.shard === shard) this.sessions.delete(id);
    this.identifies.push(d);
    this.sessionIds.push(sessionId);
    this.sessions.set(sessionId, { shard, seq: 0 });
    this.shards.set(shard, socket);
    this.dispatch(shard, 'READY', {
      v: 10,
      user: {
        id: this.botUserId,
        username: 'tariff-desk',
        discriminator: '0',
        bot: true,
        avatar: null,
        global_name: null,
      },
      guilds: [],
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: d.shard,
      application: { id: this.applicationId, flags: 0 },
    });
  }

  private resume(socket: WebSocket, d: Json): void {
    const session = this.sessions.get(String(d.session_id));
    if (d.token !== this.options.token || !session)
      return void socket.send(JSON.stringify({ op: 9, d: false }));
    this.resumes.push(d);
    this.shards.set(session.shard, socket);
    this.dispatch(session.shard, 'RESUMED', {});
  }

  private dispatch(shard: number, event: string, d: Json): void {
    const session = [...this.sessions.values()].find((s) => s.shard === shard);
    const seq = session ? ++session.seq : 1;
    this.shards.get(shard)?.send(JSON.stringify({ op: 0, t: event, s: seq, d }));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', body: raw });
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const route = `${req.method} ${path}`;
    const authorized = req.headers.authorization === `Bot ${this.options.token}`;
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      // A 204 must not claim a JSON body: discord.js would try to parse the empty body.
      if (payload === undefined) res.writeHead(status, headers).end();
      else
        res
          .writeHead(status, { ...headers, 'content-type': 'application/json' })
          .end(JSON.stringify(payload));
      this.changed();
    };
    const fault = this.faults.find((f) => f.times > 0 && f.route.test(route));
    if (fault) {
      fault.times--;
      this.faultsServed.push(route);
      return reply(
        fault.status,
        fault.body ?? { code: 0, message: `${fault.status}: fake fault` },
        fault.headers,
      );
    }
    let match: RegExpMatchArray | null;
    if (route === 'GET /gateway/bot') {
      if (!authorized) return reply(401, { code: 0, message: '401: Unauthorized' });
      const maxConcurrency = this.options.maxConcurrency ?? 1;
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 0,
          max_concurrency: maxConcurrency,
        },
      });
    }
    if ((match = route.match(/^POST \/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      return this.onCallback(
        match[1]!,
        body as Json,
        url.searchParams.get('with_response') === 'true',
        reply,
      );
    }
    if ((match = route.match(/^(PATCH|DELETE) \/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
      const exchange = this.byToken.get(match[3]!);
      if (!exchange?.callback) return reply(404, { code: 10015, message: 'Unknown Webhook' });
      if (match[1] === 'DELETE') {
        exchange.deleted = true;
        return reply(204);
      }
      const problems = checkMessage(body, { requireContent: false });
      if (problems.length > 0) return this.reject(problems, route, reply);
      exchange.edits.push(body as Json);
      exchange.final = body as Json;
      return reply(200, messageObject(body as Json, this.botUserId));
    }
    if ((match = route.match(/^POST \/webhooks\/(\d+)\/([^/]+)$/))) {
      const exchange = this.byToken.get(match[2]!);
      if (!exchange?.callback) return reply(404, { code: 10015, message: 'Unknown Webhook' });
      const problems = checkMessage(body);
      if (problems.length > 0) return this.reject(problems, route, reply);
      exchange.followUps.push(body as Json);
      exchange.final = body as Json;
      return reply(200, messageObject(body as Json, this.botUserId));
    }
    if ((match = route.match(/^PUT \/applications\/(\d+)(\/guilds\/\d+)?\/commands$/))) {
      if (!authorized) return reply(401, { code: 0, message: '401: Unauthorized' });
      if (match[1] !== this.applicationId) return reply(404, { code: 10002, message: 'Unknown Application' });
      const problems = checkCommands(body);
      if (problems.length > 0) return this.reject(problems, route, reply);
      this.commandWrites.push({ route: path, body });
      return reply(
        200,
        (body as Json[]).map((c) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      );
    }
    this.violation(`unexpected request ${route}`);
    return reply(404, { code: 0, message: '404: Not Found' });
  }

  private onCallback(
    id: string,
    body: Json,
    withResponse: boolean,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    const exchange = this.exchanges.get(id);
    if (!exchange) return reply(404, { code: 10062, message: 'Unknown interaction' });
    if (exchange.callback) {
      this.violation(`interaction ${id} acknowledged twice`);
      return reply(400, { code: 40060, message: 'Interaction has already been acknowledged.' });
    }
    const ms = Date.now() - exchange.sentAt;
    if (ms > DEADLINE_MS) {
      this.violation(`interaction ${id} answered after ${ms} ms`);
      return reply(404, { code: 10062, message: 'Unknown interaction' });
    }
    const type = body.type as number;
    const data = body.data as Json | undefined;
    const problems =
      type === 4 || type === 7
        ? checkMessage(data)
        : type === 8
          ? checkChoices(data)
          : type === 5 || type === 6
            ? []
            : [`type: unknown callback type ${type}`];
    const expected = { 2: [4, 5], 3: [4, 5, 6, 7], 4: [8] }[exchange.interaction.type as 2 | 3 | 4] ?? [];
    if (!expected.includes(type))
      problems.push(
        `type: callback ${type} does not answer an interaction of type ${String(exchange.interaction.type)}`,
      );
    if (problems.length > 0) return this.reject(problems, `callback of ${id}`, reply);
    exchange.callback = { type, data, ms };
    if (type === 4 || type === 7 || type === 8) exchange.final = data ?? {};
    if (!withResponse) return reply(204);
    const message = data ? messageObject(data, this.botUserId) : null;
    return reply(200, {
      interaction: {
        id,
        type: exchange.interaction.type,
        response_message_id: message?.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: ((data?.flags as number) & 64) !== 0,
      },
      resource: message ? { type, message } : { type },
    });
  }

  private reject(
    problems: string[],
    where: string,
    reply: (status: number, payload?: unknown) => void,
  ): void {
    for (const problem of problems) this.violation(`${where}: ${problem}`);
    reply(400, invalidFormBody(problems));
  }
}
