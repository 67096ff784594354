/**
 * The shape of a file in `commands/`: the loader, the router and `npm run deploy` read the same
 * modules, so a command's definition exists once.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { QueryContext } from '../query/queryContext.js';

/** What a command handler may use besides its interaction. */
export interface CommandDeps {
  /** The index in use right now; it is replaced when the index file changes. */
  index(): QueryContext;
  /** The current time, for answers relative to today (upcoming or passed deadlines). */
  now(): Date;
}

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** The answer's cost grows with the corpus, so the router acknowledges first and edits the answer in. */
  defer?: boolean;
  execute(interaction: ChatInputCommandInteraction, deps: CommandDeps): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, deps: CommandDeps): Promise<void>;
}
