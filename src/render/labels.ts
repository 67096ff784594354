import type { QuoteItem, TariffItem } from '../answers/types.js';

/** Tariff statuses as both renderers write them. */
export const STATUS_LABELS: Record<TariffItem['status'], string> = {
  'in-effect': 'in effect',
  scheduled: 'scheduled',
  threatened: 'threatened',
  agreed: 'agreed',
  unknown: 'status not stated',
};

/** Where words were said, as both renderers write it after the speaker's name. */
export const CHANNEL_LABELS: Record<NonNullable<QuoteItem['channel']>, string> = {
  reporters: 'to reporters',
  interview: 'in an interview',
  statement: 'in a statement',
  'social-media': 'on social media',
  speech: 'in a speech',
};
