import type { Locale } from '../content/schema';
import { searchFrom } from '../search/from';
import { SearchScreen } from '../ui/SearchScreen';
import { readPackChoice } from './settings';

/** The search screen, with the pack the user came from (set by the search entry) or, after a
 * reload, the one chosen on the start screen: its steps come first. */
export function SearchRoute({ lang }: { lang: Locale }) {
  return <SearchScreen lang={lang} pack={searchFrom() ?? readPackChoice() ?? undefined} />;
}
