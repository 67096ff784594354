/**
 * The index the bot answers from, replaced while the bot runs whenever its file changes. A new
 * file that does not load (half written, wrong schema, deleted) is reported and the bot keeps
 * answering from the index it already has.
 */
import { EventEmitter } from 'node:events';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { warmUpInBackground } from '../answers/warmUp.js';
import { loadIndex } from '../index/loadIndex.js';
import { createQueryContext, type QueryContext } from '../query/queryContext.js';
import type { Logger } from './logger.js';

interface LiveIndexEvents {
  /** A new index is in use. */
  reload: [QueryContext];
  /** The file changed but could not be used; the previous index stays. */
  reject: [Error];
}

/** Editors and `npm run index` write in several steps; reload once they settle. */
const SETTLE_MS = 150;

export class LiveIndex extends EventEmitter<LiveIndexEvents> {
  private context: QueryContext;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | undefined;

  /** Loads the index once; an unusable file throws IndexLoadError, since there is nothing to keep. */
  constructor(
    readonly path: string,
    private readonly logger: Logger,
  ) {
    super();
    this.context = createQueryContext(loadIndex(path));
    this.warmUp(this.context);
  }

  /** Works out each speaker's and subject's list between interactions (src/answers/warmUp.ts). */
  private warmUp(context: QueryContext): void {
    const start = performance.now();
    warmUpInBackground(context, () => this.context).then(
      (lists) =>
        this.logger.debug({ lists, ms: Math.round(performance.now() - start) }, 'answer lists warmed up'),
      (error: unknown) => this.logger.warn({ err: error }, 'warming up the answer lists failed'),
    );
  }

  current(): QueryContext {
    return this.context;
  }

  /** Starts following the file. The folder is watched, not the file: an atomic write replaces the file's inode. */
  watch(): void {
    const name = basename(this.path);
    this.watcher = watch(dirname(this.path), (_event, file) => {
      if (file !== name) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), SETTLE_MS);
    });
    this.watcher.on('error', (error) =>
      this.logger.warn({ err: error, path: this.path }, 'stopped watching the index file'),
    );
  }

  /** Loads the file now; keeps the current index when the new one is unusable. */
  reload(): void {
    try {
      const context = createQueryContext(loadIndex(this.path));
      this.context = context;
      this.warmUp(context);
      const { articles, quotes, tariffs, deadlines } = context.index;
      this.logger.info(
        {
          path: this.path,
          articles: articles.length,
          quotes: quotes.length,
          tariffs: tariffs.length,
          deadlines: deadlines.length,
        },
        'index reloaded',
      );
      this.emit('reload', context);
    } catch (error) {
      this.logger.warn(
        { path: this.path, reason: (error as Error).message },
        'index file changed but cannot be used; still answering from the previous index',
      );
      this.emit('reject', error as Error);
    }
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = null;
  }
}
