import type { TitleMatch } from './titles.js';

/** A person or organisation as one paragraph names it, before names are merged across articles. */
export interface PersonCandidate {
  articleId: string;
  kind: 'person' | 'organisation';
  /** The name as written, without title or possessive ("Scott Bessent", "Ishiba", "White House"). */
  name: string;
  /** Only a surname (after a title or before an appositive): it joins a full name if one fits. */
  surnameOnly: boolean;
  title: TitleMatch | null;
  /** A role said in an appositive ("a former senior fellow at ..."), without its article. */
  role: string | null;
  /** Other ways the text names it ("U.S. Treasury Secretary Scott Bessent", "the Nikkei newspaper"). */
  forms: string[];
  /** Which entity it belongs to; set by the merge refiner. */
  key: string | null;
}
