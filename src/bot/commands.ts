/**
 * The slash commands the bot serves and `npm run deploy` registers, one module per file in
 * `commands/`. Listed here, not discovered at run time, so the compiler checks every module's shape.
 */
import * as deadline from '../../commands/deadline.js';
import * as help from '../../commands/help.js';
import * as quote from '../../commands/quote.js';
import * as search from '../../commands/search.js';
import * as sources from '../../commands/sources.js';
import * as tariff from '../../commands/tariff.js';
import * as who from '../../commands/who.js';
import type { CommandModule } from './commandModule.js';

export const COMMANDS: readonly CommandModule[] = [deadline, quote, tariff, search, who, sources, help];
