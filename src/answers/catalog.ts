/**
 * The commands, once: names, descriptions, options and examples. The slash-command definitions
 * in `commands/`, the terminal's option parser and `/help` all read this list.
 */

export type CompletionKind = 'speaker' | 'subject' | 'topic';

export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** Which autocomplete provider suggests values, if any. */
  autocomplete: CompletionKind | null;
  maxLength: number;
}

export interface CommandSpec {
  name: CommandName;
  description: string;
  options: OptionSpec[];
  /** A typical use, as typed in Discord or the terminal. */
  example: string;
}

export const COMMAND_NAMES = ['deadline', 'quote', 'tariff', 'search', 'who', 'sources', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const opt = (
  name: string,
  description: string,
  required: boolean,
  autocomplete: CompletionKind | null,
  maxLength = 100,
): OptionSpec => ({
  name,
  description,
  required,
  autocomplete,
  maxLength,
});

export const CATALOG: readonly CommandSpec[] = [
  {
    name: 'deadline',
    description: 'Deadlines and dated events in the negotiations, upcoming first',
    options: [opt('topic', 'Narrow to a topic, e.g. tariff, election, visit', false, 'topic')],
    example: '/deadline topic:tariff',
  },
  {
    name: 'quote',
    description: 'What a person said, with outlet and date',
    options: [
      opt('speaker', 'Who said it: a name, surname or title (typos are fine)', true, 'speaker'),
      opt('about', 'Only quotes about this topic, e.g. deal, defense, cars', false, null),
    ],
    example: '/quote speaker:bessent about:deal',
  },
  {
    name: 'tariff',
    description: 'Tariff rates reported for a subject, latest first, with history',
    options: [opt('subject', 'What the tariff is on, e.g. autos, steel, reciprocal', true, 'subject')],
    example: '/tariff subject:autos',
  },
  {
    name: 'search',
    description: 'Search the article text (typo-tolerant)',
    options: [opt('query', 'Words to look for', true, null, 200)],
    example: '/search query:national election',
  },
  {
    name: 'who',
    description: 'A person: role, aliases, quotes and articles',
    options: [opt('name', 'A name, surname or title', true, 'speaker')],
    example: '/who name:akazawa',
  },
  {
    name: 'sources',
    description: 'The articles behind every answer',
    options: [],
    example: '/sources',
  },
  {
    name: 'help',
    description: 'What each command does, with an example',
    options: [],
    example: '/help',
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return CATALOG.find((c) => c.name === name);
}
